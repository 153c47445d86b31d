namespace Parley.Tools.Gazetteer;

/// <summary>What the generator left out or approximated, for the header of the output file.</summary>
internal sealed class GenerationReport
{
    /// <summary>Cities left out by feature code, as "Name (CC, FEATURE)".</summary>
    public List<string> LeftOutCities { get; } = [];

    /// <summary>Countries left out for want of coordinates, as "ISO3 Name".</summary>
    public List<string> LeftOutCountries { get; } = [];

    /// <summary>Countries whose coordinates come from another city than the named capital.</summary>
    public List<string> CoordinatesFromOtherCity { get; } = [];
}
