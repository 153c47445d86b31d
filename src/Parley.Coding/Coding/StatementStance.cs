using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// The stance a statement reports of its speaker: "Turkey said it was confident that the talks would succeed" is an
/// optimistic comment (013), "Germany said it was sceptical about the plan" a pessimistic one (012). CAMEO codes
/// both as statements of their own, which a verb of saying cannot tell without its predicate adjective.
/// </summary>
internal static class StatementStance
{
    private static readonly HashSet<string> Pessimistic = new(StringComparer.OrdinalIgnoreCase)
    {
        "skeptical", "sceptical", "pessimistic", "doubtful", "concerned", "worried", "wary", "unconvinced", "dubious",
    };

    private static readonly HashSet<string> Optimistic = new(StringComparer.OrdinalIgnoreCase)
    {
        "optimistic", "confident", "hopeful", "upbeat",
    };

    /// <summary>
    /// 012 or 013 when the reported clause of <paramref name="verb"/> is a predicate adjective of stance
    /// ("said he was skeptical over …"), else null.
    /// </summary>
    public static string? Of(SentenceGraph graph, int verb)
    {
        for (int c = graph.FirstChild(verb); c >= 0; c = graph.NextSibling(c))
        {
            if (graph.Relation(c) is not ("ccomp" or "xcomp") || graph.Upos(c) != UPos.ADJ)
            {
                continue;
            }
            string lemma = graph.Lemma(c);
            if (Pessimistic.Contains(lemma))
            {
                return "012";
            }
            if (Optimistic.Contains(lemma))
            {
                return "013";
            }
        }
        return null;
    }
}
