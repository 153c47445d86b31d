using System.Diagnostics;
using Parley.Coding.Dictionaries;
using Parley.Coding.Lexicon;
using Parley.Coding.Matching;
using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// Matches a trigger's verb patterns against the words of its own clause, in order on each side of the verb:
/// in "Arnor agreed on Tuesday to a ceasefire with Gondor" the clause of "agreed" holds "on Tuesday to a ceasefire
/// with Gondor", so <c>- * (TO &amp;CEASEFIRE) [0356]</c> matches ("to", then "ceasefire") while words of other
/// clauses (reported speech, adverbial clauses, relative clauses) cannot. The most specific matching pattern wins.
/// </summary>
internal sealed class PatternMatcher
{
    private readonly List<int> _clause = [];
    private ulong[] _lemmaHashes = new ulong[64];
    private int _first;

    /// <summary>Prepares lemma hashes for the sentence of <paramref name="graph"/> (patterns match forms or lemmas).</summary>
    public void Load(SentenceGraph graph)
    {
        _first = graph.First;
        int count = graph.End - graph.First;
        if (_lemmaHashes.Length < count)
        {
            _lemmaHashes = new ulong[count * 2];
        }
        for (int t = graph.First; t < graph.End; t++)
        {
            _lemmaHashes[t - _first] = StableHash.OfLower(graph.Lemma(t));
        }
    }

