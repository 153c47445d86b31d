namespace Parley.Coding.Tabari;

/// <summary>
/// Finds the source and target of a coded verb (see <see cref="TabariEventCoder"/>) and writes its events: every
/// source member with every target member, the reverse event of a paired code ("ARRIVE [032:033]": the visitor
/// visits, the host receives), and for a pattern's <c>%</c> compound every member with every other.
/// </summary>
internal static class TabariParticipants
{
    /// <summary>The events of <paramref name="reading"/>; <paramref name="source"/> is the source used, for the next clause.</summary>
    public static List<(string Source, string Target, string Code)> Events(
        TabariSentence sentence, TabariVerbReading reading, (int Start, int End) clause, TabariSettings settings,
        List<string>? previousSource, out List<string>? source)
    {
        TabariCode code = reading.Code;
        source = null;
        foreach (List<TabariItem> compound in reading.Bindings.Compounds)
        {
            List<string> members = TabariSentence.CodesOf(compound);
            if (members.Count >= 2)
            {
                source = members;
                return Pairs(members, members, code);
            }
        }
        (List<string>? from, List<string>? to) = Find(sentence, reading, clause, settings, previousSource);
        source = from;
        return from is null || to is null ? [] : Pairs(from, to, code);
    }

    private static (List<string>? Source, List<string>? Target) Find(
        TabariSentence sentence, TabariVerbReading reading, (int Start, int End) clause, TabariSettings settings, List<string>? previousSource)
    {
        TabariItem verb = reading.Verb;
        TabariBindings bindings = reading.Bindings;
        HashSet<TabariItem> excluded = bindings.Skipped;
        List<TabariItem>? source = bindings.Source;
        List<TabariItem>? target = bindings.Target;
        if (source is null && target is null && TabariSentenceAnalyzer.IsPassive(sentence, verb))
        {
            source = FirstAfter(sentence, verb.Tail, clause, excluded, null);
            target = FirstBefore(sentence, verb, clause, excluded);
            return (Codes(source), Codes(target));
        }
        excluded.UnionWith(target ?? []);
        source ??= FirstBefore(sentence, verb, clause, excluded);
        List<string>? sourceCodes = Codes(source);
        int after = verb.Tail;
        if (sourceCodes is null)
        {
            sourceCodes = previousSource ?? (settings.DefaultSourcePrior && settings.DefaultSource is { } prior ? [prior] : null);
        }
        if (sourceCodes is null && NextActor(sentence, verb.Tail, clause, excluded) is { } later)
        {
            // No actor before the verb: the first actor after it is the source, and the target comes after that.
            sourceCodes = later.Codes;
            source = [later];
            after = later.Tail;
        }
        sourceCodes ??= settings.DefaultSource is { } fallback ? [fallback] : null;
        if (target is not null || sourceCodes is null)
        {
            return (sourceCodes, Codes(target));
        }
        var notAfter = new HashSet<TabariItem>(excluded);
        notAfter.UnionWith(source ?? []);
        List<TabariItem>? found = FirstAfter(sentence, after, clause, notAfter, sourceCodes);
        if (found is null && settings.DefaultTargetAfter && settings.DefaultTarget is { } afterDefault)
        {
            return (sourceCodes, [afterDefault]);
        }
        if (found is null && TargetBefore(sentence, verb, clause, excluded, source, sourceCodes) is { } before)
        {
            return (before.Source, before.Target);
        }
        return (sourceCodes, Codes(found) ?? (settings.DefaultTarget is { } last ? [last] : null));
    }

    /// <summary>
    /// A target among the actors before the verb: the nearest that is not the source, in the clause and then in the
    /// sentence ("Freedonia urged Sylvania to help it": FRE → SYL), alone even when it ends a compound. One that is a
    /// member of the source's compound is taken from it ("Freedonia and Sylvania renewed ties" with no actor after the
    /// verb: FRE → SYL).
    /// </summary>
    private static (List<string> Source, List<string> Target)? TargetBefore(
        TabariSentence sentence, TabariItem verb, (int Start, int End) clause, HashSet<TabariItem> excluded, List<TabariItem>? source, List<string> sourceCodes)
    {
        TabariItem? head = source?.MinBy(i => i.Head);
        foreach (int from in new[] { clause.Start, 0 })
        {
            for (int k = sentence.Items.Count - 1; k >= 0; k--)
            {
                TabariItem item = sentence.Items[k];
                if (!item.IsActor || item.Head < from || item.Head >= verb.Head || item == head || excluded.Contains(item) || Same(item.Codes, sourceCodes))
                {
                    continue;
                }
                return source is not null && source.Contains(item)
                    ? (Codes(source.Where(i => i != item).ToList())!, item.Codes)
                    : (sourceCodes, item.Codes);
            }
        }
        return null;
    }

    private static List<TabariItem>? FirstBefore(TabariSentence sentence, TabariItem verb, (int Start, int End) clause, HashSet<TabariItem> excluded)
    {
        TabariItem? first = sentence.Items.FirstOrDefault(i => i.IsActor && i.Head >= clause.Start && i.Head < verb.Head && !excluded.Contains(i));
        return first is null ? null : sentence.Unit(first).Where(i => !excluded.Contains(i)).ToList();
    }

    private static List<TabariItem>? FirstAfter(
        TabariSentence sentence, int position, (int Start, int End) clause, HashSet<TabariItem> excluded, List<string>? notCodes)
    {
        foreach (TabariItem item in sentence.Items)
        {
            if (item.IsActor && item.Head > position && item.Head < clause.End && !excluded.Contains(item))
            {
                List<TabariItem> unit = sentence.Unit(item).Where(i => !excluded.Contains(i)).ToList();
                if (notCodes is null || !Same(TabariSentence.CodesOf(unit), notCodes))
                {
                    return unit;
                }
                excluded.UnionWith(unit);
            }
        }
        return null;
    }

    private static TabariItem? NextActor(TabariSentence sentence, int position, (int Start, int End) clause, HashSet<TabariItem> excluded) =>
        sentence.Items.FirstOrDefault(i => i.IsActor && i.Head > position && i.Head < clause.End && !excluded.Contains(i));

    private static List<string>? Codes(List<TabariItem>? unit) => unit is { Count: > 0 } ? TabariSentence.CodesOf(unit) : null;

    private static bool Same(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b) => a.Count == b.Count && a.All(b.Contains);

    private static List<(string, string, string)> Pairs(List<string> sources, List<string> targets, TabariCode code)
    {
        var events = new List<(string, string, string)>();
        foreach (string s in sources)
        {
            foreach (string t in targets)
            {
                if (s == t)
                {
                    continue;
                }
                events.Add((s, t, code.Primary));
                if (code.Paired is { } paired)
                {
                    events.Add((t, s, paired));
                }
            }
        }
        return events;
    }
}
