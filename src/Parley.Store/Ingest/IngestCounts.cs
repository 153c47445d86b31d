namespace Parley.Store.Ingest;

/// <summary>Where an ingest stands: stories written, skipped as already stored, failed; events and sentences written.</summary>
/// <param name="NewStories">Stories coded and written.</param>
/// <param name="Skipped">Stories already in the store (or met earlier in the same run), not coded again.</param>
/// <param name="Failed">Inputs or stories that could not be read or coded (recorded in <c>errors</c>).</param>
/// <param name="Events">Events written.</param>
/// <param name="Sentences">Sentences of the stories written.</param>
/// <param name="Elapsed">Time since the ingest started.</param>
public readonly record struct IngestCounts(long NewStories, long Skipped, long Failed, long Events, long Sentences, TimeSpan Elapsed)
{
    /// <summary>New stories per second.</summary>
    public double StoriesPerSecond => Rate(NewStories);

    /// <summary>Events per second.</summary>
    public double EventsPerSecond => Rate(Events);

    private double Rate(long count) => Elapsed.TotalSeconds > 0 ? count / Elapsed.TotalSeconds : 0;
}
