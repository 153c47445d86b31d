namespace Parley.Coding.Dictionaries;

/// <summary>Where an agent code goes relative to the code of the actor it qualifies.</summary>
public enum AgentPosition
{
    /// <summary><c>[~GOV]</c>: appended after the actor's code (<c>FRE</c> + <c>GOV</c> = <c>FREGOV</c>); the usual form.</summary>
    Suffix,

    /// <summary><c>[NGO~]</c>: placed before the actor's code (<c>NGO</c> + <c>FRE</c> = <c>NGOFRE</c>).</summary>
    Prefix,
}
