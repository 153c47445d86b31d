namespace Parley.Coding.Coding;

/// <summary>
/// An actor read from a noun phrase: its code, the tokens [Start, End) that name it, and whether a named actor
/// (not only a role word such as "officials") stands behind it.
/// </summary>
internal readonly record struct ResolvedActor(string Code, int Start, int End, int Head, bool Named);
