using Parley.Coding.Dictionaries;
using Parley.Coding.Matching;

namespace Parley.Coding.Lexicon;

/// <summary>
/// Flattens parsed verb patterns into <see cref="CompiledPattern"/>s: groups (<c>{…}</c>, <c>(…)</c>) become their
/// words in order, <c>&amp;SET</c> references become the alternatives of one element (members may be phrases or
/// refer to other sets), and TABARI's <c>{ A | B }</c> becomes one element with both branches.
/// </summary>
internal sealed class PatternCompiler
{
    /// <summary>Bounds the alternatives one element can expand to, so a set that refers to itself cannot loop.</summary>
    private const int MaxAlternatives = 512;

    private readonly Dictionary<string, SynonymSet> _sets = new(StringComparer.Ordinal);
    private readonly PhraseSplitter _splitter;

    public PatternCompiler(IEnumerable<SynonymSet> sets, PhraseSplitter splitter)
    {
        foreach (SynonymSet set in sets)
        {
            _sets.TryAdd(set.Name, set);
        }
        _splitter = splitter;
    }

    public CompiledPattern Compile(VerbPattern pattern)
    {
        var before = new List<PatternElement>();
        var after = new List<PatternElement>();
        bool seenVerb = false;
        bool adjacent = false;
        foreach (PatternToken token in Flatten(pattern.Tokens))
        {
            if (token.Kind == PatternTokenKind.Verb)
            {
                // "*_OUT": the verb's connector binds the first word after it.
                seenVerb = true;
                adjacent = token.Connected;
                continue;
            }
            // Before the verb the words are matched nearest first, so a word's own connector binds it to the next
            // word towards the verb: "RECENTLY_*" wants "recently" right before the verb ("recently did allow" is
            // no match); after it, the previous word's connector binds it ("*_OUT").
            PatternElement? element = ToElement(token, seenVerb ? adjacent : token.Connected);
            adjacent = token.Connected;
            if (element is not null)
            {
                (seenVerb ? after : before).Add(element);
            }
        }
        before.Reverse();
        return new CompiledPattern(before.ToArray(), after.ToArray(), pattern.Code, pattern);
    }

    /// <summary>The word sequences a synonym-set member or group stands for.</summary>
    public List<PhraseWord[]> Sequences(IReadOnlyList<PatternToken> tokens, int depth)
    {
        var results = new List<PhraseWord[]> { Array.Empty<PhraseWord>() };
        foreach (PatternToken token in tokens)
        {
            List<PhraseWord[]> options = Options(token, depth);
            if (options.Count == 0)
            {
                continue;
            }
            var next = new List<PhraseWord[]>();
            foreach (PhraseWord[] prefix in results)
            {
                foreach (PhraseWord[] option in options)
                {
                    if (next.Count < MaxAlternatives)
                    {
                        next.Add([.. prefix, .. option]);
                    }
                }
            }
            results = next;
        }
        return results;
    }

    private static IEnumerable<PatternToken> Flatten(IEnumerable<PatternToken> tokens)
    {
        foreach (PatternToken token in tokens)
        {
            if (token.Kind is PatternTokenKind.NounPhrase or PatternTokenKind.PrepositionalPhrase)
            {
                foreach (PatternToken child in Flatten(token.Children))
                {
                    yield return child;
                }
            }
            else
            {
                yield return token;
            }
        }
    }

    private PatternElement? ToElement(PatternToken token, bool adjacent)
    {
        switch (token.Kind)
        {
            case PatternTokenKind.Source:
                return new PatternElement(PatternElementKind.Source, [], adjacent);
            case PatternTokenKind.Target:
                return new PatternElement(PatternElementKind.Target, [], adjacent);
            case PatternTokenKind.Compound:
                return new PatternElement(PatternElementKind.Compound, [], adjacent);
            case PatternTokenKind.Skip:
                return new PatternElement(PatternElementKind.Skip, [], adjacent);
            default:
                List<PhraseWord[]> options = Options(token, depth: 0);
                options.RemoveAll(o => o.Length == 0);
                return options.Count == 0 ? null : new PatternElement(PatternElementKind.Words, options.ToArray(), adjacent);
        }
    }

    private List<PhraseWord[]> Options(PatternToken token, int depth)
    {
        switch (token.Kind)
        {
            case PatternTokenKind.Word:
                return [_splitter.Split(token.Text, lastIsStem: !token.Exact)];
            case PatternTokenKind.SetReference:
                return SetOptions(token.Text, depth);
            case PatternTokenKind.NounPhrase:
            case PatternTokenKind.PrepositionalPhrase:
            case PatternTokenKind.Alternative:
                return Sequences(token.Children, depth);
            case PatternTokenKind.Alternatives:
                return token.Children.SelectMany(c => Sequences(c.Children, depth)).Take(MaxAlternatives).ToList();
            default:
                return [];
        }
    }

    private List<PhraseWord[]> SetOptions(string name, int depth)
    {
        if (depth > 8 || !_sets.TryGetValue(name, out SynonymSet? set))
        {
            return [];
        }
        var options = new List<PhraseWord[]>();
        foreach (SetMember member in set.Members)
        {
            options.AddRange(Sequences(member.Tokens, depth + 1));
            if (options.Count >= MaxAlternatives)
            {
                break;
            }
        }
        return options;
    }
}
