namespace Parley.Coding.Tabari;

/// <summary>
/// TABARI's parse of a record's text: words; a first lexical pass that finds compound actors, so that the commas in
/// "Freedonia, Sylvania, Marsovia and Ruritania" are not taken for clause marks; comma-delimited clauses dropped by length; a
/// second lexical pass on the words left; agents, verbs shifted to nouns, compounds, pronouns; the clauses; and the
/// checks that reject a sentence (discard codes, complexity, too few words).
/// </summary>
internal static class TabariSentenceAnalyzer
{
    private static readonly HashSet<string> ExplicitPassive = new(StringComparer.Ordinal) { "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING" };

    /// <summary>Parses <paramref name="text"/> as of <paramref name="date"/>.</summary>
    public static TabariSentence Analyze(
        string text, DateOnly date, TabariDictionary dictionary, TabariSettings settings, IReadOnlyList<string>? forwarded)
    {
        List<TabariToken> all = TabariTokenizer.Tokenize(text);
        List<TabariItem> first = TabariLexer.Lex(all, dictionary, settings.TimeShift);
        string? special = TabariActorSyntax.ResolveCodes(first, date) == TabariCode.Discard ? TabariCode.Discard : null;
        HashSet<int> compoundCommas = TabariActorSyntax.FindCompounds(first, all);
        bool[] dropped = DropCommaClauses(all, compoundCommas, settings.Commas);
        var tokens = new List<TabariToken>();
        int firstKept = -1;
        for (int i = 0; i < all.Count; i++)
        {
            if (!dropped[i])
            {
                firstKept = firstKept < 0 ? i : firstKept;
                tokens.Add(all[i]);
            }
        }
        List<TabariItem> items = TabariLexer.Lex(tokens, dictionary, settings.TimeShift);
        var sentence = new TabariSentence(tokens, items);
        string? coded = TabariActorSyntax.ResolveCodes(items, date);
        special ??= coded;
        TabariActorSyntax.AttachAgents(items, tokens, settings.ConvertAgents);
        ShiftVerbsToNouns(items, tokens, firstKept == 0, TabariTokenizer.IsAllCaps(text));
        TabariActorSyntax.FindCompounds(items, tokens);
        JoinNounsAndAdjectives(items);
        TabariActorSyntax.DereferencePronouns(items, forwarded);
        sentence.FirstActor = items.FirstOrDefault(i => i.Kind == TabariItemKind.Actor)?.BaseCodes;
        SplitClauses(sentence);
        int words = all.Count(t => !t.IsComma);
        sentence.Rejection = special == TabariCode.Discard ? "discard code"
            : special == TabariCode.Complex ? "complex code"
            : words < settings.MinimumWords ? $"{words} words, fewer than {settings.MinimumWords}"
            : Complexity(sentence, settings);
        return sentence;
    }

    /// <summary>
    /// True when the verb is passive: a form of BE just before it (an adverb may come between) and BY just after it
    /// (a modifier may come between): "Sylvania was (sharply) criticised (again) by Freedonia".
    /// </summary>
    public static bool IsPassive(TabariSentence sentence, TabariItem verb)
    {
        IReadOnlyList<TabariToken> tokens = sentence.Tokens;
        bool be = Enumerable.Range(verb.Head - 2, 2).Any(p => p >= 0 && ExplicitPassive.Contains(tokens[p].Text));
        bool by = Enumerable.Range(verb.Tail + 1, 2).Any(p => p < tokens.Count && tokens[p].Text == "BY");
        return be && by;
    }

