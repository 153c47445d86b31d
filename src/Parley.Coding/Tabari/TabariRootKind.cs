namespace Parley.Coding.Tabari;

/// <summary>What a dictionary root is; on a tie of length, the earlier kind wins.</summary>
internal enum TabariRootKind
{
    /// <summary>An actor of the actors file ("FREEDONIA [FRE]").</summary>
    Actor,

    /// <summary>An agent of the agents file ("PRESIDENT_ [~GOVPRS]").</summary>
    Agent,

    /// <summary>A word of the actors file's &lt;NOUN&gt; list: never a verb.</summary>
    Noun,

    /// <summary>A word of the actors file's &lt;ADJECTIVE&gt; list.</summary>
    Adjective,

    /// <summary>A verb root or irregular form of the verbs file.</summary>
    Verb,

    /// <summary>A phrase of the verbs file's &lt;TIME&gt; section ("ONCE_THE_WAR_ENDS [+++]": a hypothetical time, too complex to code).</summary>
    Time,
}
