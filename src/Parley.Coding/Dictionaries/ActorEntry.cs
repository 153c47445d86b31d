namespace Parley.Coding.Dictionaries;

/// <summary>
/// An actor: a name line (<c>FREEDONIA_ [FRE]</c>), its <c>+SYNONYM</c> lines and indented restriction lines
/// (<c>[FREGOV 19330101-19331231]</c>). Names are as written (spaces normalised): <c>_</c> joins words and a
/// trailing <c>_</c> asks for an exact match, which a later step interprets.
/// </summary>
/// <param name="Names">The name, then its synonyms, in file order.</param>
/// <param name="Codes">
/// The codes in file order. TABARI and PETRARCH take the first whose restriction holds for the story date;
/// unrestricted codes serve as the default.
/// </param>
/// <param name="File">The file or input name.</param>
/// <param name="Line">1-based line number of the name line.</param>
public sealed record ActorEntry(IReadOnlyList<string> Names, IReadOnlyList<ActorCode> Codes, string File, int Line);
