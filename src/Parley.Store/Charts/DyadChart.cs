using System.Globalization;
using Parley.Store.Queries;

namespace Parley.Store.Charts;

/// <summary>
/// The SVG chart of a dyad time series (<c>parley dyad A B --plot out.svg</c>): on top, the events of each period in
/// each direction as paired bars; below, cooperation (quad classes 1–2) stacked up and conflict (3–4) stacked down
/// from a zero line over green and red bands, with the period's mean Goldstein value as a line on a second axis
/// (−10 to +10). Every period between the first and the last is a slot on the time axis, so quiet weeks show as
/// gaps rather than vanishing. Shapes carry a class naming what they show (<c>a-to-b</c>, <c>b-to-a</c>,
/// <c>quad-1</c>…<c>quad-4</c>, <c>goldstein</c>) and a tooltip with the value.
/// </summary>
public static class DyadChart
{
    /// <summary>Past this many periods between the first and last, only periods with events get a slot.</summary>
    public const int MaxSlots = 10_000;

    internal const double Width = 960;
    internal const double Height = 620;
    internal const double PlotLeft = 70;
    internal const double PlotRight = Width - 70;
    internal const double CountTop = 96;
    internal const double CountBottom = 280;
    internal const double ToneTop = 356;
    internal const double ToneBottom = 546;

    internal const string AToBColour = "#1f77b4";
    internal const string BToAColour = "#ff7f0e";
    internal static readonly string[] QuadColours = ["#bdbdbd", "#a1d99b", "#31a354", "#fc9272", "#de2d26"];
    internal static readonly string[] QuadNames = ["neutral", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

    /// <summary>
    /// Writes the chart of <paramref name="periods"/> (as <see cref="DyadQuery.Run"/> returns them: in order, periods
    /// with events only) between <paramref name="a"/> and <paramref name="b"/> to <paramref name="output"/>, which
    /// stays open. No periods give a chart that says "no events".
    /// </summary>
    public static void Write(Stream output, IReadOnlyList<DyadPeriod> periods, string a, string b, PeriodUnit unit)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(periods);
        string nameA = (a ?? "").Trim();
        string nameB = (b ?? "").Trim();
        string title = $"{nameA} and {nameB}: events per {UnitName(unit)}";
        long events = periods.Sum(p => p.Events);
        string summary = periods.Count == 0 ? "no events"
            : $"{Label(periods[0].Period, unit)} to {Label(periods[^1].Period, unit)}: {events} events, "
              + $"{periods.Sum(p => p.AToB)} {nameA} → {nameB}, {periods.Sum(p => p.BToA)} {nameB} → {nameA}";
        using var svg = new SvgWriter(output, Width, Height, title, summary);
        svg.Text(PlotLeft, 30, title, 18, bold: true);
        svg.Text(PlotLeft, 50, summary, 12, fill: "#555555");
        if (periods.Count == 0)
        {
            svg.Text(Width / 2, Height / 2, "no events", 24, "middle", "#888888", bold: true);
            return;
        }
        IReadOnlyList<DyadPeriod?> slots = Slots(periods, unit);
        var panels = new DyadChartPanels(svg, slots, nameA, nameB, unit);
        panels.DrawCounts();
        panels.DrawTone();
        panels.DrawTimeAxis();
    }

    /// <summary>
    /// One slot per period from the first to the last of <paramref name="periods"/>: the period, or null for a period
    /// without events. Over <see cref="MaxSlots"/> periods (a span of centuries by day), the periods alone.
    /// </summary>
    internal static IReadOnlyList<DyadPeriod?> Slots(IReadOnlyList<DyadPeriod> periods, PeriodUnit unit)
    {
        DateOnly first = periods[0].Period;
        DateOnly last = periods[^1].Period;
        if (SlotCount(first, last, unit) > MaxSlots)
        {
            return periods;
        }
        var byDate = periods.ToDictionary(p => p.Period);
        var slots = new List<DyadPeriod?>();
        for (DateOnly d = first; d <= last; d = Next(d, unit))
        {
            slots.Add(byDate.GetValueOrDefault(d));
        }
        return slots;
    }

    /// <summary>The period after <paramref name="period"/> (periods start on a day, Monday, first of month or 1 January).</summary>
    internal static DateOnly Next(DateOnly period, PeriodUnit unit) => unit switch
    {
        PeriodUnit.Day => period.AddDays(1),
        PeriodUnit.Week => period.AddDays(7),
        PeriodUnit.Month => period.AddMonths(1),
        _ => period.AddYears(1),
    };

    /// <summary>How a period is labelled on the time axis.</summary>
    internal static string Label(DateOnly period, PeriodUnit unit) => unit switch
    {
        PeriodUnit.Month => period.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        PeriodUnit.Year => period.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>The unit in words, for titles.</summary>
    internal static string UnitName(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Day => "day",
        PeriodUnit.Week => "week",
        PeriodUnit.Month => "month",
        _ => "year",
    };

    private static long SlotCount(DateOnly first, DateOnly last, PeriodUnit unit)
    {
        long days = last.DayNumber - first.DayNumber;
        return unit switch
        {
            PeriodUnit.Day => days + 1,
            PeriodUnit.Week => days / 7 + 1,
            PeriodUnit.Month => (last.Year - first.Year) * 12L + last.Month - first.Month + 1,
            _ => last.Year - first.Year + 1L,
        };
    }
}
