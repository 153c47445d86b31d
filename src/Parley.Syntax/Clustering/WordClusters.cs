using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Parley.Text;

namespace Parley.Syntax.Clustering;

/// <summary>
/// Distributional word classes learned from unlabelled news text (see <see cref="WordClusterer"/>).
/// The tagger and parser use a word's class as a feature, so that a word never seen in the treebank
/// ("Aleppo", "airstrike") still behaves like the words it shares contexts with.
/// </summary>
public sealed class WordClusters
{
    private readonly FrozenDictionary<ulong, ushort> _classes;

    internal WordClusters(IDictionary<ulong, ushort> classes, int count)
    {
        _classes = classes.ToFrozenDictionary();
        Count = count;
    }

    /// <summary>No classes at all (a model trained without unlabelled text).</summary>
    public static WordClusters Empty { get; } = new(new Dictionary<ulong, ushort>(), 0);

    /// <summary>Number of classes.</summary>
    public int Count { get; }

    /// <summary>Number of words with a class.</summary>
    public int WordCount => _classes.Count;

    /// <summary>The class of token <paramref name="index"/> plus one, or 0 when the word has none.</summary>
    public int ClassOf(Document document, int index)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _classes.TryGetValue(UnlabeledCorpus.KeyOf(document, index), out ushort cls) ? cls + 1 : 0;
    }

    /// <summary>True when the word whose lower-case hash is <paramref name="lowerHash"/> has a class.</summary>
    internal bool Contains(ulong lowerHash) => _classes.ContainsKey(lowerHash);

    internal void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        var keys = new List<ulong>(_classes.Keys);
        keys.Sort();
        writer.Write(keys.Count);
        foreach (ulong key in keys)
        {
            writer.Write(key);
            writer.Write(_classes[key]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static WordClusters Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        int words = reader.ReadInt32();
        if (count < 0 || words < 0)
        {
            throw new InvalidDataException("corrupt word class table");
        }
        var classes = new Dictionary<ulong, ushort>(words);
        for (int i = 0; i < words; i++)
        {
            ulong key = reader.ReadUInt64();
            ushort cls = reader.ReadUInt16();
            if (cls >= count)
            {
                throw new InvalidDataException("word class out of range");
            }
            classes[key] = cls;
        }
        return new WordClusters(classes, count);
    }
}
