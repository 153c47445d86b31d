using System.IO.Compression;
using Parley.Syntax.Parsing;
using Parley.Syntax.Tagging;
using Parley.Text;

namespace Parley.Syntax.Training;

/// <summary>
/// Predicted trees of the training sentences (heads and label ids by 1-based position, in the final parser's label
/// set) for the relabeller to learn from. Can be kept in a file like <see cref="TaggingCache"/>: a fingerprint of
/// the sentences and options guards it, and a mismatch or damaged file only means the trees are parsed again.
/// </summary>
internal sealed class TrainingTrees
{
    private const string Magic = "PARLEY-TREES-1";

    public TrainingTrees(int count)
    {
        Heads = new int[count][];
        Labels = new int[count][];
    }

    /// <summary>Heads by sentence, then 1-based position (0: the root word).</summary>
    public int[][] Heads { get; }

    /// <summary>Label ids by sentence, then 1-based position.</summary>
    public int[][] Labels { get; }

    /// <summary>
    /// Parses the sentences at <paramref name="indices"/> with <paramref name="parser"/> on the training tags and
    /// stores their trees, mapping the parser's labels by name onto <paramref name="target"/>.
    /// </summary>
    public void Parse(DependencyParser parser, IReadOnlyList<TreebankSentence> train, int[][] tags, Tagger tagger, IEnumerable<int> indices, LabelSet target)
    {
        var buffer = new TokenFeatureBuffer();
        var w = new ParserWorkspace(parser.Labels.Count);
        var map = new int[parser.Labels.Count];
        for (int l = 0; l < map.Length; l++)
        {
            map[l] = target.Find(parser.Labels[l]);
        }
        foreach (int s in indices)
        {
            int n = train[s].Length;
            buffer.Load(train[s].Document, 0, n, tagger.Ambiguity, tagger.Clusters);
            w.Input.Load(train[s].Document, 0, tags[s], buffer, tagger.Tags);
            parser.Parse(w);
            Heads[s] = new int[n + 1];
            Labels[s] = new int[n + 1];
            for (int i = 1; i <= n; i++)
            {
                Heads[s][i] = Math.Max(0, w.State.Head[i]);
                Labels[s][i] = w.State.Label[i] < 0 ? -1 : map[w.State.Label[i]];
            }
        }
    }

    /// <summary>Reads trees written by <see cref="Write"/> for the same sentences and options, or returns null.</summary>
    public static TrainingTrees? TryRead(string path, IReadOnlyList<TreebankSentence> train, ulong options)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            using var stream = new ZLibStream(File.OpenRead(path), CompressionMode.Decompress);
            using var reader = new BinaryReader(stream);
            if (reader.ReadString() != Magic || reader.ReadUInt64() != TaggingCache.Fingerprint(train, options))
            {
                return null;
            }
            var trees = new TrainingTrees(train.Count);
            for (int s = 0; s < train.Count; s++)
            {
                int n = train[s].Length;
                trees.Heads[s] = new int[n + 1];
                trees.Labels[s] = new int[n + 1];
                for (int i = 1; i <= n; i++)
                {
                    trees.Heads[s][i] = reader.ReadInt16();
                    trees.Labels[s][i] = reader.ReadSByte();
                }
            }
            return trees;
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException)
        {
            return null;
        }
    }

    /// <summary>Writes the trees with a fingerprint of <paramref name="train"/> and <paramref name="options"/>.</summary>
    public void Write(string path, IReadOnlyList<TreebankSentence> train, ulong options)
    {
        using var stream = new ZLibStream(File.Create(path), CompressionLevel.Fastest);
        using var writer = new BinaryWriter(stream);
        writer.Write(Magic);
        writer.Write(TaggingCache.Fingerprint(train, options));
        for (int s = 0; s < train.Count; s++)
        {
            for (int i = 1; i < Heads[s].Length; i++)
            {
                writer.Write((short)Heads[s][i]);
                writer.Write((sbyte)Labels[s][i]);
            }
        }
    }
}
