namespace Parley.Tools.SyntheticStore;

/// <summary>What a generation wrote.</summary>
/// <param name="Stories">Stories written.</param>
/// <param name="Events">Events written.</param>
/// <param name="Sentences">Sentences of the stories.</param>
/// <param name="Elapsed">Wall time, store creation and closing included.</param>
/// <param name="FileBytes">Size of the store file after closing.</param>
internal sealed record SyntheticReport(long Stories, long Events, long Sentences, TimeSpan Elapsed, long FileBytes)
{
    /// <summary>Megabytes (10^6 bytes) of file per million events.</summary>
    public double MegabytesPerMillionEvents => Events == 0 ? 0 : FileBytes / 1e6 / (Events / 1e6);
}
