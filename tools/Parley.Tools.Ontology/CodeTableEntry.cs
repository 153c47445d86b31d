namespace Parley.Tools.Ontology;

/// <summary>One data row of a two-column GDELT CAMEO lookup table.</summary>
/// <param name="Code">The CAMEO code (2–4 digits).</param>
/// <param name="Value">The second column, trimmed (a name or a Goldstein value).</param>
/// <param name="Line">1-based line number in the source file.</param>
internal sealed record CodeTableEntry(string Code, string Value, int Line);
