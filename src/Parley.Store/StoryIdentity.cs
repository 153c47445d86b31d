using System.Security.Cryptography;
using System.Text;
using Parley.Text.Stories;

namespace Parley.Store;

/// <summary>
/// What makes two stories the same for the store: the id the input gives, or, when the input gives none, the
/// content hash. The only story without an id of its own is a text or HTML story read from standard input (the
/// reader names it "stdin"), so piping the same text twice is recognised while two different texts are not merged.
/// </summary>
public static class StoryIdentity
{
    /// <summary>The SHA-256 of the text's UTF-8 bytes, as 64 lower-case hexadecimal digits.</summary>
    public static string HashText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// <paramref name="story"/> with its store identity as id: unchanged when the input gave an id, else with the
    /// content hash <paramref name="textHash"/> as id.
    /// </summary>
    public static Story WithIdentity(Story story, string textHash)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(textHash);
        bool unnamed = story.Origin == StoryReader.StandardInputName && story.Id == StoryReader.StandardInputName;
        return unnamed ? story with { Id = textHash } : story;
    }
}
