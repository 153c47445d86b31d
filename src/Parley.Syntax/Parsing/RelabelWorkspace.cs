namespace Parley.Syntax.Parsing;

/// <summary>Buffers for relabelling one sentence at a time, sized once and reused (no per-token allocation).</summary>
internal sealed class RelabelWorkspace
{
    public RelabelWorkspace(int labelCount)
    {
        Scores = new float[labelCount];
    }

    /// <summary>The tree being relabelled.</summary>
    public RelabelTree Tree { get; } = new();

    /// <summary>Features of the current word.</summary>
    public ulong[] Features { get; } = new ulong[RelabelFeatures.MaxFeatures];

    /// <summary>One score per label.</summary>
    public float[] Scores { get; }

    /// <summary>The new labels by 1-based position, written before they replace the first-stage ones.</summary>
    public int[] Labels { get; private set; } = new int[64];

    /// <summary>Makes <see cref="Labels"/> hold at least <paramref name="size"/> entries.</summary>
    public void Ensure(int size)
    {
        if (Labels.Length < size)
        {
            Labels = new int[Math.Max(size, Labels.Length * 2)];
        }
    }
}
