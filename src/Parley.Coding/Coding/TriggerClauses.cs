namespace Parley.Coding.Coding;

/// <summary>
/// The clauses of a trigger that point at its target when its own phrases name none: the clause of purpose of a
/// protest ("struck to protest the sale of the port") and the condition of a threat ("threatened to close the border
/// if Gondor sent troops").
/// </summary>
internal static class TriggerClauses
{
    /// <summary>
    /// The infinitive clause of purpose ("to protest …", "to demand …") of the trigger, or of the verb that carries
    /// it when the trigger is an event noun ("staged a hunger strike to demand …"); -1 when there is none.
    /// </summary>
    public static int Purpose(SentenceGraph graph, Trigger trigger)
    {
        int verb = trigger.Nominal && graph.Relation(trigger.Token) == "obj" ? graph.Head(trigger.Token) : trigger.Token;
        for (int c = verb < 0 ? -1 : graph.FirstChild(verb); c >= 0; c = graph.NextSibling(c))
        {
            if (graph.Relation(c) is "advcl" or "xcomp" && graph.IsMarkedTo(c))
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>
    /// The subject of an "if" or "unless" clause of the trigger or of the verb folded into it ("threatened … unless
    /// Tbilisi agreed"), or -1. The parser may hang the condition on a verb inside the threatened deed ("threatened to
    /// close the port to protect its fleet if Gondor sent warships", under "protect"): it still conditions the threat.
    /// </summary>
    public static int ConditionSubject(SentenceGraph graph, Trigger trigger, IReadOnlySet<string> conditionalMarkers)
    {
        foreach (int verb in (ReadOnlySpan<int>)[trigger.Token, trigger.ComposedGovernor])
        {
            if (verb >= 0 && ConditionSubjectUnder(graph, verb, conditionalMarkers, depth: 0) is var subject and >= 0)
            {
                return subject;
            }
        }
        return -1;
    }

    private const int MaxConditionDepth = 3;

    /// <summary>The subject of a conditional clause of <paramref name="verb"/> or of its infinitive complements, or -1.</summary>
    private static int ConditionSubjectUnder(SentenceGraph graph, int verb, IReadOnlySet<string> conditionalMarkers, int depth)
    {
        for (int c = graph.FirstChild(verb); c >= 0; c = graph.NextSibling(c))
        {
            // The parser may coordinate the condition with the threat ("threatened to quit the talks if Canada
            // signed the pact" with "signed" as a conjunct); its conjunction still marks it.
            if (graph.Relation(c) is "advcl" or "conj" && graph.ChildWith(c, "mark") is var mark and >= 0
                && conditionalMarkers.Contains(graph.Lemma(mark))
                && ParticipantFinder.SubjectOf(graph, c) is var subject and >= 0)
            {
                return subject;
            }
        }
        for (int c = graph.FirstChild(verb); c >= 0 && depth < MaxConditionDepth; c = graph.NextSibling(c))
        {
            if ((graph.Relation(c) == "xcomp" || (graph.Relation(c) == "advcl" && graph.IsMarkedTo(c)))
                && ConditionSubjectUnder(graph, c, conditionalMarkers, depth + 1) is var subject and >= 0)
            {
                return subject;
            }
        }
        return -1;
    }
}
