using Parley.Coding.Events;

namespace Parley.Web.Api;

/// <summary>Character spans as the contract writes them: a two-element array [start, end).</summary>
internal static class ApiSpan
{
    /// <summary>[start, end) of <paramref name="span"/>.</summary>
    public static int[] From(CharSpan span) => [span.Start, span.End];

    /// <summary>[start, end) of <paramref name="span"/>, or null.</summary>
    public static int[]? From(CharSpan? span) => span is { } s ? [s.Start, s.End] : null;
}
