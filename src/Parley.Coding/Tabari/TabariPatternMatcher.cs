namespace Parley.Coding.Tabari;

/// <summary>
/// Matches a verb pattern against a clause the way TABARI does: the elements before <c>*</c> backwards from the verb,
/// those after it forwards from the verb's last word; an element joined by <c>_</c> must be next to its neighbour,
/// otherwise words may come between. A literal matches any word of the clause (even one inside an actor phrase);
/// an actor token takes the nearest actor (a compound whole); synonym sets and alternatives try each member.
/// </summary>
internal sealed class TabariPatternMatcher
{
    private readonly TabariSentence sentence;
    private readonly TabariDictionary dictionary;
    private readonly int start;
    private readonly int end;
    private readonly TabariBindings bindings = new();

    /// <summary>Synonym sets may contain sets ("&amp;TIES" with a member "&amp;KINDS_TIES"); this bounds a set that contains itself.</summary>
    private const int MaximumNesting = 16;
    private int nesting;

    private TabariPatternMatcher(TabariSentence sentence, TabariDictionary dictionary, int start, int end)
    {
        this.sentence = sentence;
        this.dictionary = dictionary;
        this.start = start;
        this.end = end;
    }

    /// <summary>The bindings when <paramref name="pattern"/> matches <paramref name="verb"/> in the clause [start, end), else null.</summary>
    public static TabariBindings? Match(
        TabariPattern pattern, TabariItem verb, TabariSentence sentence, TabariDictionary dictionary, int start, int end)
    {
        var matcher = new TabariPatternMatcher(sentence, dictionary, start, end);
        bool lowerFirstAtOnce = pattern.Lower.Count > 0 && pattern.Lower[0].FollowsAtOnce;
        bool matched = matcher.Backward(pattern.Upper, pattern.Upper.Count - 1, verb.Head - 1, pattern.VerbFollowsAtOnce,
            _ => matcher.Forward(pattern.Lower, 0, verb.Tail + 1, lowerFirstAtOnce, _ => true));
        return matched ? matcher.bindings : null;
    }

    private bool Forward(IReadOnlyList<TabariElement> sequence, int index, int position, bool firstAtOnce, Func<int, bool> then)
    {
        if (index == sequence.Count)
        {
            return then(position);
        }
        TabariElement element = sequence[index];
        bool atOnce = index == 0 ? firstAtOnce : element.FollowsAtOnce;
        return ForwardOne(element, position, atOnce, next => Forward(sequence, index + 1, next, false, then));
    }

    private bool ForwardOne(TabariElement element, int position, bool atOnce, Func<int, bool> then)
    {
        switch (element.Kind)
        {
            case TabariElementKind.Word:
                for (int p = position; p < end; p++)
                {
                    if (TabariWordMatcher.MatchesPattern(sentence.Tokens[p].Text, element.Text, element.Open) && then(p + 1))
                    {
                        return true;
                    }
                    if (atOnce)
                    {
                        break;
                    }
                }
                return false;
            case TabariElementKind.Synset:
            case TabariElementKind.Alternatives:
                return AnyMember(element, member => Forward(member, 0, position, atOnce, then));
            default:
                List<TabariItem>? unit = NextUnit(position);
                if (unit is null || (atOnce && TabariSentence.Start(unit) != position))
                {
                    return false;
                }
                return Bind(element.Kind, unit, () => then(TabariSentence.End(unit) + 1));
        }
    }

    private bool Backward(IReadOnlyList<TabariElement> sequence, int index, int position, bool lastAtOnce, Func<int, bool> then)
    {
        if (index < 0)
        {
            return then(position);
        }
        TabariElement element = sequence[index];
        bool atOnce = index == sequence.Count - 1 ? lastAtOnce : sequence[index + 1].FollowsAtOnce;
        return BackwardOne(element, position, atOnce, next => Backward(sequence, index - 1, next, false, then));
    }

    private bool BackwardOne(TabariElement element, int position, bool atOnce, Func<int, bool> then)
    {
        switch (element.Kind)
        {
            case TabariElementKind.Word:
                for (int p = position; p >= start; p--)
                {
                    if (TabariWordMatcher.MatchesPattern(sentence.Tokens[p].Text, element.Text, element.Open) && then(p - 1))
                    {
                        return true;
                    }
                    if (atOnce)
                    {
                        break;
                    }
                }
                return false;
            case TabariElementKind.Synset:
            case TabariElementKind.Alternatives:
                return AnyMember(element, member => Backward(member, member.Count - 1, position, atOnce, then));
            default:
                List<TabariItem>? unit = PreviousUnit(position);
                if (unit is null || (atOnce && TabariSentence.End(unit) != position))
                {
                    return false;
                }
                return Bind(element.Kind, unit, () => then(TabariSentence.Start(unit) - 1));
        }
    }

    private bool AnyMember(TabariElement element, Func<IReadOnlyList<TabariElement>, bool> matches)
    {
        if (nesting >= MaximumNesting)
        {
            return false;
        }
        nesting++;
        IReadOnlyList<IReadOnlyList<TabariElement>> members = element.Kind == TabariElementKind.Synset ? dictionary.Synset(element.Text) : element.Alternatives;
        bool any = members.Any(matches);
        nesting--;
        return any;
    }

    private bool Bind(TabariElementKind kind, List<TabariItem> unit, Func<bool> then)
    {
        bindings.Made.Add((kind, unit));
        if (then())
        {
            return true;
        }
        bindings.Made.RemoveAt(bindings.Made.Count - 1);
        return false;
    }

    /// <summary>The first actor unit that starts at or after <paramref name="position"/> within the clause.</summary>
    private List<TabariItem>? NextUnit(int position)
    {
        foreach (TabariItem item in sentence.Items)
        {
            if (item.IsActor && item.Head >= position && item.Head < end)
            {
                List<TabariItem> unit = sentence.Unit(item);
                return TabariSentence.Start(unit) >= position ? unit : [item];
            }
        }
        return null;
    }

    /// <summary>The nearest actor unit that ends at or before <paramref name="position"/> within the clause.</summary>
    private List<TabariItem>? PreviousUnit(int position)
    {
        TabariItem? best = null;
        foreach (TabariItem item in sentence.Items)
        {
            if (item.IsActor && item.Tail <= position && item.Head >= start && (best is null || item.Tail > best.Tail))
            {
                best = item;
            }
        }
        if (best is null)
        {
            return null;
        }
        List<TabariItem> unit = sentence.Unit(best);
        return TabariSentence.End(unit) <= position && TabariSentence.Start(unit) >= start ? unit : [best];
    }
}
