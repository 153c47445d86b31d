using System.Globalization;
using Parley.Store.Queries;
using static Parley.Store.Charts.DyadChart;

namespace Parley.Store.Charts;

/// <summary>Draws the two panels and the shared time axis of a <see cref="DyadChart"/> over its period slots.</summary>
internal sealed class DyadChartPanels
{
    private const string Grid = "#e0e0e0";
    private const string Axis = "#444444";
    private const string Muted = "#555555";

    private readonly SvgWriter _svg;
    private readonly IReadOnlyList<DyadPeriod?> _slots;
    private readonly string _a;
    private readonly string _b;
    private readonly PeriodUnit _unit;
    private readonly double _slotWidth;

    public DyadChartPanels(SvgWriter svg, IReadOnlyList<DyadPeriod?> slots, string a, string b, PeriodUnit unit)
    {
        _svg = svg;
        _slots = slots;
        _a = a;
        _b = b;
        _unit = unit;
        _slotWidth = (PlotRight - PlotLeft) / slots.Count;
    }

    /// <summary>The upper panel: events A→B and B→A side by side in each slot.</summary>
    public void DrawCounts()
    {
        Heading(CountTop, "Events by direction",
            [($"{_a} → {_b}", AToBColour, false), ($"{_b} → {_a}", BToAColour, false)]);
        long max = _slots.Max(p => p is null ? 0 : Math.Max(p.AToB, p.BToA));
        double step = ChartScale.Step(max, 5);
        double top = ChartScale.Top(max, step);
        double Y(double v) => CountBottom - v / top * (CountBottom - CountTop);
        for (double v = 0; v <= top + step / 2; v += step)
        {
            _svg.Line(PlotLeft, Y(v), PlotRight, Y(v), v == 0 ? Axis : Grid);
            _svg.Text(PlotLeft - 6, Y(v) + 4, ChartScale.Label(v), 11, "end", Muted);
        }
        _svg.Text(22, (CountTop + CountBottom) / 2, "events", 12, "middle", Muted, rotate: -90);
        // At least a pixel, so a day of news in a chart of years still shows.
        double bar = Math.Max(1, _slotWidth * 0.4);
        for (int i = 0; i < _slots.Count; i++)
        {
            if (_slots[i] is not { } p)
            {
                continue;
            }
            double centre = Centre(i);
            string period = Label(p.Period, _unit);
            if (p.AToB > 0)
            {
                _svg.Rect(centre - bar, Y(p.AToB), bar, Y(0) - Y(p.AToB), AToBColour, "a-to-b", $"{period}: {_a} → {_b} {p.AToB}");
            }
            if (p.BToA > 0)
            {
                _svg.Rect(centre, Y(p.BToA), bar, Y(0) - Y(p.BToA), BToAColour, "b-to-a", $"{period}: {_b} → {_a} {p.BToA}");
            }
        }
    }

    /// <summary>
    /// The lower panel: cooperation stacked above and conflict below a zero line (events, left axis, symmetric so
    /// that its zero is the Goldstein zero), and the mean Goldstein value (right axis, −10 to +10) as points joined
    /// by a line that breaks where a period has no value.
    /// </summary>
    public void DrawTone()
    {
        Heading(ToneTop, "Cooperation and conflict",
        [
            (QuadNames[1], QuadColours[1], false), (QuadNames[2], QuadColours[2], false),
            (QuadNames[3], QuadColours[3], false), (QuadNames[4], QuadColours[4], false), ("mean Goldstein", Axis, true),
        ]);
        double mid = (ToneTop + ToneBottom) / 2;
        double half = (ToneBottom - ToneTop) / 2;
        _svg.Rect(PlotLeft, ToneTop, PlotRight - PlotLeft, half, "#eef7ee", "band-cooperation");
        _svg.Rect(PlotLeft, mid, PlotRight - PlotLeft, half, "#fbeeee", "band-conflict");
        _svg.Text(PlotLeft + 6, ToneTop + 14, "cooperation (Goldstein > 0)", 11, fill: "#2e7d32");
        _svg.Text(PlotLeft + 6, ToneBottom - 6, "conflict (Goldstein < 0)", 11, fill: "#c62828");
        long max = _slots.Max(p => p is null ? 0 : Math.Max(p.QuadClasses[1] + p.QuadClasses[2], p.QuadClasses[3] + p.QuadClasses[4]));
        double step = ChartScale.Step(max, 3);
        double top = ChartScale.Top(max, step);
        for (double v = -top; v <= top + step / 2; v += step)
        {
            double y = mid - v / top * half;
            _svg.Line(PlotLeft, y, PlotRight, y, Math.Abs(v) < step / 2 ? Axis : Grid);
            _svg.Text(PlotLeft - 6, y + 4, ChartScale.Label(Math.Abs(v)), 11, "end", Muted);
        }
        for (int g = -10; g <= 10; g += 5)
        {
            _svg.Text(PlotRight + 6, mid - g / 10.0 * half + 4, g.ToString("+0;−0;0", CultureInfo.InvariantCulture), 11, "start", Muted);
        }
        _svg.Text(22, mid, "events", 12, "middle", Muted, rotate: -90);
        _svg.Text(Width - 16, mid, "mean Goldstein", 12, "middle", Muted, rotate: 90);
        DrawStacks(mid, half / top);
        DrawGoldstein(mid, half / 10);
    }

