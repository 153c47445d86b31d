namespace Parley.Tools.Dictionaries;

/// <summary>
/// The hand-curated table from Correlates of War country numbers (used by Archigos and REIGN) to ISO alpha-3
/// codes (curated/cow-codes.tsv). Only the countries listed there get leaders from those sources.
/// </summary>
internal sealed class CowCodes
{
    /// <summary>The table, in the curated directory.</summary>
    public const string FileName = "cow-codes.tsv";

    private readonly Dictionary<int, string> _alpha3 = [];

    /// <summary>Reads the table.</summary>
    public CowCodes(string curatedDirectory)
    {
        foreach (TsvRow row in TsvTable.Read(Path.Combine(curatedDirectory, FileName), 2))
        {
            if (!int.TryParse(row[0], System.Globalization.CultureInfo.InvariantCulture, out int number) || row[1].Length != 3)
            {
                throw row.Error("expected a COW number and an ISO alpha-3 code");
            }
            if (!_alpha3.TryAdd(number, row[1]))
            {
                throw row.Error($"COW number {number} is listed twice");
            }
        }
    }

    /// <summary>The ISO alpha-3 codes in the table.</summary>
    public IEnumerable<string> Alpha3Codes => _alpha3.Values;

    /// <summary>The ISO alpha-3 code of COW number <paramref name="text"/>, or null when it is not in the table.</summary>
    public string? Alpha3(string text) =>
        int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out int number) && _alpha3.TryGetValue(number, out string? code) ? code : null;
}
