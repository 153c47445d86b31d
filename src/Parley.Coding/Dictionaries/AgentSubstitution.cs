namespace Parley.Coding.Dictionaries;

/// <summary>A substitution set of an agent dictionary: <c>!PERSON! = MAN, MEN, WOMAN, WOMEN</c>.</summary>
/// <param name="Name">The marker without the <c>!</c> signs, e.g. <c>PERSON</c>.</param>
/// <param name="Values">The words that replace the marker.</param>
/// <param name="File">The file or input name.</param>
/// <param name="Line">1-based line number.</param>
public sealed record AgentSubstitution(string Name, IReadOnlyList<string> Values, string File, int Line);
