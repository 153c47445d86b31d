namespace Parley.Coding.Dictionaries;

/// <summary>
/// A PETRARCH 2 transformation line (<c>~ a (b . X) SAY = a b 112</c>), which rewrites nested events. Kept as
/// written: its syntax is specific to PETRARCH 2's tree matcher and is not parsed here.
/// </summary>
/// <param name="Text">The line without the leading <c>~</c>.</param>
/// <param name="File">The file or input name.</param>
/// <param name="Line">1-based line number.</param>
public sealed record VerbTransformation(string Text, string File, int Line);
