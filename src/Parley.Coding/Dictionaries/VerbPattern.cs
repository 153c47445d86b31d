namespace Parley.Coding.Dictionaries;

/// <summary>A pattern line of a verb block, e.g. <c>- * (TO &amp;TREATY) $ [035]</c>.</summary>
/// <param name="Tokens">The pattern, exactly one of which (possibly inside a group) is <see cref="PatternTokenKind.Verb"/>.</param>
/// <param name="Code">The event code the pattern assigns.</param>
/// <param name="RawText">The line as written, comment removed.</param>
/// <param name="File">The file or input name.</param>
/// <param name="Line">1-based line number.</param>
public sealed record VerbPattern(IReadOnlyList<PatternToken> Tokens, VerbCode Code, string RawText, string File, int Line)
{
    /// <summary>The pattern in dictionary syntax, without the code.</summary>
    public override string ToString() => PatternToken.Format(Tokens);
}
