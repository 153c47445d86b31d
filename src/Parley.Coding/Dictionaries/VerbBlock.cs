namespace Parley.Coding.Dictionaries;

/// <summary>
/// A verb block: in PETRARCH files a <c>--- NAME [code] ---</c> head followed by its verbs (synonyms) and the
/// patterns they share; in TABARI files a single verb line followed by its own patterns.
/// </summary>
/// <param name="Name">The block name (<c>GRANT</c>), or the verb as written for a TABARI verb.</param>
/// <param name="Code">The default code of the block's verbs, or null when the head has none.</param>
/// <param name="Verbs">The verbs, in file order.</param>
/// <param name="Patterns">The patterns, in file order.</param>
/// <param name="File">The file or input name.</param>
/// <param name="Line">1-based line number of the head (or TABARI verb line).</param>
public sealed record VerbBlock(string Name, VerbCode? Code, IReadOnlyList<VerbEntry> Verbs, IReadOnlyList<VerbPattern> Patterns, string File, int Line);
