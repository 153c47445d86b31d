namespace Parley.Coding.Events;

/// <summary>Whether a coded event is reported as having happened.</summary>
public enum Modality
{
    /// <summary>Reported as fact: "Russia vetoed the resolution."</summary>
    Asserted,

    /// <summary>Denied or refused: "Russia did not veto the resolution", "Moscow refused to meet Kiev".</summary>
    Negated,

    /// <summary>Conditional, wished or possible: "if Russia vetoes the resolution", "Russia wants to meet Kiev".</summary>
    Hypothetical,

    /// <summary>Announced for later: "Russia will veto the resolution", "Moscow plans to meet Kiev".</summary>
    Future,
}