    /// <summary>Marks the words of comma-delimited clauses whose length lies within <paramref name="limits"/>.</summary>
    private static bool[] DropCommaClauses(List<TabariToken> tokens, HashSet<int> compoundCommas, TabariCommaLimits? limits)
    {
        var dropped = new bool[tokens.Count];
        List<int> commas = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].IsComma && !compoundCommas.Contains(i)).ToList();
        if (limits is null || commas.Count == 0)
        {
            return dropped;
        }
        int Words(int from, int to) => Enumerable.Range(from, Math.Max(0, to - from)).Count(i => !tokens[i].IsComma);
        void Drop(int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                dropped[i] = true;
            }
        }
        // Commas pair up from the left: a clause between a pair that is short enough goes with its opening comma (the
        // closing one stays, so "with Sylvania, its main rival, officials said" does not make "Sylvania
        // officials"); an unpaired last comma opens a terminal clause. An initial clause takes its comma with it.
        int next = 0;
        int initial = Words(0, commas[0]);
        if (initial >= limits.BeginMinimum && initial <= limits.BeginMaximum)
        {
            Drop(0, commas[0] + 1);
            next = 1;
        }
        while (next < commas.Count)
        {
            if (next + 1 < commas.Count)
            {
                int length = Words(commas[next] + 1, commas[next + 1]);
                bool drop = length >= limits.Minimum && length <= limits.Maximum;
                if (drop)
                {
                    Drop(commas[next], commas[next + 1]);
                }
                next += drop ? 2 : 1;
                continue;
            }
            int terminal = Words(commas[next] + 1, tokens.Count);
            if (terminal >= limits.EndMinimum && terminal <= limits.EndMaximum)
            {
                Drop(commas[next], tokens.Count);
            }
            next++;
        }
        return dropped;
    }

    /// <summary>
    /// A verb is read as a noun when it is capitalised inside the sentence ("plans To Return", unless the whole text
    /// is in capitals) or right after a determiner ("the return", "a protest").
    /// </summary>
    private static void ShiftVerbsToNouns(List<TabariItem> items, IReadOnlyList<TabariToken> tokens, bool startsText, bool allCaps)
    {
        for (int i = 0; i < items.Count; i++)
        {
            TabariItem verb = items[i];
            if (verb.Kind != TabariItemKind.Verb)
            {
                continue;
            }
            bool inside = verb.Head > 0 || !startsText;
            if (!allCaps && inside && tokens[verb.Head].Capitalized)
            {
                verb.Kind = TabariItemKind.Noun;
                continue;
            }
            if (i > 0 && items[i - 1].Kind == TabariItemKind.Determiner)
            {
                verb.Kind = TabariItemKind.Noun;
            }
        }
    }

    /// <summary>A conjunction between nouns ("sheep and evil awful goats") or adjectives ("awful and evil") does not divide clauses.</summary>
    private static void JoinNounsAndAdjectives(List<TabariItem> items)
    {
        for (int i = 1; i + 1 < items.Count; i++)
        {
            TabariItem conjunction = items[i];
            TabariItemKind before = items[i - 1].Kind;
            if (conjunction.Kind != TabariItemKind.Conjunction || conjunction.Joins || before is not (TabariItemKind.Noun or TabariItemKind.Adjective))
            {
                continue;
            }
            int k = i + 1;
            while (before == TabariItemKind.Noun && k < items.Count && items[k].Kind == TabariItemKind.Adjective)
            {
                k++;
            }
            conjunction.Joins = k < items.Count && items[k].Kind == before;
        }
    }

    /// <summary>
    /// Divides the sentence at conjunctions that join no actors, nouns or adjectives. A conjunction between two
    /// untyped words ("a real easy or pleasant place") joins them and divides nothing, unless THEN follows it ("and
    /// then it requested").
    /// </summary>
    private static void SplitClauses(TabariSentence sentence)
    {
        int start = 0;
        List<TabariItem> items = sentence.Items;
        for (int i = 0; i < items.Count; i++)
        {
            TabariItem item = items[i];
            bool between = i > 0 && i + 1 < items.Count && items[i - 1].Kind == TabariItemKind.Word && items[i + 1].Kind == TabariItemKind.Word
                && sentence.Tokens[items[i + 1].Head].Text != "THEN";
            if (item.Kind == TabariItemKind.Conjunction && !item.Joins && item.Head > 0 && !between)
            {
                sentence.Clauses.Add((start, item.Head));
                start = item.Head + 1;
            }
        }
        sentence.Clauses.Add((start, sentence.Tokens.Count));
    }

    /// <summary>TABARI's COMPLEX limits on verbs and clause conjunctions, or null when within them.</summary>
    private static string? Complexity(TabariSentence sentence, TabariSettings settings)
    {
        int verbs = sentence.Items.Count(i => i.Kind == TabariItemKind.Verb);
        int conjunctions = sentence.Clauses.Count - 1;
        if (settings.MaximumVerbs > 0 && verbs >= settings.MaximumVerbs)
        {
            return $"complex: {verbs} verbs";
        }
        if (settings.MaximumConjunctions > 0 && conjunctions >= settings.MaximumConjunctions)
        {
            return $"complex: {conjunctions} conjunctions";
        }
        return null;
    }
}
