using System.Collections.Frozen;
using Parley.Syntax.Clustering;
using Parley.Syntax.Learning;
using Parley.Text;

namespace Parley.Syntax.Tagging;

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger predicting (UPOS, XPOS) pairs. Frequent words
/// that always had one tag in training skip the classifier (a closed-class shortcut that is both
/// faster and slightly more accurate).
/// </summary>
public sealed class Tagger
{
    private readonly LinearModel _model;
    private readonly LinearModel? _refiner;
    private readonly FrozenDictionary<ulong, int> _fixedTags;
    private readonly FrozenDictionary<ulong, ulong> _ambiguity;

    internal Tagger(TagSet tags, LinearModel model, LinearModel? refiner, IDictionary<ulong, int> fixedTags, IDictionary<ulong, ulong> ambiguity, WordClusters clusters)
    {
        Clusters = clusters;
        Tags = tags;
        _model = model;
        _refiner = refiner;
        _fixedTags = fixedTags.ToFrozenDictionary();
        _ambiguity = ambiguity.ToFrozenDictionary();
    }

    /// <summary>Distributional word classes used as features by the tagger and the parser.</summary>
    public WordClusters Clusters { get; }

    /// <summary>Word hash → hash of the set of tags the word took in training (frequent words only).</summary>
    internal IReadOnlyDictionary<ulong, ulong> Ambiguity => _ambiguity;

    /// <summary>The tag classes.</summary>
    public TagSet Tags { get; }

    internal LinearModel Model => _model;

    internal LinearModel? Refiner => _refiner;

    internal IReadOnlyDictionary<ulong, int> FixedTags => _fixedTags;

    /// <summary>
    /// Tags the tokens whose hashes are loaded in <paramref name="buffer"/>, writing classes into
    /// <paramref name="classes"/>: a first left-to-right pass, then (when the model has one) a second
    /// pass that also sees the first pass's tags to the right. <paramref name="lookahead"/> is scratch.
    /// </summary>
    internal void Predict(TokenFeatureBuffer buffer, Span<int> classes, Span<int> lookahead, Span<float> scores, Span<ulong> features)
    {
        int n = buffer.Count;
        Pass(_model, buffer, classes, ReadOnlySpan<int>.Empty, scores, features);
        if (_refiner == null)
        {
            return;
        }
        classes[..n].CopyTo(lookahead);
        Pass(_refiner, buffer, classes, lookahead[..n], scores, features);
    }

    private void Pass(LinearModel model, TokenFeatureBuffer buffer, Span<int> classes, ReadOnlySpan<int> lookahead, Span<float> scores, Span<ulong> features)
    {
        Span<float> classScores = scores[..Tags.Count];
        for (int i = 0; i < buffer.Count; i++)
        {
            if (_fixedTags.TryGetValue(buffer.Cased[i], out int fixedTag))
            {
                classes[i] = fixedTag;
                continue;
            }
            int count = lookahead.Length == 0
                ? TaggerFeatures.Extract(buffer, i, classes, features)
                : TaggerFeatures.ExtractRefine(buffer, i, classes, lookahead, features);
            classScores.Clear();
            model.AddScores(features[..count], classScores);
            classes[i] = ArgMax(classScores);
        }
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        float bestScore = scores[0];
        for (int c = 1; c < scores.Length; c++)
        {
            if (scores[c] > bestScore)
            {
                bestScore = scores[c];
                best = c;
            }
        }
        return best;
    }

    internal void Write(BinaryWriter writer)
    {
        Tags.Write(writer);
        _model.Write(writer);
        writer.Write(_refiner != null);
        _refiner?.Write(writer);
        var entries = new List<KeyValuePair<ulong, int>>(_fixedTags);
        entries.Sort((a, b) => a.Key.CompareTo(b.Key));
        writer.Write(entries.Count);
        foreach (var (key, tag) in entries)
        {
            writer.Write(key);
            writer.Write((byte)tag);
        }
        var classes = new List<KeyValuePair<ulong, ulong>>(_ambiguity);
        classes.Sort((a, b) => a.Key.CompareTo(b.Key));
        writer.Write(classes.Count);
        foreach (var (key, value) in classes)
        {
            writer.Write(key);
            writer.Write(value);
        }
        Clusters.Write(writer);
    }

    internal static Tagger Read(BinaryReader reader)
    {
        TagSet tags = TagSet.Read(reader);
        LinearModel model = LinearModel.Read(reader);
        LinearModel? refiner = reader.ReadBoolean() ? LinearModel.Read(reader) : null;
        int count = reader.ReadInt32();
        var fixedTags = new Dictionary<ulong, int>(count);
        for (int i = 0; i < count; i++)
        {
            ulong key = reader.ReadUInt64();
            int tag = reader.ReadByte();
            if (tag >= tags.Count)
            {
                throw new InvalidDataException("tag dictionary refers to an unknown tag");
            }
            fixedTags[key] = tag;
        }
        int ambiguityCount = reader.ReadInt32();
        var ambiguity = new Dictionary<ulong, ulong>(Math.Max(0, ambiguityCount));
        for (int i = 0; i < ambiguityCount; i++)
        {
            ulong key = reader.ReadUInt64();
            ambiguity[key] = reader.ReadUInt64();
        }
        return new Tagger(tags, model, refiner, fixedTags, ambiguity, WordClusters.Read(reader));
    }
}
