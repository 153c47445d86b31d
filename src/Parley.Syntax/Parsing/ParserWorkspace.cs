namespace Parley.Syntax.Parsing;

/// <summary>Buffers for parsing one sentence at a time, sized once and reused (no per-token allocation).</summary>
internal sealed class ParserWorkspace
{
    public ParserWorkspace(int labelCount)
    {
        LabelScores = new float[2 * labelCount];
    }

    public ParserState State { get; } = new();

    public ParserInput Input { get; } = new();

    public ulong[] TransitionFeatures { get; } = new ulong[ParserFeatures.MaxTransitionFeatures];

    public ulong[] LabelFeatures { get; } = new ulong[ParserFeatures.MaxLabelFeatures];

    public float[] TransitionScores { get; } = new float[4];

    public float[] LabelScores { get; }

    public int TransitionFeatureCount { get; set; }

    public int LabelFeatureCount { get; set; }

    /// <summary>How many of the transition features are pair templates (they come first).</summary>
    public int PairTransitionFeatureCount { get; set; }

    /// <summary>How many of the label features are pair templates (they come first).</summary>
    public int PairLabelFeatureCount { get; set; }

    private BeamSearch? _beam;

    /// <summary>The beam of the given width, created on first use.</summary>
    public BeamSearch Beam(int width)
    {
        if (_beam == null || _beam.Width != width)
        {
            _beam = new BeamSearch(width, LabelScores.Length / 2);
        }
        return _beam;
    }
}
