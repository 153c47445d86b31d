using Parley.Coding.Dictionaries;

namespace Parley.Coding.Lexicon;

/// <summary>An agent word's code and where it goes: "pilots" → <c>MIL</c> after the country (RUS + MIL = RUSMIL).</summary>
/// <param name="Code">The agent code, e.g. <c>MIL</c>.</param>
/// <param name="Position">Whether it follows or precedes the actor code.</param>
/// <param name="Entry">The dictionary line.</param>
public sealed record AgentSense(string Code, AgentPosition Position, AgentEntry Entry)
{
    /// <summary>
    /// Composes the agent with an actor code: <c>RUS</c> + <c>~MIL</c> = <c>RUSMIL</c>, <c>NGO~</c> + <c>FRA</c> =
    /// <c>NGOFRA</c>; without an actor the agent code stands alone ("aid workers" → NGO), after
    /// <paramref name="unknownCountry"/> ("---NGO" in TABARI and PETRARCH).
    /// </summary>
    public string ComposeWith(string? actorCode, string unknownCountry = "")
    {
        ArgumentNullException.ThrowIfNull(unknownCountry);
        if (string.IsNullOrEmpty(actorCode))
        {
            return unknownCountry + Code;
        }
        if (actorCode.EndsWith(Code, StringComparison.Ordinal) || actorCode.StartsWith(Code, StringComparison.Ordinal))
        {
            return actorCode;
        }
        return Position == AgentPosition.Suffix ? actorCode + Code : Code + actorCode;
    }
}
