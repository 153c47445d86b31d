using Parley.Coding.Dictionaries;

namespace Parley.Coding.Tests.Dictionaries;

/// <summary>Shortcuts for the dictionary reader tests.</summary>
internal static class DictionaryTestHelper
{
    /// <summary>Asserts that <paramref name="read"/> fails with a message that starts with "<paramref name="source"/>:<paramref name="line"/>: ".</summary>
    public static DictionaryFormatException AssertFails(Action read, string source, int line, string reasonPart)
    {
        DictionaryFormatException error = Assert.Throws<DictionaryFormatException>(read);
        Assert.StartsWith($"{source}:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reasonPart, error.Reason, StringComparison.Ordinal);
        Assert.Equal(line, error.LineNumber);
        Assert.Equal(source, error.SourceName);
        return error;
    }

    /// <summary>Asserts that <paramref name="warnings"/> holds exactly one warning, of <paramref name="kind"/> on <paramref name="line"/>.</summary>
    public static DictionaryWarning AssertSingleWarning(IReadOnlyList<DictionaryWarning> warnings, DictionaryWarningKind kind, int line)
    {
        DictionaryWarning warning = Assert.Single(warnings);
        Assert.Equal(kind, warning.Kind);
        Assert.Equal(line, warning.Line);
        return warning;
    }

    /// <summary>A warning summary for assertion messages, e.g. "3 warnings (Skipped 2, Kept 1)".</summary>
    public static string Summary(IReadOnlyList<DictionaryWarning> warnings) =>
        $"{warnings.Count} warnings ({string.Join(", ", warnings.GroupBy(w => w.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))})";
}
