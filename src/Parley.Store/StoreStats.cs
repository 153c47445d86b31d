namespace Parley.Store;

/// <summary>What a store holds (<c>parley stats</c>).</summary>
/// <param name="Stories">Stories stored.</param>
/// <param name="Sentences">Sentences of those stories.</param>
/// <param name="Events">Events stored.</param>
/// <param name="Errors">Errors recorded.</param>
/// <param name="FirstDate">The earliest event date, or null.</param>
/// <param name="LastDate">The latest event date, or null.</param>
/// <param name="SchemaVersion">The store's schema version.</param>
public sealed record StoreStats(long Stories, long Sentences, long Events, long Errors, DateOnly? FirstDate, DateOnly? LastDate, int SchemaVersion);
