namespace Parley.Tools.Ontology;

/// <summary>
/// A repair of damage in GDELT's name for one code. It applies only while the source still reads
/// exactly <paramref name="Damaged"/> (after whitespace normalisation), so a fixed source is taken as is.
/// </summary>
/// <param name="Code">The CAMEO code.</param>
/// <param name="Damaged">The name as GDELT's table has it.</param>
/// <param name="Repaired">The name written instead.</param>
/// <param name="Why">A few words on the damage, for the header comment.</param>
internal sealed record NameCorrection(string Code, string Damaged, string Repaired, string Why)
{
    /// <summary>
    /// The known damage in CAMEO.eventcodes.txt: a mangled curly-quote pair (the codebook and the CAMEO
    /// manual read "Meet at a 'third' location"), a lost space and a typo.
    /// </summary>
    public static IReadOnlyList<NameCorrection> Known { get; } =
    [
        new("033", "Express intent to provide matyerial aid, not specified below", "Express intent to provide material aid, not specified below", "typo \"matyerial\""),
        new("044", "Meet at a \u00D2hird\u00D3location", "Meet at a 'third' location", "mis-encoded quotes"),
        new("2041", "Use chemical, biological, or radiologicalweapons", "Use chemical, biological, or radiological weapons", "missing space"),
    ];
}
