namespace Parley.Text.Conllu;

/// <summary>A multiword token range line ("3-4 don't"): a surface token covering words <paramref name="First"/> to <paramref name="Last"/>.</summary>
/// <param name="First">First word id covered.</param>
/// <param name="Last">Last word id covered (inclusive).</param>
/// <param name="Form">Surface form.</param>
/// <param name="Misc">MISC column.</param>
public sealed record ConlluMultiword(int First, int Last, string Form, string Misc)
{
    /// <summary>False when MISC holds <c>SpaceAfter=No</c>.</summary>
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}
