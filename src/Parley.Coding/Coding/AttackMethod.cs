using Parley.Coding.Events;

namespace Parley.Coding.Coding;

/// <summary>
/// Refines a killing or attack by the bomb it names, as the CAMEO manual codes the method before the result:
/// "A roadside bombing killed two soldiers" is a roadside bombing (1833), "was killed in a car bomb explosion" a
/// vehicular bombing (1832), "died in a suicide attack" a suicide bombing (1831), "a bomb killed four policemen" a
/// bombing (183).
/// </summary>
internal static class AttackMethod
{
    /// <summary>The generic codes of force that the method may refine.</summary>
    private static readonly HashSet<string> Refinable = new(StringComparer.Ordinal) { "18", "180", "19", "190", "193" };

    private static readonly HashSet<string> BombWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "bomb", "bombing", "blast", "explosion", "explosive", "device", "ied", "car-bomb",
    };

    /// <summary>The code of the attack named by <paramref name="trigger"/>: <paramref name="code"/> or a bombing code.</summary>
    public static string Refine(SentenceGraph graph, int trigger, string code)
    {
        if (!Refinable.Contains(code))
        {
            return code;
        }
        for (int c = graph.FirstChild(trigger); c >= 0; c = graph.NextSibling(c))
        {
            bool instrument = graph.Relation(c) == "nsubj"
                || (graph.Relation(c) is "obl" && graph.CaseOf(c) is "in" or "by" or "with");
            if (instrument && (BombWords.Contains(graph.Lemma(c)) || IsSuicideAttack(graph, c)))
            {
                return Kind(graph, c);
            }
        }
        return code;
    }

    /// <summary>
    /// The code of a generic killing or attack (190) by irregulars (rebels, militias, radicals, civilians) on people
    /// who are not soldiers: unconventional violence, 180, as the CAMEO manual draws the line between its assault and
    /// fight roots. "Burundian militiamen attacked a refugee camp" → 180; "rebels ambushed an army convoy" and
    /// "Hezbollah attacked Israel" stay 190.
    /// </summary>
    public static string ByParticipants(string code, EventActor? source, EventActor? target)
    {
        if (code is not ("19" or "190") || source?.Sector is not { Length: >= 3 } doer || target?.Sector is not { Length: >= 3 } victim)
        {
            return code;
        }
        return IrregularSectors.Contains(doer[..3]) && !victim.StartsWith("MIL", StringComparison.Ordinal) ? "180" : code;
    }

    /// <summary>
    /// True when the event noun <paramref name="noun"/> is a labour strike (CAMEO 143), not a military one: "the
    /// teachers' strike", "a four-day strike" (UD splits it: "day" is the compound), "an open-ended strike", or a strike whose source is a union, workers,
    /// teachers, doctors, farmers, civilians or the opposition ("Nigerian teachers called off their strike").
    /// </summary>
    public static bool IsLabourStrike(SentenceGraph graph, int noun, EventActor? source)
    {
        if (!graph.Lemma(noun).Equals("strike", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (source?.Sector is { Length: >= 3 } sector && StrikingSectors.Contains(sector[..3]))
        {
            return true;
        }
        for (int c = graph.FirstChild(noun); c >= 0; c = graph.NextSibling(c))
        {
            ReadOnlySpan<char> word = graph.Document.TokenText(c);
            if (graph.Relation(c) is "amod" or "compound" or "nmod:poss"
                && (LabourStrikeWords.Contains(graph.Lemma(c)) || word.EndsWith("-day", StringComparison.OrdinalIgnoreCase)
                    || word.EndsWith("-hour", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-week", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> StrikingSectors = new(StringComparer.Ordinal)
    {
        "LAB", "EDU", "HLH", "AGR", "BUS", "CVL", "OPP", "MED", "JUD",
    };

    private static readonly HashSet<string> LabourStrikeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "general", "national", "nationwide", "open-ended", "indefinite", "wildcat", "labour", "labor", "worker",
        "teacher", "doctor", "nurse", "union", "transport", "rail", "port", "dock", "miner", "trucker", "taxi", "warning",
        "day", "hour", "week", "month",
    };

    /// <summary>CAMEO sectors of fighters outside a state's forces, and of civilians.</summary>
    private static readonly HashSet<string> IrregularSectors = new(StringComparer.Ordinal)
    {
        "REB", "RAD", "SEP", "INS", "CVL", "OPP", "CRM", "UAF",
    };

    /// <summary>"in a suicide attack", "in a bomb attack": an attack named by its bomb or bomber is a bombing.</summary>
    private static bool IsSuicideAttack(SentenceGraph graph, int noun) =>
        graph.Lemma(noun) is "attack" or "strike" or "ambush"
        && (Modifier(graph, noun, "suicide") || Modifier(graph, noun, "bomb") || Modifier(graph, noun, "car"));

    private static string Kind(SentenceGraph graph, int bomb) =>
        Modifier(graph, bomb, "suicide") ? "1831"
        : Modifier(graph, bomb, "car") || Modifier(graph, bomb, "truck") || Modifier(graph, bomb, "vehicle") ? "1832"
        : Modifier(graph, bomb, "roadside") ? "1833"
        : "183";

    /// <summary>True when <paramref name="noun"/> has a compound or adjective <paramref name="lemma"/>, maybe one level down ("car bomb explosion").</summary>
    private static bool Modifier(SentenceGraph graph, int noun, string lemma)
    {
        for (int c = graph.FirstChild(noun); c >= 0; c = graph.NextSibling(c))
        {
            if (graph.Relation(c) is "compound" or "amod" && (graph.Lemma(c).Equals(lemma, StringComparison.OrdinalIgnoreCase)
                || Modifier(graph, c, lemma)))
            {
                return true;
            }
        }
        return false;
    }
}