    /// <summary>Ticks under both panels and period labels under the lower one, thinned so labels never overlap.</summary>
    public void DrawTimeAxis()
    {
        string widest = Label(_slots.First(p => p is not null)!.Period, _unit);
        double room = ChartScale.TextWidth(widest, 11) + 12;
        int every = Math.Max(1, (int)Math.Ceiling(room / _slotWidth));
        DateOnly? period = null;
        for (int i = 0; i < _slots.Count; i++)
        {
            period = _slots[i]?.Period ?? (period is { } previous ? Next(previous, _unit) : null);
            if (i % every != 0 || period is not { } shown)
            {
                continue;
            }
            double x = Centre(i);
            _svg.Line(x, CountBottom, x, CountBottom + 4, Axis);
            _svg.Line(x, ToneBottom, x, ToneBottom + 4, Axis);
            _svg.Text(x, ToneBottom + 18, Label(shown, _unit), 11, "middle", Muted);
        }
        string axis = _unit == PeriodUnit.Week ? "week (starting Monday)" : UnitName(_unit);
        _svg.Text((PlotLeft + PlotRight) / 2, Height - 18, axis, 12, "middle", Muted);
    }

    private void DrawStacks(double mid, double perEvent)
    {
        double bar = Math.Max(1, _slotWidth * 0.7);
        for (int i = 0; i < _slots.Count; i++)
        {
            if (_slots[i] is not { } p)
            {
                continue;
            }
            double x = Centre(i) - bar / 2;
            string period = Label(p.Period, _unit);
            double up = mid;
            double down = mid;
            for (int q = 1; q <= 4; q++)
            {
                long n = p.QuadClasses[q];
                if (n == 0)
                {
                    continue;
                }
                double h = n * perEvent;
                double y = q <= 2 ? (up -= h) : down;
                down += q > 2 ? h : 0;
                _svg.Rect(x, y, bar, h, QuadColours[q], "quad-" + q, $"{period}: {QuadNames[q]} {n}");
            }
        }
    }

    private void DrawGoldstein(double mid, double perUnit)
    {
        var run = new List<(double X, double Y)>();
        var points = new List<(double X, double Y, DyadPeriod P)>();
        for (int i = 0; i <= _slots.Count; i++)
        {
            DyadPeriod? p = i < _slots.Count ? _slots[i] : null;
            if (p?.GoldsteinMean is { } g)
            {
                run.Add((Centre(i), mid - g * perUnit));
                points.Add((Centre(i), mid - g * perUnit, p));
                continue;
            }
            // A period without a value ends the line, so no gap is bridged by a guess.
            if (run.Count > 1)
            {
                _svg.Polyline(run, Axis, 1.5, "goldstein-line");
            }
            run.Clear();
        }
        foreach ((double x, double y, DyadPeriod p) in points)
        {
            string mean = p.GoldsteinMean!.Value.ToString("0.##", CultureInfo.InvariantCulture);
            _svg.Circle(x, y, Math.Clamp(_slotWidth * 0.2, 1.5, 3.5), Axis, "goldstein", $"{Label(p.Period, _unit)}: mean Goldstein {mean} over {p.Events} events");
        }
    }

    private void Heading(double panelTop, string title, IReadOnlyList<(string Name, string Colour, bool Line)> legend)
    {
        _svg.Text(PlotLeft, panelTop - 26, title, 13, bold: true);
        double x = PlotLeft;
        foreach ((string name, string colour, bool line) in legend)
        {
            if (line)
            {
                _svg.Line(x, panelTop - 12, x + 14, panelTop - 12, colour, 2);
            }
            else
            {
                _svg.Rect(x, panelTop - 17, 12, 10, colour, "legend");
            }
            string shown = ChartScale.Shorten(name, 40);
            _svg.Text(x + 18, panelTop - 8, shown, 11);
            x += 18 + ChartScale.TextWidth(shown, 11) + 14;
        }
    }

    private double Centre(int slot) => PlotLeft + (slot + 0.5) * _slotWidth;
}
