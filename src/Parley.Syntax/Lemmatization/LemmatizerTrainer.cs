using Parley.Text;

namespace Parley.Syntax.Lemmatization;

/// <summary>Builds a <see cref="Lemmatizer"/> from (form, XPOS, lemma) triples of a treebank.</summary>
internal sealed class LemmatizerTrainer
{
    private readonly Dictionary<ulong, Dictionary<string, int>> _exact = new();
    private readonly Dictionary<ulong, Dictionary<SuffixRule, int>> _rules = new();

    public void Add(string form, string xpos, string lemma)
    {
        if (lemma.Length == 0 || lemma == "_")
        {
            return;
        }
        ulong tag = StableHash.Of(xpos);
        Count(_exact, StableHash.Combine(StableHash.OfLower(form), tag), string.Intern(lemma));
        string lower = form.ToLowerInvariant();
        string lowerLemma = lemma.ToLowerInvariant();
        int common = 0;
        while (common < lower.Length && common < lowerLemma.Length && lower[common] == lowerLemma[common])
        {
            common++;
        }
        if (common == 0)
        {
            return;
        }
        var rule = new SuffixRule(lower.Length - common, string.Intern(lowerLemma[common..]));
        for (int length = 1; length <= Math.Min(Lemmatizer.MaxSuffix, lower.Length - 1); length++)
        {
            Count(_rules, Lemmatizer.RuleKey(tag, lower.AsSpan(lower.Length - length)), rule);
        }
    }

    public Lemmatizer Build()
    {
        var exact = new Dictionary<ulong, string>();
        foreach (var (key, counts) in _exact)
        {
            exact[key] = MostFrequent(counts).Value;
        }
        var rules = new Dictionary<ulong, SuffixRule>();
        foreach (var (key, counts) in _rules)
        {
            var (rule, count) = MostFrequent(counts);
            // A rule must be attested twice so that one-off typos do not become rules.
            if (count >= 2)
            {
                rules[key] = rule;
            }
        }
        return new Lemmatizer(exact, rules);
    }

    private static (T Value, int Count) MostFrequent<T>(Dictionary<T, int> counts) where T : notnull
    {
        T best = default!;
        int bestCount = -1;
        foreach (var (value, count) in counts)
        {
            if (count > bestCount)
            {
                best = value;
                bestCount = count;
            }
        }
        return (best, bestCount);
    }

    private static void Count<T>(Dictionary<ulong, Dictionary<T, int>> map, ulong key, T value) where T : notnull
    {
        if (!map.TryGetValue(key, out var counts))
        {
            counts = new Dictionary<T, int>();
            map[key] = counts;
        }
        counts[value] = counts.TryGetValue(value, out int c) ? c + 1 : 1;
    }
}
