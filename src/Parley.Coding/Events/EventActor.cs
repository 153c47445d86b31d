namespace Parley.Coding.Events;

/// <summary>
/// A source or target: its code (<c>RUSGOV</c>), the words it was found in ("Russian Foreign Minister Sergei
/// Lavrov"), and their span in the story.
/// </summary>
/// <param name="Code">The CAMEO actor code.</param>
/// <param name="Text">The words of the story that name the actor.</param>
/// <param name="Span">Where those words are in the story text.</param>
public sealed record EventActor(string Code, string Text, CharSpan Span)
{
    /// <summary>
    /// The country part: the first three letters (<c>RUS</c> of <c>RUSGOV</c>, <c>IGO</c> of <c>IGOUNO</c>, <c>NGO</c>
    /// of <c>NGOHRI</c>, as event data counts them), or null for a bare role such as <c>GOV</c> that names no country.
    /// </summary>
    public string? Country => Code.Length >= 3 && !IsRoleOnly && !Code.StartsWith("---", StringComparison.Ordinal) ? Code[..3] : null;

    /// <summary>
    /// True for a participant the sentence implies but does not name (empty <see cref="Text"/>): the country of a
    /// domestic event without a named target, or the unidentified armed forces behind an unattributed attack.
    /// </summary>
    public bool Implied => Text.Length == 0;

    /// <summary>The sector after the country (<c>GOV</c> of <c>RUSGOV</c>), or the role itself for a bare role; null when none.</summary>
    public string? Sector => IsRoleOnly ? Code : Code.Length > 3 ? Code[3..] : null;

    /// <summary>A code that starts with a role ("GOV", "NGO", "GOVMIL"): no country is named.</summary>
    private bool IsRoleOnly => IsRoleCode(Code);

    /// <summary>True for an actor code that starts with a role ("CVL", "GOVMIL") and so names no country.</summary>
    public static bool IsRoleCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length >= 3 && RoleCodes.Contains(code[..3]);
    }

    /// <summary>Three-letter CAMEO role codes that are not countries or regions.</summary>
    private static readonly HashSet<string> RoleCodes = new(StringComparer.Ordinal)
    {
        "GOV", "MIL", "COP", "REB", "OPP", "JUD", "LEG", "CVL", "REF", "MED", "BUS", "EDU", "ELI", "HLH",
        "CRM", "LAB", "AGR", "ENV", "SPY", "PTY", "REL", "UAF", "INS", "SEP", "RAD", "MOD", "HRI", "DEV", "NGM",
    };
}
