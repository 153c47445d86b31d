namespace Parley.Coding.Tabari;

/// <summary>
/// The actor side of TABARI's parse: date-resolved actor codes, agents joined to their actors, compound actors, and
/// pronouns dereferenced to the sentence's first actor.
/// </summary>
internal static class TabariActorSyntax
{
    private static readonly HashSet<string> AgentLinks = new(StringComparer.Ordinal) { "OF", "IN", "FROM", "FOR", "AT", "FORMER" };
    private const string FormerAgent = "~ELI";

    /// <summary>
    /// Gives actors and agents their codes for <paramref name="date"/>. A null-coded actor ("BOROMIR [---]", or a
    /// date block that says so) becomes a noun. Returns the special code met (### or +++), or null.
    /// </summary>
    public static string? ResolveCodes(List<TabariItem> items, DateOnly date)
    {
        string? special = null;
        foreach (TabariItem item in items)
        {
            if (item.Root is not { } root || item.Kind is not (TabariItemKind.Actor or TabariItemKind.Agent or TabariItemKind.Time))
            {
                if (item.Kind == TabariItemKind.Verb && item.Root?.Verb?.Code.Primary == TabariCode.Discard)
                {
                    special = TabariCode.Discard;
                }
                continue;
            }
            IReadOnlyList<string>? codes = TabariDatedCode.Resolve(root.Codes, date);
            if (codes is null || codes.Count == 0 || codes.Contains(TabariCode.Null))
            {
                item.Kind = TabariItemKind.Noun;
                continue;
            }
            if (codes.Contains(TabariCode.Discard) || codes.Contains(TabariCode.Complex))
            {
                special = special == TabariCode.Discard || codes.Contains(TabariCode.Discard) ? TabariCode.Discard : TabariCode.Complex;
                item.Kind = TabariItemKind.Noun;
                continue;
            }
            item.Codes = codes.ToList();
            item.BaseCodes = codes.ToList();
        }
        return special;
    }

    /// <summary>
    /// Joins each agent to an actor: the actor just before it ("Freedonia's president", "Sylvania security officials"),
    /// else the actor just after it, across OF, IN, FROM and a determiner ("envoys of Sylvania", "rights
    /// groups in Marsovia"). "Former" before either makes the agent ELI. An agent with no actor is an actor of its
    /// own when <paramref name="convert"/> is set ("Monks protested" → ~REL), else a noun.
    /// </summary>
    public static void AttachAgents(List<TabariItem> items, IReadOnlyList<TabariToken> tokens, bool convert)
    {
        for (int i = 0; i < items.Count; i++)
        {
            TabariItem agent = items[i];
            if (agent.Kind != TabariItemKind.Agent)
            {
                continue;
            }
            string code = agent.Codes.Count > 0 ? agent.Codes[0] : "";
            TabariItem? actor = ActorBefore(items, i, tokens) ?? ActorAfter(items, i, tokens);
            if (actor is not null)
            {
                bool former = IsFormer(tokens, agent.Head - 1) || IsFormer(tokens, actor.Head - 1);
                string applied = former ? FormerAgent : code;
                actor.Codes = actor.Codes.Select(c => Compose(c, applied)).ToList();
                agent.Kind = TabariItemKind.Noun;
            }
            else if (convert && code.Length > 0)
            {
                agent.Kind = TabariItemKind.Actor;
                agent.Codes = [code];
                agent.BaseCodes = [code];
            }
            else
            {
                agent.Kind = TabariItemKind.Noun;
            }
        }
    }

