using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// Gives a trailing reporting verb back its subject. In "Kenya and Uganda signed a trade pact, the White House
/// announced on Tuesday" the parser may hang "the White House" on the sentence before the comma (an apposition of
/// "pact") and leave "announced" without a subject; the coder would then read the White House as a party to the pact.
/// A speech verb with no subject, right after a comma and one noun phrase, takes that phrase as its subject.
/// </summary>
internal static class ReportingClauseRepair
{
    private const int MaxPhrase = 8;

    /// <summary>Repairs the heads and relations of <paramref name="sentence"/> in its document's annotations.</summary>
    public static void Apply(Sentence sentence, IReadOnlySet<string> speechVerbs)
    {
        Document document = sentence.Document;
        TokenAnnotations a = document.Annotations;
        for (int verb = sentence.FirstToken + 2; verb < sentence.EndToken; verb++)
        {
            if (a.Upos[verb] != UPos.VERB || a.Lemma[verb] is not { } lemma || !speechVerbs.Contains(lemma)
                || ParseRepairs.HasDependent(sentence, a, verb, "nsubj", "nsubj:pass", "expl", "csubj"))
            {
                continue;
            }
            int head = PhraseAfterComma(document, sentence, verb);
            if (head >= 0 && a.Upos[head] is UPos.NOUN or UPos.PROPN && !Governs(a, head, verb))
            {
                a.Head[head] = verb;
                a.Relation[head] = "nsubj";
            }
        }
    }

    /// <summary>The head of the words between the last comma before <paramref name="verb"/> and the verb, or -1.</summary>
    private static int PhraseAfterComma(Document document, Sentence sentence, int verb)
    {
        int comma = -1;
        for (int t = verb - 1; t >= Math.Max(sentence.FirstToken, verb - MaxPhrase) && comma < 0; t--)
        {
            comma = document.TokenText(t) is "," ? t : -1;
        }
        if (comma < 0 || comma + 1 >= verb)
        {
            return -1;
        }
        int head = -1;
        int[] heads = document.Annotations.Head;
        for (int t = comma + 1; t < verb; t++)
        {
            if (heads[t] <= comma || heads[t] >= verb)
            {
                if (head >= 0)
                {
                    return -1;
                }
                head = t;
            }
        }
        return head;
    }

    /// <summary>True when <paramref name="ancestor"/> is on the head path of <paramref name="token"/>.</summary>
    private static bool Governs(TokenAnnotations a, int ancestor, int token)
    {
        for (int t = a.Head[token], depth = 0; t >= 0 && depth < 64; t = a.Head[t], depth++)
        {
            if (t == ancestor)
            {
                return true;
            }
        }
        return false;
    }
}
