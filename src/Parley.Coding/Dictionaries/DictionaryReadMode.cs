namespace Parley.Coding.Dictionaries;

/// <summary>How a dictionary reader treats defects: lines that break the format but can be skipped.</summary>
public enum DictionaryReadMode
{
    /// <summary>
    /// Every defect raises <see cref="DictionaryFormatException"/>: unbalanced brackets, a code that is not
    /// CAMEO-looking, a reference to an undefined synonym set, an invalid date, a line outside its block.
    /// The right mode for dictionaries the project writes itself.
    /// </summary>
    Strict,

    /// <summary>
    /// Compatibility with the established third-party files, which contain a few such defects: each becomes a
    /// <see cref="DictionaryWarning"/> naming file and line, and the defective line (or item) is skipped or kept
    /// as <see cref="DictionaryWarningKind"/> says.
    /// </summary>
    Lenient,
}
