using System.Diagnostics;
using Parley.Text;

namespace Parley.Coding.Matching;

/// <summary>
/// A word trie for multi-word names: finds the longest dictionary phrase that starts at a token. Exact words are
/// followed by hash; a final stem word is looked up by hashing the token's prefixes one character at a time, so
/// a token costs one pass over its characters whatever the number of stems.
/// </summary>
/// <typeparam name="T">The value stored with each phrase.</typeparam>
internal sealed class PhraseTrie<T>
{
    private readonly Node _root = new();

    /// <summary>The number of phrases added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a phrase; a phrase added twice keeps both values, first one first.</summary>
    public void Add(ReadOnlySpan<PhraseWord> words, T value)
    {
        if (words.Length == 0)
        {
            return;
        }
        Node node = _root;
        for (int i = 0; i < words.Length - 1; i++)
        {
            node = node.ExactChild(words[i].Hash, create: true)!;
        }
        PhraseWord last = words[^1];
        if (last.IsStem)
        {
            node.AddStem(last, value);
        }
        else
        {
            node.ExactChild(last.Hash, create: true)!.AddValue(value);
        }
        Count++;
    }

    /// <summary>
    /// The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="limit"/>:
    /// returns its end (exclusive) and its values, or -1 when none matches. Exact and stem matches of the same
    /// length: the exact one wins.
    /// </summary>
    public int MatchLongest(Document document, int start, int limit, out IReadOnlyList<T> values)
    {
        Debug.Assert(start >= 0 && limit <= document.TokenCount);
        ReadOnlySpan<ulong> hashes = document.LowerHashes;
        Node node = _root;
        int bestEnd = -1;
        IReadOnlyList<T> best = [];
        for (int t = start; t < limit; t++)
        {
            if (node.HasStems && node.FindStem(document.TokenText(t)) is { } stemValues)
            {
                bestEnd = t + 1;
                best = stemValues;
            }
            Node? next = node.ExactChild(hashes[t], create: false);
            if (next is null)
            {
                break;
            }
            if (next.Values is { } exactValues)
            {
                bestEnd = t + 1;
                best = exactValues;
            }
            node = next;
        }
        values = best;
        return bestEnd;
    }

    private sealed class Node
    {
        private Dictionary<ulong, Node>? _children;
        private Dictionary<ulong, List<T>>? _stems;
        private int _shortestStem = int.MaxValue;
        private int _longestStem;
        private List<T>? _values;

        public IReadOnlyList<T>? Values => _values;

        public bool HasStems => _stems is not null;

        public Node? ExactChild(ulong hash, bool create)
        {
            if (_children is not null && _children.TryGetValue(hash, out Node? child))
            {
                return child;
            }
            if (!create)
            {
                return null;
            }
            _children ??= [];
            child = new Node();
            _children[hash] = child;
            return child;
        }

        public void AddValue(T value) => (_values ??= []).Add(value);

        public void AddStem(PhraseWord word, T value)
        {
            _stems ??= [];
            if (!_stems.TryGetValue(word.Hash, out List<T>? list))
            {
                list = [];
                _stems[word.Hash] = list;
            }
            list.Add(value);
            _shortestStem = Math.Min(_shortestStem, word.Text.Length);
            _longestStem = Math.Max(_longestStem, word.Text.Length);
        }

        /// <summary>The values of the longest stem that <paramref name="token"/> starts with (or equals).</summary>
        public IReadOnlyList<T>? FindStem(ReadOnlySpan<char> token)
        {
            Debug.Assert(_stems is not null);
            ulong hash = StableHash.Seed;
            IReadOnlyList<T>? found = null;
            int end = Math.Min(token.Length, _longestStem);
            for (int i = 0; i < end; i++)
            {
                hash = StableHash.AppendLower(hash, token[i]);
                if (i + 1 >= _shortestStem && _stems.TryGetValue(hash, out List<T>? list))
                {
                    found = list;
                }
            }
            return found;
        }
    }
}
