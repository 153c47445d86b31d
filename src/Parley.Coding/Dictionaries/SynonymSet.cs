namespace Parley.Coding.Dictionaries;

/// <summary>
/// A synonym set, <c>&amp;NAME</c> followed by <c>+MEMBER</c> lines; patterns refer to it as <c>&amp;NAME</c>.
/// A trailing <c>_</c> on the definition (<c>&amp;AUXVERB1_</c>) is not part of the name: PETRARCH files refer
/// to such sets both with and without it.
/// </summary>
/// <param name="Name">The name without <c>&amp;</c> or trailing <c>_</c>.</param>
/// <param name="Members">The members in file order.</param>
/// <param name="File">The file or input name.</param>
/// <param name="Line">1-based line number of the definition.</param>
public sealed record SynonymSet(string Name, IReadOnlyList<SetMember> Members, string File, int Line);
