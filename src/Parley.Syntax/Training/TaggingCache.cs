using System.IO.Compression;
using Parley.Syntax.Tagging;
using Parley.Text;

namespace Parley.Syntax.Training;

/// <summary>
/// Keeps a trained tagger and the jackknifed tags of the training sentences in one file, so that a
/// parser experiment does not retrain the tagger (see <see cref="SyntaxTrainingOptions.TaggingCache"/>).
/// The file carries a fingerprint of the training sentences and tagger options; a mismatch means
/// "no cache" rather than an error, so a stale file is simply rebuilt.
/// </summary>
internal static class TaggingCache
{
    private const string Magic = "PARLEY-TAGCACHE-2";

    public static bool TryRead(string path, IReadOnlyList<TreebankSentence> train, ulong options, out Tagger tagger, out int[][] tags)
    {
        tagger = null!;
        tags = null!;
        if (!File.Exists(path))
        {
            return false;
        }
        try
        {
            using var stream = new ZLibStream(File.OpenRead(path), CompressionMode.Decompress);
            using var reader = new BinaryReader(stream);
            if (reader.ReadString() != Magic || reader.ReadUInt64() != Fingerprint(train, options))
            {
                return false;
            }
            tagger = Tagger.Read(reader, Tagger.FormatVersion);
            tags = new int[train.Count][];
            for (int s = 0; s < train.Count; s++)
            {
                tags[s] = new int[reader.ReadInt32()];
                for (int i = 0; i < tags[s].Length; i++)
                {
                    tags[s][i] = reader.ReadByte();
                }
            }
            return true;
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or OverflowException)
        {
            // A truncated or foreign file is a cache miss: the tagger is trained again and the file rewritten.
            return false;
        }
    }

    public static void Write(string path, IReadOnlyList<TreebankSentence> train, ulong options, Tagger tagger, int[][] tags)
    {
        using var stream = new ZLibStream(File.Create(path), CompressionLevel.Fastest);
        using var writer = new BinaryWriter(stream);
        writer.Write(Magic);
        writer.Write(Fingerprint(train, options));
        tagger.Write(writer);
        foreach (int[] sentence in tags)
        {
            writer.Write(sentence.Length);
            foreach (int tag in sentence)
            {
                writer.Write((byte)tag);
            }
        }
    }

    /// <summary>
    /// Every token's text and the sentence boundaries, combined with <paramref name="options"/>: what a training cache
    /// must match (this one and <see cref="TrainingTrees"/>' jackknifed parses).
    /// </summary>
    internal static ulong Fingerprint(IReadOnlyList<TreebankSentence> train, ulong options)
    {
        ulong hash = StableHash.Combine(options, (ulong)train.Count);
        foreach (TreebankSentence sentence in train)
        {
            Document doc = sentence.Document;
            for (int i = 0; i < doc.TokenCount; i++)
            {
                hash = StableHash.Combine(hash, StableHash.Of(doc.TokenText(i)));
            }
            hash = StableHash.Combine(hash, (ulong)doc.TokenCount);
        }
        return hash;
    }
}
