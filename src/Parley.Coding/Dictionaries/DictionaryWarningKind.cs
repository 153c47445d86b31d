namespace Parley.Coding.Dictionaries;

/// <summary>What a <see cref="DictionaryWarning"/> is about.</summary>
public enum DictionaryWarningKind
{
    /// <summary>
    /// A construct of the established formats that these readers recognise but do not interpret (TABARI
    /// <c>&lt;TIME&gt;</c>, <c>&lt;NOUN&gt;</c> and <c>&lt;ADJECTIVE&gt;</c> sections, unknown tags, the <c>~</c> and
    /// <c>=</c> word markers). Reported in both modes; the construct is skipped or kept as written.
    /// </summary>
    Unsupported,

    /// <summary>
    /// A defect that <see cref="DictionaryReadMode.Strict"/> rejects and <see cref="DictionaryReadMode.Lenient"/>
    /// repairs by dropping the line or item (a missing code, an unbalanced bracket, an invalid date...).
    /// </summary>
    Skipped,

    /// <summary>
    /// A defect that <see cref="DictionaryReadMode.Strict"/> rejects and <see cref="DictionaryReadMode.Lenient"/>
    /// keeps as written: a code that is not CAMEO-looking (the validation suites use codes such as <c>abc</c>,
    /// <c>023?</c> or <c>###</c>) or a reference to a synonym set or substitution that the file does not define.
    /// </summary>
    Kept,
}
