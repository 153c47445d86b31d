using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Coding.Tabari;

/// <summary>
/// TABARI's <c>COMMA:</c> option: a comma-delimited clause is dropped before coding when its length in words lies
/// within the limits for its place: between two commas (MIN..MAX), from the sentence start to the first comma
/// (BMIN..BMAX) or from the last comma to the end (EMIN..EMAX). "Freedonia renewed ties with Sylvania, a year after
/// rioters stormed its consulate, a spokesman said" keeps only "Freedonia renewed ties with Sylvania".
/// </summary>
internal sealed partial record TabariCommaLimits(int Minimum, int Maximum, int BeginMinimum, int BeginMaximum, int EndMinimum, int EndMaximum)
{
    /// <summary>TABARI's defaults: internal and terminal clauses of 2 to 10 words; initial clauses are kept.</summary>
    public static TabariCommaLimits Default { get; } = new(2, 10, 255, 0, 2, 10);

    /// <summary>The limits of a <c>COMMA:</c> value ("MIN = 4 MAX = 6 ..."), the defaults when empty, null for OFF.</summary>
    public static TabariCommaLimits? Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Trim().Equals("OFF", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        TabariCommaLimits limits = Default;
        foreach (Match match in Setting().Matches(value.ToUpperInvariant()))
        {
            int number = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            limits = match.Groups[1].Value switch
            {
                "MIN" => limits with { Minimum = number },
                "MAX" => limits with { Maximum = number },
                "BMIN" => limits with { BeginMinimum = number },
                "BMAX" => limits with { BeginMaximum = number },
                "EMIN" => limits with { EndMinimum = number },
                _ => limits with { EndMaximum = number },
            };
        }
        return limits;
    }

    [GeneratedRegex(@"\b(MIN|MAX|BMIN|BMAX|EMIN|EMAX)\s*=\s*(\d+)")]
    private static partial Regex Setting();
}
