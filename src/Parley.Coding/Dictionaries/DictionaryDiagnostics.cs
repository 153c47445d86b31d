namespace Parley.Coding.Dictionaries;

/// <summary>Collects warnings for one file and applies the <see cref="DictionaryReadMode"/>.</summary>
internal sealed class DictionaryDiagnostics(string source, DictionaryReadMode mode)
{
    private readonly List<DictionaryWarning> _warnings = [];

    /// <summary>The file or input name.</summary>
    public string Source { get; } = source;

    /// <summary>The warnings so far.</summary>
    public IReadOnlyList<DictionaryWarning> Warnings => _warnings;

    /// <summary>An unsupported construct: a warning in both modes.</summary>
    public void Unsupported(int line, string message) =>
        _warnings.Add(new DictionaryWarning(Source, line, DictionaryWarningKind.Unsupported, message));

    /// <summary>A defect whose line or item is dropped: an error when strict.</summary>
    public void Skipped(int line, string reason)
    {
        if (mode == DictionaryReadMode.Strict)
        {
            throw new DictionaryFormatException(Source, line, reason);
        }
        _warnings.Add(new DictionaryWarning(Source, line, DictionaryWarningKind.Skipped, reason));
    }

    /// <summary>A defect whose item is kept as written: an error when strict.</summary>
    public void Kept(int line, string reason)
    {
        if (mode == DictionaryReadMode.Strict)
        {
            throw new DictionaryFormatException(Source, line, reason);
        }
        _warnings.Add(new DictionaryWarning(Source, line, DictionaryWarningKind.Kept, reason));
    }
}
