namespace Parley.Coding.Dictionaries;

/// <summary>Something a dictionary reader met and did not reject; see <see cref="DictionaryWarningKind"/>.</summary>
/// <param name="File">The file or input name.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Kind">Whether the construct is unsupported, or a defect that was skipped or kept.</param>
/// <param name="Message">What was met.</param>
public sealed record DictionaryWarning(string File, int Line, DictionaryWarningKind Kind, string Message)
{
    /// <summary>"FILE:LINE: message (kind)".</summary>
    public override string ToString() => $"{File}:{Line}: {Message} ({Kind.ToString().ToLowerInvariant()})";
}
