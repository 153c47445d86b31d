using Parley.Text;

namespace Parley.Coding.Dates;

/// <summary>
/// Chooses which of a sentence's <see cref="TemporalExpression"/>s dates an event. In "Russia attacked Kharkiv on
/// Saturday, officials said on Monday." the attack is dated by "Saturday" and the statement by "Monday".
/// </summary>
public static class EventDateSelector
{
    /// <summary>
    /// Chooses the expression that dates the event whose trigger (its verb or event noun) is document token
    /// <paramref name="trigger"/>:
    /// <list type="number">
    /// <item>one attached within the trigger's own clause: following the dependency heads of
    /// <see cref="TokenAnnotations.Head"/> from the expression's head word (its <c>obl</c>, <c>obl:tmod</c>,
    /// <c>obl:unmarked</c>, <c>nmod</c>, <c>advmod</c>... attachment) reaches the trigger without passing through another
    /// verb or clause head; when several are, the most precise, then the nearest;</item>
    /// <item>otherwise the only expression of the sentence;</item>
    /// <item>otherwise the expression nearest to the trigger (the earlier one on a tie);</item>
    /// <item>but in a parsed sentence, an expression of another clause dates the event only when it names a day or a
    /// week: a misattached "on Friday" is a common parse error and costs days at most, while a month or year of
    /// another clause ("welcomed the return of paintings that were stolen in 1944") dates that clause, not this
    /// event;</item>
    /// <item>null when the sentence has none, in which case the caller dates the event by the story.</item>
    /// </list>
    /// Expressions outside the trigger's sentence are ignored. Without a tree the first step finds nothing. A distant year ("in 1988") is returned like any other expression,
    /// with <see cref="DateGranularity.Year"/>, so the caller can date a historical event by it rather than by the story.
    /// </summary>
    /// <param name="document">The document, parsed for the clause rule.</param>
    /// <param name="expressions">The expressions found in the trigger's sentence, e.g. by <see cref="TemporalExpressionFinder"/>.</param>
    /// <param name="trigger">Document index of the event's trigger token.</param>
    /// <returns>The chosen expression, or null.</returns>
    public static TemporalExpression? Select(Document document, IReadOnlyList<TemporalExpression> expressions, int trigger)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(expressions);
        ArgumentOutOfRangeException.ThrowIfNegative(trigger);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(trigger, document.TokenCount);
        Sentence sentence = document.GetSentence(document.SentenceOf(trigger));
        var tokens = new SentenceTokens(document, sentence.FirstToken, sentence.EndToken);
        TemporalExpression? governing = null;
        TemporalExpression? nearest = null;
        for (int e = 0; e < expressions.Count; e++)
        {
            TemporalExpression expression = expressions[e] ?? throw new ArgumentException($"Expression {e} is null.", nameof(expressions));
            if (expression.Start < sentence.FirstToken || expression.End > sentence.EndToken)
            {
                continue;
            }
            if (tokens.Parsed && InClauseOf(tokens, expression, trigger) && Better(governing, expression, trigger))
            {
                governing = expression;
            }
            bool mayDateAnotherClause = !tokens.Parsed || expression.Granularity <= DateGranularity.Week;
            if (mayDateAnotherClause && (nearest == null || expression.DistanceTo(trigger) < nearest.DistanceTo(trigger)))
            {
                nearest = expression;
            }
        }
        // The nearest is also the only one when the sentence has a single expression.
        return governing ?? nearest;
    }

    /// <summary>
    /// True when the head chain from the expression's head word reaches <paramref name="trigger"/> before any other verb
    /// or clause head: "on Saturday" in "Russia attacked Kharkiv on Saturday" reaches "attacked" directly, while in
    /// "Police detained the leader, who was freed on Sunday" it stops at "freed".
    /// </summary>
    private static bool InClauseOf(SentenceTokens tokens, TemporalExpression expression, int trigger)
    {
        if (expression.Contains(trigger))
        {
            return false;
        }
        int node = tokens.Anchor(expression.Start, expression.End);
        for (int steps = 0; node >= 0 && steps < tokens.End - tokens.First; steps++)
        {
            int head = tokens.Head(node);
            if (head == trigger)
            {
                return true;
            }
            if (head < 0 || IsClauseHead(tokens, head))
            {
                return false;
            }
            node = head;
        }
        return false;
    }

    // A verb heads its own clause; so does any word attached as a clause (a copular predicate "was a disaster").
    private static bool IsClauseHead(SentenceTokens tokens, int token)
    {
        if (tokens.Upos(token) is UPos.VERB)
        {
            return true;
        }
        string relation = tokens.Relation(token);
        return relation.StartsWith("acl", StringComparison.Ordinal) || relation.StartsWith("advcl", StringComparison.Ordinal)
            || relation.StartsWith("ccomp", StringComparison.Ordinal) || relation.StartsWith("xcomp", StringComparison.Ordinal)
            || relation.StartsWith("csubj", StringComparison.Ordinal) || relation.StartsWith("parataxis", StringComparison.Ordinal);
    }

    // Among expressions in the trigger's clause the most precise wins ("on Saturday" over "last month"), then the nearest.
    private static bool Better(TemporalExpression? current, TemporalExpression candidate, int trigger)
    {
        if (current == null)
        {
            return true;
        }
        if (candidate.Granularity != current.Granularity)
        {
            return candidate.Granularity < current.Granularity;
        }
        return candidate.DistanceTo(trigger) < current.DistanceTo(trigger);
    }
}
