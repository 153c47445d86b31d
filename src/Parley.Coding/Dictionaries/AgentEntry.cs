namespace Parley.Coding.Dictionaries;

/// <summary>
/// An agent line such as <c>MINISTER [~GOV]</c>, <c>LAWMAN {LAWMEN} [~COP]</c> or <c>RIGHTS_BODY [NGO~]</c>.
/// Names are as written (spaces normalised) and may contain substitution markers such as <c>!MINIST!</c>;
/// <see cref="AgentDictionary.Expand(string)"/> spells them out.
/// </summary>
/// <param name="Names">The name, then the forms listed in <c>{...}</c>.</param>
/// <param name="Code">The agent code without <c>~</c>, e.g. <c>GOV</c>.</param>
/// <param name="Position">Whether the code follows or precedes the actor's code.</param>
/// <param name="RegularPlurals">
/// False when the line lists its own forms in <c>{...}</c>, even an empty list: PETRARCH then generates no
/// regular plural; true when it has no braces.
/// </param>
/// <param name="File">The file or input name.</param>
/// <param name="Line">1-based line number.</param>
public sealed record AgentEntry(IReadOnlyList<string> Names, string Code, AgentPosition Position, bool RegularPlurals, string File, int Line);
