namespace Parley.Coding.Ontology;

/// <summary>One CAMEO event code with its name, Goldstein value, quad class and PLOVER mapping.</summary>
/// <param name="Code">The CAMEO code: two digits for a root ("12"), three or four for sub-codes ("129", "1212").</param>
/// <param name="Name">The CAMEO name ("Veto"); root names are upper case ("REJECT").</param>
/// <param name="Goldstein">Goldstein conflict–cooperation value, from -10 (most conflictual) to 10.</param>
/// <param name="QuadClass">
/// Phoenix quad class: 0 neutral/verbal statements (roots 01–02), 1 verbal cooperation (03–05),
/// 2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20).
/// </param>
/// <param name="Root">The root code: the first two digits of <paramref name="Code"/>.</param>
/// <param name="PloverEvent">PLOVER event type ("REJECT"), or "" when the code has no PLOVER mapping.</param>
/// <param name="PloverMode">PLOVER mode ("yield"), or "" when none is given.</param>
/// <param name="PloverContext">PLOVER context(s), several separated by ';' ("crime;corruption"), or "".</param>
public sealed record CameoCode(
    string Code,
    string Name,
    double Goldstein,
    int QuadClass,
    string Root,
    string PloverEvent,
    string PloverMode,
    string PloverContext)
{
    /// <summary>True for the twenty two-digit root codes ("01" … "20").</summary>
    public bool IsRoot => Code.Length == 2;

    /// <summary>True when the code maps to a PLOVER event.</summary>
    public bool HasPlover => PloverEvent.Length > 0;

    /// <summary>The PLOVER mode as the output contract writes it: null when none is given or the code has no PLOVER event.</summary>
    public string? PloverModeOrNull => HasPlover && PloverMode.Length > 0 ? PloverMode : null;

    /// <summary>The PLOVER context(s) as the output contract writes them: null when none is given or the code has no PLOVER event.</summary>
    public string? PloverContextOrNull => HasPlover && PloverContext.Length > 0 ? PloverContext : null;
}
