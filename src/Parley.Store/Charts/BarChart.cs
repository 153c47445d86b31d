using System.Globalization;
using Parley.Store.Queries;

namespace Parley.Store.Charts;

/// <summary>
/// The SVG chart of a ranking (<c>parley top … --plot out.svg</c>): one horizontal bar per row, longest first as the
/// query orders them, labelled with the key and the event count. A bar is green when its events' mean Goldstein value
/// is positive (cooperation), red when negative (conflict), grey otherwise. Bars carry the class <c>bar</c>.
/// </summary>
public static class BarChart
{
    private const double Width = 960;
    private const double RowHeight = 26;
    private const double Top = 92;
    private const double Bottom = 56;
    private const int MaxLabel = 48;
    private const string Cooperation = "#31a354";
    private const string Conflict = "#de2d26";
    private const string Neutral = "#9e9e9e";
    private const string Muted = "#555555";

    /// <summary>Writes the chart of <paramref name="rows"/> ranking <paramref name="kind"/> to <paramref name="output"/>, which stays open.</summary>
    public static void Write(Stream output, TopKind kind, IReadOnlyList<TopRow> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        string what = kind switch
        {
            TopKind.Actors => "actors",
            TopKind.Dyads => "dyads (source → target)",
            TopKind.Codes => "event codes",
            _ => "places",
        };
        string title = $"Top {rows.Count} {what} by events";
        string[] labels = rows.Select(r => LabelOf(kind, r)).ToArray();
        double height = Top + Math.Max(1, rows.Count) * RowHeight + Bottom;
        string summary = rows.Count == 0 ? "no events" : $"{rows.Sum(r => r.Events)} events in the {rows.Count} rows shown";
        using var svg = new SvgWriter(output, Width, height, title, summary);
        svg.Text(20, 30, title, 18, bold: true);
        if (rows.Count == 0)
        {
            svg.Text(Width / 2, Top + RowHeight, "no events", 24, "middle", "#888888", bold: true);
            return;
        }
        Legend(svg);
        double labelWidth = labels.Max(l => ChartScale.TextWidth(ChartScale.Shorten(l, MaxLabel), 12));
        double left = Math.Min(20 + labelWidth + 10, Width / 2);
        double right = Width - 70;
        DrawRows(svg, rows, labels, left, right);
    }

    private static void DrawRows(SvgWriter svg, IReadOnlyList<TopRow> rows, string[] labels, double left, double right)
    {
        long max = rows.Max(r => r.Events);
        double step = ChartScale.Step(max, 6);
        double top = ChartScale.Top(max, step);
        double bottom = Top + rows.Count * RowHeight;
        double X(double v) => left + v / top * (right - left);
        for (double v = 0; v <= top + step / 2; v += step)
        {
            svg.Line(X(v), Top - 4, X(v), bottom, v == 0 ? "#444444" : "#e0e0e0");
            svg.Text(X(v), bottom + 16, ChartScale.Label(v), 11, "middle", Muted);
        }
        svg.Text((left + right) / 2, bottom + 38, "events", 12, "middle", Muted);
        for (int i = 0; i < rows.Count; i++)
        {
            TopRow row = rows[i];
            double y = Top + i * RowHeight;
            string fill = row.GoldsteinMean switch
            {
                > 0 => Cooperation,
                < 0 => Conflict,
                _ => Neutral,
            };
            string mean = row.GoldsteinMean is { } m ? m.ToString("0.##", CultureInfo.InvariantCulture) : "none";
            svg.Rect(left, y + 4, X(row.Events) - left, RowHeight - 8, fill, "bar",
                $"{labels[i]}: {row.Events} events in {row.Stories} stories, mean Goldstein {mean}");
            svg.Text(left - 8, y + RowHeight / 2 + 4, ChartScale.Shorten(labels[i], MaxLabel), 12, "end");
            svg.Text(X(row.Events) + 6, y + RowHeight / 2 + 4, row.Events.ToString(CultureInfo.InvariantCulture), 11, fill: Muted);
        }
    }

    private static void Legend(SvgWriter svg)
    {
        double x = 20;
        foreach ((string name, string colour) in new[] { ("mean Goldstein > 0 (cooperation)", Cooperation), ("< 0 (conflict)", Conflict), ("0 or none", Neutral) })
        {
            svg.Rect(x, 48, 12, 10, colour, "legend");
            svg.Text(x + 18, 57, name, 11);
            x += 18 + ChartScale.TextWidth(name, 11) + 14;
        }
    }

    /// <summary>The label of a row: the actor; "SOURCE → TARGET"; "CODE name"; "place, COUNTRY".</summary>
    internal static string LabelOf(TopKind kind, TopRow row) => kind switch
    {
        TopKind.Dyads => $"{row.Key} → {row.Detail}",
        TopKind.Codes or TopKind.Places when !string.IsNullOrEmpty(row.Detail) => kind == TopKind.Codes ? $"{row.Key} {row.Detail}" : $"{row.Key}, {row.Detail}",
        _ => row.Key,
    };
}
