namespace Parley.Tools.Dictionaries;

/// <summary>What the countries file leaves out, for its header and the tool's summary.</summary>
internal sealed class CountryReport
{
    /// <summary>Two- and three-letter codes among the alternative spellings, not used.</summary>
    public int IsoCodesSkipped { get; set; }

    /// <summary>Names in non-Latin scripts, or with commas or parentheses, not used.</summary>
    public int UnusableSkipped { get; set; }

    /// <summary>One-word names that English writes in lower case, not used ("ISLAND (ISL alternative spelling)").</summary>
    public List<string> CommonWords { get; } = [];

    /// <summary>Names shared by several countries and given to none ("DOMINICAN (DMA DOM)").</summary>
    public List<string> Ambiguous { get; } = [];

    /// <summary>Names shared by a state and a dependency, given to the state.</summary>
    public List<string> GivenToState { get; } = [];

    /// <summary>Names removed by the curated table.</summary>
    public List<string> CuratedSkips { get; } = [];
}
