using System.Collections.Frozen;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Parley.Syntax.Clustering;
using Parley.Syntax.Learning;
using Parley.Text;

namespace Parley.Syntax.Tagging;

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger predicting (UPOS, XPOS) pairs. Frequent words
/// that always had one tag in training skip the classifier (a closed-class shortcut that is both
/// faster and slightly more accurate). The second pass revisits only the words whose first-pass tag
/// won by less than <see cref="RefineMargin"/>: in "Turkey plans to build a wall", the bundled tagger's
/// first pass makes "plans" a verb (VBZ) by 2.9 score units over a plural noun, so the second pass tags it
/// again with "to build" in view, while "build" and "wall", far ahead of any other tag, keep theirs.
/// </summary>
public sealed class Tagger
{
    /// <summary>Version of the tagger part: 3 added <see cref="RefineMargin"/>; older parts refine every word.</summary>
    internal const int FormatVersion = 3;

    private readonly LinearModel _model;
    private readonly LinearModel? _refiner;
    private readonly FrozenDictionary<ulong, int> _fixedTags;
    private readonly FrozenDictionary<ulong, ulong> _ambiguity;

    internal Tagger(TagSet tags, LinearModel model, LinearModel? refiner, IDictionary<ulong, int> fixedTags, IDictionary<ulong, ulong> ambiguity, WordClusters clusters, float refineMargin = float.PositiveInfinity)
    {
        ValidateMargin(refineMargin, nameof(refineMargin));
        RefineMargin = refineMargin;
        Clusters = clusters;
        Tags = tags;
        _model = model;
        _refiner = refiner;
        _fixedTags = fixedTags.ToFrozenDictionary();
        _ambiguity = ambiguity.ToFrozenDictionary();
    }

    // Shares every table with the tagger it copies: only the margin is new.
    private Tagger(Tagger tagger, float refineMargin)
    {
        RefineMargin = refineMargin;
        Clusters = tagger.Clusters;
        Tags = tagger.Tags;
        _model = tagger._model;
        _refiner = tagger._refiner;
        _fixedTags = tagger._fixedTags;
        _ambiguity = tagger._ambiguity;
    }

    /// <summary>
    /// The second pass revisits a word only when its first-pass tag beat the runner-up by less than this (score
    /// units); <see cref="float.PositiveInfinity"/> revisits every word. Chosen on EWT dev with the tagger trained on
    /// train alone: at 10 the second pass scores 8% of the words it scored before and tags better (UPOS 95.28
    /// against 95.18), since a confident first-pass tag is more often right than the second pass's change of it.
    /// </summary>
    public float RefineMargin { get; }

    /// <summary>This tagger with another <see cref="RefineMargin"/> (positive; infinity refines every word).</summary>
    public Tagger WithRefineMargin(float refineMargin)
    {
        ValidateMargin(refineMargin, nameof(refineMargin));
        return new Tagger(this, refineMargin);
    }

    private static void ValidateMargin(float margin, string name)
    {
        if (!ScoreMargin.IsValid(margin))
        {
            throw new ArgumentOutOfRangeException(name, margin, "a refine margin is positive (infinity refines every word)");
        }
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
    /// pass that also sees the first pass's tags to the right, for the words whose first-pass tag won by less than
    /// <see cref="RefineMargin"/>. <paramref name="lookahead"/> and <paramref name="margins"/> are scratch of at least
    /// the sentence's length.
    /// </summary>
    internal void Predict(TokenFeatureBuffer buffer, Span<int> classes, Span<int> lookahead, Span<float> margins, Span<float> scores, Span<ulong> features)
    {
        int n = buffer.Count;
        FirstPass(buffer, classes, margins, scores, features);
        if (_refiner == null)
        {
            return;
        }
        classes[..n].CopyTo(lookahead);
        SecondPass(buffer, classes, lookahead[..n], margins, scores, features);
    }

    // Tags left to right; margins[i] is how far the tag of word i beat the runner-up (infinite for a fixed tag).
    private void FirstPass(TokenFeatureBuffer buffer, Span<int> classes, Span<float> margins, Span<float> scores, Span<ulong> features)
    {
        Span<float> classScores = scores[..Tags.Count];
        for (int i = 0; i < buffer.Count; i++)
        {
            if (_fixedTags.TryGetValue(buffer.Cased[i], out int fixedTag))
            {
                classes[i] = fixedTag;
                margins[i] = float.PositiveInfinity;
                continue;
            }
            int count = TaggerFeatures.Extract(buffer, i, classes, features);
            classScores.Clear();
            _model.AddScores(features[..count], classScores);
            classes[i] = ArgMax(classScores, out margins[i]);
        }
    }

    // Revisits the words the first pass was unsure of, left to right, seeing the first pass's tags to the right.
    private void SecondPass(TokenFeatureBuffer buffer, Span<int> classes, ReadOnlySpan<int> lookahead, ReadOnlySpan<float> margins, Span<float> scores, Span<ulong> features)
    {
        Debug.Assert(_refiner != null, "a second pass needs its model");
        Span<float> classScores = scores[..Tags.Count];
        for (int i = 0; i < buffer.Count; i++)
        {
            if (margins[i] >= RefineMargin)
            {
                continue;
            }
            int count = TaggerFeatures.ExtractRefine(buffer, i, classes, lookahead, features);
            classScores.Clear();
            _refiner.AddScores(features[..count], classScores);
            classes[i] = ScoreRanking.Best(classScores);
        }
    }

    // The best class and how far it scored above the runner-up (infinitely with a single class).
    private static int ArgMax(ReadOnlySpan<float> scores, out float margin)
    {
        int best = ScoreRanking.TopTwo(scores, out int second);
        margin = second == best ? float.PositiveInfinity : scores[best] - scores[second];
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
        writer.Write(RefineMargin);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Tagger Read(BinaryReader reader, int version)
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
        WordClusters clusters = WordClusters.Read(reader);
        float refineMargin = version >= 3 ? reader.ReadSingle() : float.PositiveInfinity;
        if (!ScoreMargin.IsValid(refineMargin))
        {
            throw new InvalidDataException($"refine margin {refineMargin} is not positive");
        }
        return new Tagger(tags, model, refiner, fixedTags, ambiguity, clusters, refineMargin);
    }
}
