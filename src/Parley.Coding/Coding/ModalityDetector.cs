using Parley.Coding.Events;
using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// Decides whether a trigger's event is asserted, by the words around it in the parse and up its chain of
/// governing verbs:
/// "Russia did not veto it" (negated: advmod "not"), "Russia will veto it" (future: aux "will"),
/// "if Russia vetoes it" (hypothetical: mark "if"), "Russia refused to veto it" (negated: governed by "refuse"),
/// "Russia plans to veto it" (future), "Russia wants to veto it" (hypothetical),
/// "Russia has no intention of vetoing it" (negated: a plan noun with "no").
/// Negation outranks the others, then hypothetical, then future.
/// </summary>
internal sealed class ModalityDetector
{
    private const int MaxChain = 8;
    private readonly ModalityLexicon _lexicon;

    public ModalityDetector(ModalityLexicon lexicon) => _lexicon = lexicon;

    /// <summary>
    /// The modality of the event triggered by <paramref name="trigger"/>. <paramref name="composedGovernor"/> is a
    /// governing verb whose meaning was folded into the event code ("agreed" in "agreed to meet"): its own
    /// negation and auxiliaries still count, its lexical meaning does not.
    /// </summary>
    public Modality Detect(SentenceGraph graph, int trigger, int composedGovernor)
    {
        Modality result = Modality.Asserted;
        int token = trigger;
        for (int depth = 0; depth < MaxChain && token >= 0; depth++)
        {
            result = Stronger(result, Local(graph, token));
            int head = graph.Head(token);
            string relation = graph.Relation(token);
            bool nounObject = relation == "obj" && graph.Upos(token) == UPos.NOUN;
            if (head < 0 || !(IsEmbedding(relation) || nounObject))
            {
                // "considering new sanctions": an event noun takes the modality of the verb it is the object of.
                break;
            }
            if (head != composedGovernor)
            {
                result = Stronger(result, Governor(graph, head));
            }
            token = head;
        }
        return result;
    }

    /// <summary>
    /// True when <paramref name="token"/> is negated together with an auxiliary of will or ability: "Poland will not
    /// accept the quota", "said it would not release them", "cannot accept the plan" declare a refusal, while
    /// "did not accept" only reports that something did not happen.
    /// </summary>
    public bool IsDeclaredRefusal(SentenceGraph graph, int token)
    {
        if (token < 0)
        {
            return false;
        }
        bool negated = false;
        bool volitional = false;
        for (int c = graph.FirstChild(token); c >= 0; c = graph.NextSibling(c))
        {
            string word = graph.Document.TokenText(c).ToString();
            negated |= graph.Relation(c) == "advmod" && _lexicon.Negators.Contains(word);
            volitional |= graph.Relation(c) == "aux" && (_lexicon.FutureAuxiliaries.Contains(word) || RefusalAuxiliaries.Contains(word));
        }
        return negated && volitional;
    }

    /// <summary>Auxiliaries besides those of the future that declare a refusal when negated: "would not", "cannot".</summary>
    private static readonly HashSet<string> RefusalAuxiliaries = new(StringComparer.OrdinalIgnoreCase) { "would", "'d", "can", "ca" };

    /// <summary>What the trigger's own dependents say: negation, auxiliaries, a conditional marker.</summary>
    private Modality Local(SentenceGraph graph, int token)
    {
        Modality result = Modality.Asserted;
        for (int c = graph.FirstChild(token); c >= 0; c = graph.NextSibling(c))
        {
            string relation = graph.Relation(c);
            string word = graph.Document.TokenText(c).ToString();
            if ((relation == "advmod" || relation == "det" || relation == "cc:preconj") && _lexicon.Negators.Contains(word))
            {
                return Modality.Negated;
            }
            if (relation == "aux" && IsReportedFuture(graph, token, word))
            {
                // "The farmers said they would blockade Paris": in reported speech "would" is "will" moved back.
                result = Stronger(result, Modality.Future);
            }
            else if (relation == "aux" && _lexicon.HypotheticalAuxiliaries.Contains(word))
            {
                result = Stronger(result, Modality.Hypothetical);
            }
            else if (relation == "aux" && _lexicon.FutureAuxiliaries.Contains(word))
            {
                result = Stronger(result, Modality.Future);
            }
            else if (relation == "mark" && _lexicon.ConditionalMarkers.Contains(word) && graph.Relation(token) == "advcl")
            {
                result = Stronger(result, Modality.Hypothetical);
            }
        }
        return result;
    }

    /// <summary>
    /// "would" in a clause reported by a verb of saying: "will" moved back. A condition does not make it less of an
    /// announcement ("the minister said she would visit Belmoria if the talks went well" announces a visit on a
    /// condition, as "will visit … if" does).
    /// </summary>
    private bool IsReportedFuture(SentenceGraph graph, int token, string auxiliary)
    {
        if (!auxiliary.Equals("would", StringComparison.OrdinalIgnoreCase) && auxiliary != "'d")
        {
            return false;
        }
        int head = graph.Head(token);
        return graph.Relation(token) == "ccomp" && head >= 0 && _lexicon.SpeechVerbs.Contains(graph.Lemma(head));
    }

    /// <summary>What a governing verb or plan noun says about its complement.</summary>
    private Modality Governor(SentenceGraph graph, int head)
    {
        string lemma = graph.Lemma(head);
        if (graph.Upos(head) is UPos.NOUN or UPos.PROPN)
        {
            return _lexicon.PlanNouns.Contains(lemma) ? Modality.Hypothetical : Modality.Asserted;
        }
        if (_lexicon.NegatingGovernors.Contains(lemma))
        {
            return Modality.Negated;
        }
        if (_lexicon.HypotheticalGovernors.Contains(lemma) || _lexicon.ThreatGovernors.Contains(lemma))
        {
            return Modality.Hypothetical;
        }
        return _lexicon.FutureGovernors.Contains(lemma) ? Modality.Future : Modality.Asserted;
    }

    /// <summary>
    /// Relations through which a governor's modality reaches its dependent: infinitive complements and clauses
    /// modifying a noun. Not reported speech ("X said Y attacked Z" reports the attack as fact), not adverbial
    /// clauses ("Russia did not attack after the talks failed": the talks did fail), not coordination.
    /// </summary>
    private static bool IsEmbedding(string relation) => relation is "xcomp" or "acl" or "csubj";

    private static Modality Stronger(Modality a, Modality b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(Modality modality) => modality switch
    {
        Modality.Negated => 3,
        Modality.Hypothetical => 2,
        Modality.Future => 1,
        _ => 0,
    };
}
