using System.Collections.Frozen;
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
    private readonly FrozenDictionary<ulong, int> _fixedTags;
    private readonly FrozenDictionary<ulong, ulong> _ambiguity;

    internal Tagger(TagSet tags, LinearModel model, IDictionary<ulong, int> fixedTags, IDictionary<ulong, ulong> ambiguity)
    {
        Tags = tags;
        _model = model;
        _fixedTags = fixedTags.ToFrozenDictionary();
        _ambiguity = ambiguity.ToFrozenDictionary();
    }

    /// <summary>Word hash → hash of the set of tags the word took in training (frequent words only).</summary>
    internal IReadOnlyDictionary<ulong, ulong> Ambiguity => _ambiguity;

    /// <summary>The tag classes.</summary>
    public TagSet Tags { get; }

    internal LinearModel Model => _model;

    internal IReadOnlyDictionary<ulong, int> FixedTags => _fixedTags;

    /// <summary>Tags the tokens whose hashes are loaded in <paramref name="buffer"/>, writing classes into <paramref name="classes"/>.</summary>
    internal void Predict(Document document, int firstToken, TokenFeatureBuffer buffer, Span<int> classes, Span<float> scores, Span<ulong> features)
    {
        int n = buffer.Count;
        Span<float> classScores = scores[..Tags.Count];
        for (int i = 0; i < n; i++)
        {
            if (_fixedTags.TryGetValue(StableHash.Of(document.TokenText(firstToken + i)), out int fixedTag))
            {
                classes[i] = fixedTag;
                continue;
            }
            int count = TaggerFeatures.Extract(buffer, i, classes, features);
            classScores.Clear();
            _model.AddScores(features[..count], classScores);
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
    }

    internal static Tagger Read(BinaryReader reader)
    {
        TagSet tags = TagSet.Read(reader);
        LinearModel model = LinearModel.Read(reader);
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
        return new Tagger(tags, model, fixedTags, ambiguity);
    }
}
