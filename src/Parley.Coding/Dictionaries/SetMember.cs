namespace Parley.Coding.Dictionaries;

/// <summary>A <c>+</c> line of a synonym set: a word or phrase, possibly referring to another set.</summary>
/// <param name="Text">The member as written, without the leading <c>+</c>.</param>
/// <param name="Tokens">The member parsed like a pattern (words, <c>_</c> connectors, set references).</param>
/// <param name="Line">1-based line number.</param>
public sealed record SetMember(string Text, IReadOnlyList<PatternToken> Tokens, int Line);
