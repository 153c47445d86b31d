using Parley.Coding.Events;
using Parley.Web.Api;

namespace Parley.Web.Coding;

/// <summary>Turns the coder's output for a story into the API's event and span lists.</summary>
internal static class StoryCoding
{
    /// <summary>The events in API form, each with its sentence and trigger texts cut from <paramref name="text"/>.</summary>
    public static List<ApiEvent> Events(IReadOnlyList<CodedEvent> events, string text)
    {
        var result = new List<ApiEvent>(events.Count);
        for (int i = 0; i < events.Count; i++)
        {
            CodedEvent e = events[i];
            result.Add(ApiEvent.From(e, i, e.Evidence.Sentence.Slice(text), e.Evidence.Trigger.Slice(text)));
        }
        return result;
    }

    /// <summary>The spans as [start, end) pairs.</summary>
    public static List<int[]> Spans(IReadOnlyList<CharSpan> spans)
    {
        var result = new List<int[]>(spans.Count);
        foreach (CharSpan span in spans)
        {
            result.Add(ApiSpan.From(span));
        }
        return result;
    }
}
