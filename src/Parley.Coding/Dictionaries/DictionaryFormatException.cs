using Parley.Text;

namespace Parley.Coding.Dictionaries;

/// <summary>A dictionary file is malformed; the message is "FILE:LINE: reason".</summary>
public sealed class DictionaryFormatException : LineFormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file or input name.</param>
    /// <param name="line">1-based line number.</param>
    /// <param name="reason">What is wrong with the line.</param>
    public DictionaryFormatException(string source, int line, string reason)
        : base(source, line, reason)
    {
    }
}
