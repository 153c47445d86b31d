using System.Globalization;

namespace Parley.Store.Output;

/// <summary>How a cell value is written as text: invariant culture, ISO dates, shortest round-trip doubles, "" for null.</summary>
public static class CellText
{
    /// <summary>The text of <paramref name="value"/>.</summary>
    public static string Of(object? value) => value switch
    {
        null => "",
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
