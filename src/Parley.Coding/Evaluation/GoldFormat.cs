namespace Parley.Coding.Evaluation;

/// <summary>The layouts of event gold standards that <see cref="GoldReader"/> reads.</summary>
public enum GoldFormat
{
    /// <summary>PLOVER gold records: a JSON array of coded sentences (<c>plover_gsr_cameo_dev.json</c>).</summary>
    Plover,

    /// <summary>The ICEWS CAMEO codebook: a CSV with one example sentence per CAMEO code (<c>cameo-codes.csv</c>).</summary>
    IcewsCodebook,
}
