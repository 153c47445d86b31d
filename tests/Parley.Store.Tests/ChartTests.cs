using System.Xml.Linq;
using Parley.Store.Charts;
using Parley.Store.Queries;

namespace Parley.Store.Tests;

/// <summary>The SVG charts of <c>dyad --plot</c> and <c>top --plot</c> on hand-made series and rankings.</summary>
public sealed class ChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void DyadChartHasABarPerDirectionAndPeriodStacksAndGoldsteinPointsAndFillsEmptyWeeks()
    {
        // Weeks of 2020-01-06 and 2020-01-20 with events, the week between without: three slots.
        DyadPeriod[] periods =
        [
            new(new DateOnly(2020, 1, 6), 2, 1, 3, 0.0, 0.0, [0, 1, 0, 2, 0]),
            new(new DateOnly(2020, 1, 20), 1, 0, 1, -10.0, -10.0, [0, 0, 0, 0, 1]),
        ];
        XDocument svg = Render(s => DyadChart.Write(s, periods, "RUS", "USA", PeriodUnit.Week));
        Assert.Equal(2, Count(svg, "rect", "a-to-b"));
        Assert.Equal(1, Count(svg, "rect", "b-to-a"));
        Assert.Equal(1, Count(svg, "rect", "quad-1"));
        Assert.Equal(1, Count(svg, "rect", "quad-3"));
        Assert.Equal(1, Count(svg, "rect", "quad-4"));
        Assert.Equal(0, Count(svg, "rect", "quad-2"));
        Assert.Equal(2, Count(svg, "circle", "goldstein"));
        // The empty week between breaks the Goldstein line: no segment joins the two points.
        Assert.Equal(0, Count(svg, "polyline", "goldstein-line"));
        string[] labels = Texts(svg);
        Assert.Contains("2020-01-06", labels);
        Assert.Contains("2020-01-13", labels);
        Assert.Contains("2020-01-20", labels);
        Assert.Contains("RUS → USA", labels);
        Assert.Contains("mean Goldstein", labels);
        Assert.Equal(3, DyadChart.Slots(periods, PeriodUnit.Week).Count);
    }

    [Fact]
    public void ConsecutivePeriodsAreJoinedByTheGoldsteinLineAndLabelsAreThinned()
    {
        var start = new DateOnly(2019, 1, 1);
        DyadPeriod[] days = Enumerable.Range(0, 365)
            .Select(i => new DyadPeriod(start.AddDays(i), 1, 1, 2, -4.0, -2.0, [0, 0, 0, 2, 0])).ToArray();
        XDocument svg = Render(s => DyadChart.Write(s, days, "ISR", "PSE", PeriodUnit.Day));
        Assert.Equal(365, Count(svg, "rect", "a-to-b"));
        Assert.Equal(365, Count(svg, "circle", "goldstein"));
        Assert.Equal(1, Count(svg, "polyline", "goldstein-line"));
        int periodLabels = Texts(svg).Count(t => t.StartsWith("2019-", StringComparison.Ordinal));
        Assert.InRange(periodLabels, 3, 12);
    }

    [Fact]
    public void OnePeriodMakesAChart()
    {
        DyadPeriod[] one = [new(new DateOnly(2016, 3, 1), 0, 4, 4, 12.0, 3.0, [1, 3, 0, 0, 0])];
        XDocument svg = Render(s => DyadChart.Write(s, one, "FRA", "DEU", PeriodUnit.Month));
        Assert.Equal(0, Count(svg, "rect", "a-to-b"));
        Assert.Equal(1, Count(svg, "rect", "b-to-a"));
        Assert.Equal(1, Count(svg, "circle", "goldstein"));
        Assert.Contains("2016-03", Texts(svg));
    }

    [Fact]
    public void NoPeriodsGiveAChartSayingNoEvents()
    {
        XDocument dyad = Render(s => DyadChart.Write(s, [], "RUS", "USA", PeriodUnit.Week));
        Assert.Contains("no events", Texts(dyad));
        Assert.Equal(0, Count(dyad, "rect", "a-to-b"));
        XDocument top = Render(s => BarChart.Write(s, TopKind.Actors, []));
        Assert.Contains("no events", Texts(top));
        Assert.Equal(0, Count(top, "rect", "bar"));
    }

    [Fact]
    public void NamesFromNewsTextAreEscapedAndStayText()
    {
        const string hostile = "<script>&\"";
        XDocument dyad = Render(s => DyadChart.Write(s, [new(new DateOnly(2020, 1, 6), 1, 0, 1, 1.0, 1.0, [0, 1, 0, 0, 0])], hostile, "B\u0001C", PeriodUnit.Day));
        Assert.Empty(dyad.Descendants(Svg + "script"));
        Assert.Empty(dyad.Descendants("script"));
        Assert.Contains(Texts(dyad), t => t.Contains(hostile + " → B\uFFFDC", StringComparison.Ordinal));
        TopRow[] rows = [new(hostile, "Sa'ana <b>", 5, 2, -3.5), new("UKR", null, 2, 2, null)];
        XDocument top = Render(s => BarChart.Write(s, TopKind.Places, rows));
        Assert.Empty(top.Descendants(Svg + "script"));
        Assert.Contains(hostile + ", Sa'ana <b>", Texts(top));
    }

    [Fact]
    public void BarChartHasOneBarPerRowWithLabelsAndValuesLongestFirst()
    {
        TopRow[] rows =
        [
            new("RUS", "UKR", 40, 12, -6.1),
            new("USA", "RUS", 25, 9, 1.5),
            new("FRA", "DEU", 3, 3, null),
        ];
        XDocument svg = Render(s => BarChart.Write(s, TopKind.Dyads, rows));
        XElement[] bars = svg.Descendants(Svg + "rect").Where(e => (string?)e.Attribute("class") == "bar").ToArray();
        Assert.Equal(3, bars.Length);
        double[] widths = bars.Select(b => double.Parse((string)b.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.True(widths[0] > widths[1] && widths[1] > widths[2]);
        Assert.Equal(["#de2d26", "#31a354", "#9e9e9e"], bars.Select(b => (string)b.Attribute("fill")!));
        string[] texts = Texts(svg);
        Assert.Contains("RUS → UKR", texts);
        Assert.Contains("40", texts);
        Assert.Contains("Top 3 dyads (source → target) by events", texts);
    }

    private static XDocument Render(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        stream.Position = 0;
        // Parsing is the test that the file is well-formed XML.
        XDocument document = XDocument.Load(stream);
        Assert.Equal(Svg + "svg", document.Root!.Name);
        return document;
    }

    private static int Count(XDocument svg, string element, string cssClass) =>
        svg.Descendants(Svg + element).Count(e => (string?)e.Attribute("class") == cssClass);

    private static string[] Texts(XDocument svg) => svg.Descendants(Svg + "text").Select(t => t.Value).ToArray();
}
