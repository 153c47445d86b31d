using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// Finds the phrases that play source and target for a trigger in the dependency parse:
/// "Russia vetoed the resolution" (nsubj → source, obj → target); "Aleppo was attacked by militiamen"
/// (nsubj:pass → target, obl:agent → source); "Arnor agreed to meet Gondor" (the infinitive takes the subject
/// of "agreed"); "the troops that attacked the village" (a relative clause's relative pronoun stands for "troops");
/// "restored ties with Gondor" (an oblique with a preposition when there is no object actor).
/// </summary>
internal static class ParticipantFinder
{
    private const int MaxChain = 6;

    /// <summary>The head of the source phrase of <paramref name="trigger"/>, or -1.</summary>
    public static int SourceHead(SentenceGraph graph, int trigger)
    {
        int token = trigger;
        for (int depth = 0; depth < MaxChain && token >= 0; depth++)
        {
            int subject = graph.ChildWith(token, "nsubj");
            string relation = graph.Relation(token);
            if (subject >= 0)
            {
                return IsRelativizer(graph, subject) && relation == "acl:relcl" ? graph.Head(token) : subject;
            }
            if (graph.ChildWith(token, "nsubj:pass") >= 0 || relation == "acl")
            {
                return graph.ChildWith(token, "obl:agent");
            }
            if (relation == "acl:relcl")
            {
                return graph.Head(token);
            }
            if (relation is not ("xcomp" or "conj" or "advcl"))
            {
                return -1;
            }
            token = graph.Head(token);
        }
        return -1;
    }

    /// <summary>
    /// Candidate heads of the target phrase in order of preference: the passive subject, objects, then obliques
    /// in text order (the agent "by …" and time expressions excluded).
    /// </summary>
    public static void TargetHeads(SentenceGraph graph, int trigger, List<int> heads)
    {
        heads.Clear();
        AddChildren(graph, trigger, "nsubj:pass", heads);
        AddChildren(graph, trigger, "obj", heads);
        AddChildren(graph, trigger, "iobj", heads);
        for (int c = graph.FirstChild(trigger); c >= 0; c = graph.NextSibling(c))
        {
            if (graph.Relation(c) is "obl" or "obl:arg" or "nmod")
            {
                heads.Add(c);
            }
        }
        int count = heads.Count;
        for (int i = 0; i < count; i++)
        {
            // "restored ties with Gondor": the actor hangs off the object.
            for (int c = graph.FirstChild(heads[i]); c >= 0; c = graph.NextSibling(c))
            {
                if (graph.Relation(c) is "nmod" && !heads.Contains(c))
                {
                    heads.Add(c);
                }
            }
        }
    }

    private static void AddChildren(SentenceGraph graph, int token, string relation, List<int> heads)
    {
        for (int c = graph.FirstChild(token); c >= 0; c = graph.NextSibling(c))
        {
            if (graph.Relation(c) == relation)
            {
                heads.Add(c);
            }
        }
    }

    private static bool IsRelativizer(SentenceGraph graph, int token) =>
        graph.Upos(token) is UPos.PRON or UPos.DET && graph.Lemma(token) is "that" or "which" or "who" or "whom";
}
