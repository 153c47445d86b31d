namespace Parley.Web.Health;

/// <summary>The server's state: whether it answers, whether it accepts writes, and what its store holds.</summary>
public sealed record HealthReport(string Status, bool ReadOnly, int SchemaVersion, long Stories, long Sentences, long Events,
    long Errors, DateOnly? FirstDate, DateOnly? LastDate);
