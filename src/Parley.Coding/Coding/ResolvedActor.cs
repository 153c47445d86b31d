namespace Parley.Coding.Coding;

/// <summary>An actor read from a noun phrase: its code and the tokens [Start, End) that name it.</summary>
internal readonly record struct ResolvedActor(string Code, int Start, int End, int Head);
