using Parley.Store.Queries;

namespace Parley.Web.Rankings;

/// <summary>A ranking: the most frequent actors, directed dyads (key = source, detail = target), codes or places.</summary>
public sealed record TopList(string Kind, IReadOnlyList<TopRow> Rows);
