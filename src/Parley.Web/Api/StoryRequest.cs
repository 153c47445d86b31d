using Parley.Text;
using Parley.Text.Stories;

namespace Parley.Web.Api;

/// <summary>
/// A story posted to <c>/api/code</c> or <c>/api/stories</c>: the fields of a JSONL input line of <c>parley code</c>.
/// Only <paramref name="Text"/> is required; the date (YYYY-MM-DD) resolves "on Saturday" and dated actor roles.
/// </summary>
public sealed record StoryRequest(string? Text, string? Date = null, string? Id = null, string? Title = null,
    string? Url = null, string? Source = null)
{
    private const int MaxIdLength = 1000;

    /// <summary>
    /// The story to code, its text normalised as the story readers do (event spans point into that text); null with
    /// the reasons in <paramref name="errors"/> when the request is unusable. Without an id the story is known by
    /// <paramref name="fallbackId"/>.
    /// </summary>
    internal Story? ToStory(ApiErrors errors, Func<string, string> fallbackId, string origin)
    {
        if (string.IsNullOrWhiteSpace(Text))
        {
            errors.Add("text", "required: the story text");
        }
        DateOnly? date = errors.Date("date", Date);
        if (Id is { Length: > MaxIdLength })
        {
            errors.Add("id", $"longer than {MaxIdLength} characters");
        }
        else if (Id is not null && string.IsNullOrWhiteSpace(Id))
        {
            errors.Add("id", "empty: leave it out to identify the story by its text");
        }
        if (errors.Any || Text is null)
        {
            return null;
        }
        string text = TextDecoder.Normalize(Text);
        return new Story(Id ?? fallbackId(text), date, text, origin, Clean(Title), Clean(Url), Clean(Source));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
