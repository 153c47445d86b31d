namespace Parley.Tools.Gazetteer;

/// <summary>One row of curated/aliases.tsv: another name of a city (by GeoNames id) or of a country (by ISO3).</summary>
/// <param name="Key">GeoNames id, or ISO 3166-1 alpha-3 code of a country row.</param>
/// <param name="Name">The other name.</param>
/// <param name="Line">Line number in the file, for messages.</param>
internal sealed record AliasRow(string Key, string Name, int Line);
