namespace Parley.Coding.Dictionaries;

/// <summary>A discard phrase such as <c>FREEDONIA CUP</c> (sentence level) or <c>+FREEDONIA OPEN</c> (story level).</summary>
/// <param name="Phrase">The phrase as written, spaces normalised (a trailing <c>_</c> asks for an exact match).</param>
/// <param name="Scope">Whether the sentence or the story is discarded.</param>
/// <param name="File">The file or input name.</param>
/// <param name="Line">1-based line number.</param>
public sealed record DiscardEntry(string Phrase, DiscardScope Scope, string File, int Line);
