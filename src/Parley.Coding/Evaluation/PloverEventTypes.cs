namespace Parley.Coding.Evaluation;

/// <summary>
/// The CAMEO roots that stand for each event type of the older PLOVER list the gold records use, as the shared
/// data's README prescribes for scoring (AGREE → 03 or 05, FIGHT → 17 to 20, …).
/// </summary>
public static class PloverEventTypes
{
    private static readonly Dictionary<string, string[]> Roots = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AGREE"] = ["03", "05"],
        ["AID"] = ["07"],
        ["ASSAULT"] = ["18", "19", "20"],
        ["COERCE"] = ["17", "19"],
        ["CONCEDE"] = ["08"],
        ["CONSULT"] = ["04"],
        ["COOPERATE"] = ["06"],
        ["DEMAND"] = ["10", "02"],
        ["DISAPPROVE"] = ["11"],
        ["FIGHT"] = ["17", "18", "19", "20"],
        ["INVESTIGATE"] = ["09"],
        ["MOBILIZE"] = ["15"],
        ["PROTEST"] = ["14"],
        ["REJECT"] = ["12"],
        ["RETREAT"] = ["08"],
        ["SANCTION"] = ["16", "17"],
        ["SUPPORT"] = ["05"],
        ["THREATEN"] = ["13"],
    };

    /// <summary>The PLOVER event types with a mapping, upper case.</summary>
    public static IReadOnlyCollection<string> Known => Roots.Keys;

    /// <summary>The accepted CAMEO roots of <paramref name="eventType"/> (case-insensitive), or null for a type with no mapping.</summary>
    public static IReadOnlyList<string>? RootsOf(string eventType)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        return Roots.TryGetValue(eventType.Trim(), out string[]? roots) ? roots : null;
    }
}