    /// <summary>The best match of <paramref name="senses"/> at <paramref name="trigger"/>, or null when no sense applies.</summary>
    public PatternMatch? Match(SentenceGraph graph, int trigger, IReadOnlyList<VerbSense> senses, bool wholeSentence, Action<string>? trace)
    {
        CollectClause(graph, trigger, wholeSentence);
        int[] clause = _clause.ToArray();
        PatternMatch? best = null;
        int bestScore = -1;
        foreach (VerbSense sense in senses)
        {
            if (!HasParticles(graph, trigger, sense))
            {
                trace?.Invoke($"  {sense.Entry.Text}: particles missing");
                continue;
            }
            // A phrasal verb that is present outranks the bare verb; then patterns outrank the default code, and
            // longer patterns shorter ones; ties go to the sense listed first.
            int senseBonus = sense.Particles.Length * 1000;
            if (sense.DefaultCode is { } code && senseBonus > bestScore)
            {
                best = new PatternMatch(sense, null, code, -1, false, -1, true, trigger, clause);
                bestScore = senseBonus;
            }
            foreach (CompiledPattern pattern in sense.Patterns)
            {
                PatternMatch? match = TryPattern(graph, trigger, sense, pattern, clause);
                if (match is null)
                {
                    continue;
                }
                trace?.Invoke($"  matched {match.Rule} -> {pattern.Code}");
                int score = senseBonus + 1 + pattern.WordCount;
                if (score > bestScore)
                {
                    best = match;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private PatternMatch? TryPattern(SentenceGraph graph, int trigger, VerbSense sense, CompiledPattern pattern, int[] clause)
    {
        int pivot = _clause.IndexOf(trigger);
        Debug.Assert(pivot >= 0);
        int sourceAnchor = -1;
        int targetAnchor = -1;
        bool sourceForward = false;
        bool targetForward = true;
        int last = trigger;
        int cursor = pivot + 1;
        foreach (PatternElement element in pattern.After)
        {
            if (!Step(graph, element, forward: true, ref cursor, ref sourceAnchor, ref targetAnchor, ref last,
                ref sourceForward, ref targetForward))
            {
                return null;
            }
        }
        cursor = pivot - 1;
        foreach (PatternElement element in pattern.Before)
        {
            if (!Step(graph, element, forward: false, ref cursor, ref sourceAnchor, ref targetAnchor, ref last,
                ref sourceForward, ref targetForward))
            {
                return null;
            }
        }
        return new PatternMatch(sense, pattern, pattern.Code, sourceAnchor, sourceForward, targetAnchor, targetForward, last, clause);
    }

    private bool Step(SentenceGraph graph, PatternElement element, bool forward, ref int cursor, ref int sourceAnchor,
        ref int targetAnchor, ref int last, ref bool sourceForward, ref bool targetForward)
    {
        if (element.Kind == PatternElementKind.Compound)
        {
            return true;
        }
        if (element.Kind != PatternElementKind.Words)
        {
            int anchor = cursor >= 0 && cursor < _clause.Count ? _clause[cursor] : -1;
            if (element.Kind == PatternElementKind.Source)
            {
                (sourceAnchor, sourceForward) = (anchor, forward);
            }
            else
            {
                (targetAnchor, targetForward) = (anchor, forward);
            }
            return true;
        }
        int step = forward ? 1 : -1;
        for (int i = cursor; i >= 0 && i < _clause.Count; i += step)
        {
            if (element.Adjacent && i != cursor)
            {
                return false;
            }
            int matchedEnd = MatchAt(graph, element, _clause[i], forward);
            if (matchedEnd >= 0)
            {
                last = forward ? Math.Max(last, matchedEnd) : last;
                cursor = i + step;
                while (cursor >= 0 && cursor < _clause.Count && (forward ? _clause[cursor] <= matchedEnd : _clause[cursor] >= matchedEnd))
                {
                    cursor += step;
                }
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether one of the element's word sequences occurs at <paramref name="token"/> (reading forwards, or ending
    /// there reading backwards); returns the token at the other end of the sequence, or -1.
    /// </summary>
    private int MatchAt(SentenceGraph graph, PatternElement element, int token, bool forward)
    {
        foreach (PhraseWord[] words in element.Alternatives)
        {
            int start = forward ? token : token - words.Length + 1;
            if (start < graph.First || start + words.Length > graph.End)
            {
                continue;
            }
            bool all = true;
            for (int w = 0; w < words.Length && all; w++)
            {
                all = WordMatches(graph, words[w], start + w);
            }
            if (all)
            {
                return forward ? start + words.Length - 1 : start;
            }
        }
        return -1;
    }

    private bool WordMatches(SentenceGraph graph, PhraseWord word, int token) =>
        word.Matches(graph.Document.TokenText(token), graph.Document.LowerHashes[token])
        || word.Hash == _lemmaHashes[token - _first];

    private bool HasParticles(SentenceGraph graph, int trigger, VerbSense sense)
    {
        int position = trigger + 1;
        foreach (PhraseWord particle in sense.Particles)
        {
            int found = -1;
            for (int t = position; t < Math.Min(graph.End, position + 4) && found < 0; t++)
            {
                if (WordMatches(graph, particle, t))
                {
                    found = t;
                }
            }
            if (found < 0)
            {
                return false;
            }
            position = found + 1;
        }
        return true;
    }

    /// <summary>The trigger's subtree without the clauses that have their own events or speakers.</summary>
    private void CollectClause(SentenceGraph graph, int trigger, bool wholeSentence)
    {
        _clause.Clear();
        if (wholeSentence)
        {
            for (int t = graph.First; t < graph.End; t++)
            {
                _clause.Add(t);
            }
            return;
        }
        Collect(graph, trigger, trigger, depth: 0);
        _clause.Sort();
    }

    private void Collect(SentenceGraph graph, int token, int trigger, int depth)
    {
        _clause.Add(token);
        if (depth > 40)
        {
            return;
        }
        for (int c = graph.FirstChild(token); c >= 0; c = graph.NextSibling(c))
        {
            string relation = graph.Relation(c);
            bool ownClause = relation is "ccomp" or "advcl" or "parataxis" or "csubj" or "acl:relcl" or "discourse"
                or "list" or "reparandum" or "vocative" or "dislocated"
                || (relation == "conj" && graph.Upos(c) is UPos.VERB);
            if (!ownClause)
            {
                Collect(graph, c, trigger, depth + 1);
            }
        }
    }
}