    /// <summary>
    /// Adds an agent code to an actor code in TABARI's three-letter blocks: "~GOVPRS" is a suffix, "NGO~" a prefix, and
    /// a block the actor already has is not added again (FREGOV + ~GOV = FREGOV), counting aligned blocks only (FRNGOV + ~NGO = FRNGOVNGO).
    /// </summary>
    public static string Compose(string actor, string agent)
    {
        bool prefix = agent.EndsWith('~');
        string blocks = agent.Trim('~', ' ');
        var have = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 3 <= actor.Length; i += 3)
        {
            have.Add(actor.Substring(i, 3));
        }
        var added = new System.Text.StringBuilder();
        for (int i = 0; i < blocks.Length; i += 3)
        {
            string block = blocks.Substring(i, Math.Min(3, blocks.Length - i));
            if (!have.Contains(block))
            {
                added.Append(block);
            }
        }
        return prefix ? added + actor : actor + added;
    }

    /// <summary>
    /// Finds compound actors: actors joined by AND, OR, NOR (not BUT) or commas with a conjunction before the last
    /// ("Freedonia, Sylvania, Marsovia and Ruritania"), each allowing determiners and adjectives ("and the proud old Marsovia").
    /// Marks their conjunctions as joining and returns the positions of the commas inside them.
    /// </summary>
    public static HashSet<int> FindCompounds(List<TabariItem> items, IReadOnlyList<TabariToken> tokens)
    {
        var commas = new HashSet<int>();
        int group = 0;
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Kind != TabariItemKind.Actor || items[i].Group >= 0)
            {
                continue;
            }
            var members = new List<TabariItem> { items[i] };
            var separators = new List<TabariItem>();
            List<TabariItem> committed = [items[i]];
            List<TabariItem> committedSeparators = [];
            int next = i + 1;
            while (next < items.Count)
            {
                int k = next;
                var found = new List<TabariItem>();
                bool conjunction = false;
                if (k < items.Count && items[k].Kind == TabariItemKind.Comma)
                {
                    found.Add(items[k++]);
                }
                if (k < items.Count && items[k].Kind == TabariItemKind.Conjunction && tokens[items[k].Head].Text != "BUT")
                {
                    conjunction = true;
                    found.Add(items[k++]);
                }
                List<TabariItem> actors = Phrase(items, tokens, ref k);
                if (found.Count == 0 || actors.Count == 0)
                {
                    break;
                }
                members.AddRange(actors);
                separators.AddRange(found);
                next = k;
                if (conjunction)
                {
                    committed = [.. members];
                    committedSeparators = [.. separators];
                }
            }
            if (committed.Count < 2)
            {
                continue;
            }
            foreach (TabariItem member in committed)
            {
                member.Group = group;
            }
            foreach (TabariItem separator in committedSeparators)
            {
                separator.Joins = true;
                if (separator.Kind == TabariItemKind.Comma)
                {
                    commas.Add(separator.Head);
                }
            }
            group++;
        }
        return commas;
    }

    /// <summary>
    /// Dereferences pronouns to the sentence's first actor before them, compound and agent included ("Freedonia's
    /// minister said he regretted" → FREGOV); with none, to <paramref name="forwarded"/> (the previous sentence's).
    /// </summary>
    public static void DereferencePronouns(List<TabariItem> items, IReadOnlyList<string>? forwarded)
    {
        TabariItem? first = items.FirstOrDefault(i => i.Kind == TabariItemKind.Actor);
        foreach (TabariItem pronoun in items.Where(i => i.Kind == TabariItemKind.Pronoun))
        {
            if (first is not null && first.Head < pronoun.Head)
            {
                List<TabariItem> unit = first.Group < 0 ? [first] : items.Where(i => i.Group == first.Group).ToList();
                pronoun.Codes = TabariSentence.CodesOf(unit);
            }
            else if (forwarded is { Count: > 0 })
            {
                pronoun.Codes = forwarded.ToList();
            }
        }
    }

    /// <summary>
    /// The actors of one member phrase from <paramref name="k"/>: determiners and adjectives, an actor, and further
    /// actors joined to it by a possessive ("Sylvania's Queen Anna") or by adjectives ("the proud Sylvania old Marsovia", which
    /// TABARI reads as one member phrase); two bare actors side by side are not one phrase.
    /// </summary>
    private static List<TabariItem> Phrase(List<TabariItem> items, IReadOnlyList<TabariToken> tokens, ref int k)
    {
        var actors = new List<TabariItem>();
        while (true)
        {
            int modifiers = 0;
            int m = k;
            while (m < items.Count && items[m].Kind is TabariItemKind.Determiner or TabariItemKind.Adjective)
            {
                m++;
                modifiers++;
            }
            bool possessive = actors.Count > 0 && tokens[actors[^1].Tail].Text.EndsWith("'S", StringComparison.Ordinal);
            bool joined = actors.Count == 0 || modifiers > 0 || possessive;
            if (m >= items.Count || items[m].Kind != TabariItemKind.Actor || !joined)
            {
                return actors;
            }
            actors.Add(items[m]);
            k = m + 1;
        }
    }

    private static TabariItem? ActorBefore(List<TabariItem> items, int agent, IReadOnlyList<TabariToken> tokens)
    {
        int k = agent - 1;
        if (k >= 0 && items[k].Kind == TabariItemKind.Word && IsFormer(tokens, items[k].Head))
        {
            k--;
        }
        return k >= 0 && items[k].Kind == TabariItemKind.Actor ? items[k] : null;
    }

    private static TabariItem? ActorAfter(List<TabariItem> items, int agent, IReadOnlyList<TabariToken> tokens)
    {
        for (int k = agent + 1, steps = 0; k < items.Count && steps <= 3; k++, steps++)
        {
            TabariItem item = items[k];
            if (item.Kind == TabariItemKind.Actor)
            {
                return item;
            }
            bool link = item.Kind == TabariItemKind.Determiner || (item.Kind == TabariItemKind.Word && AgentLinks.Contains(tokens[item.Head].Text));
            if (!link)
            {
                return null;
            }
        }
        return null;
    }

    private static bool IsFormer(IReadOnlyList<TabariToken> tokens, int position) =>
        position >= 0 && position < tokens.Count && tokens[position].Text == "FORMER";
}
