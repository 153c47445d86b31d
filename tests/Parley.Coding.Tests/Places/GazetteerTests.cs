using System.Diagnostics;
using Parley.Coding.Places;
using Parley.Testing;
using Xunit.Abstractions;

namespace Parley.Coding.Tests.Places;

public sealed class GazetteerTests(ITestOutputHelper output)
{
    private const string Header = Gazetteer.HeaderLine;

    [Fact]
    public void DefaultLoadsTheCommittedGazetteer()
    {
        Gazetteer gazetteer = Gazetteer.Default;
        Assert.True(gazetteer.Count > 30_000, gazetteer.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Same(gazetteer, Gazetteer.Default);
        int countries = gazetteer.Places.Count(p => p.IsCountry);
        Assert.InRange(countries, 230, 250);
    }

    [Fact]
    public void LoadsFromAPathAsFromTheResource()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("places.tsv", "# test\n" + Header + "\n"
            + "Kyiv\tKyiv\tUKR\t50.45466\t30.52380\t2797553\tPPLC\tKiev\n"
            + "Ukraine\tUkraine\tUKR\t50.45466\t30.52380\t44622516\tCOUNTRY\t\n");
        Gazetteer gazetteer = Gazetteer.Load(path);
        Assert.Equal(2, gazetteer.Count);
        Place kyiv = Assert.Single(gazetteer.Lookup("kiev"));
        Assert.Equal("Kyiv", kyiv.Name);
        Assert.Equal(50.45466, kyiv.Latitude, 5);
        Assert.Equal(["Kiev"], kyiv.OtherNames);
        Assert.True(gazetteer.FindCountry("UKR")!.IsCountry);
        Assert.Null(gazetteer.FindCountry("RUS"));
    }

    [Fact]
    public void LooksUpNamesIgnoringCaseAndSpacing()
    {
        Gazetteer gazetteer = Gazetteer.Default;
        Assert.Equal("USA", Assert.Single(gazetteer.Lookup("NEW  YORK")).Country);
        Assert.Equal("Kyiv", Assert.Single(gazetteer.Lookup("KIEV")).Name);
        Assert.Contains(gazetteer.Lookup("Tripoli"), p => p.Country == "LBY");
        Assert.Contains(gazetteer.Lookup("Tripoli"), p => p.Country == "LBN");
        Assert.Empty(gazetteer.Lookup("Minas Tirith"));
        Assert.Empty(gazetteer.Lookup(""));
    }

    [Fact]
    public void CountryRowsCarryTheCapitalsCoordinates()
    {
        Gazetteer gazetteer = Gazetteer.Default;
        Place syria = gazetteer.FindCountry("SYR")!;
        Place damascus = gazetteer.Lookup("Damascus").Single(p => p.Country == "SYR");
        Assert.Equal("Syria", syria.Name);
        Assert.Equal(damascus.Latitude, syria.Latitude);
        Assert.Equal(damascus.Longitude, syria.Longitude);
        Assert.Equal("Netherlands", gazetteer.FindCountry("NLD")!.Name);
        Assert.Contains(gazetteer.FindCountry("USA")!, gazetteer.Lookup("U.S."));
    }

    [Fact]
    public void ASpellingWithAndWithoutAccentsFindsThePlaceOnce()
    {
        IReadOnlyList<Place> tripoli = Gazetteer.Default.Lookup("Tripoli");
        Assert.Equal(tripoli.Count, tripoli.Distinct().Count());
        // Greece's Trípoli is written with an accent and found by both spellings.
        Assert.Contains(Gazetteer.Default.Lookup("Trípoli"), p => p.Country == "GRC");
        Assert.Contains(tripoli, p => p.Country == "GRC");
    }

    [Theory]
    [InlineData("name\tcountry\n", 1, "expected the header line")]
    [InlineData(Header + "\nKyiv\tKyiv\tUKR\t50.4\t30.5\t2797553\tPPLC\n", 2, "expected 8 TAB-separated columns")]
    [InlineData(Header + "\nKyiv\tKyiv\tUA\t50.4\t30.5\t2797553\tPPLC\t\n", 2, "is not an ISO 3166-1 alpha-3 code")]
    [InlineData(Header + "\nKyiv\tKyiv\tUKR\t95.0\t30.5\t2797553\tPPLC\t\n", 2, "latitude \"95.0\"")]
    [InlineData(Header + "\nKyiv\tKyiv\tUKR\t50.4\t30.5\tmany\tPPLC\t\n", 2, "population \"many\"")]
    [InlineData(Header + "\n\tKyiv\tUKR\t50.4\t30.5\t1\tPPLC\t\n", 2, "empty name")]
    [InlineData("# only a comment\n", 1, "missing the header line")]
    public void MalformedFilesNameTheLine(string text, int line, string reason)
    {
        var error = Assert.Throws<GazetteerFormatException>(() => Gazetteer.Parse(new StringReader(text), "places.tsv"));
        Assert.Equal(line, error.LineNumber);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"places.tsv:{line}: ", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void TheCommittedFileStatesItsSourcesAndLicence()
    {
        string? path = FindCommittedFile();
        Skip.If(path == null, "data/gazetteer/places.tsv not found above the test assembly");
        string[] lines = File.ReadAllLines(path!);
        string comments = string.Join('\n', lines.TakeWhile(l => l.StartsWith('#')));
        Assert.Contains("GeoNames", comments, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", comments, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project tools/Parley.Tools.Gazetteer", comments, StringComparison.Ordinal);
        Assert.Contains("Left out", comments, StringComparison.Ordinal);
        // Timing is reported, not asserted: the machine is shared. The first load includes compiling the parser code.
        for (int run = 1; run <= 3; run++)
        {
            var watch = Stopwatch.StartNew();
            Gazetteer loaded = Gazetteer.Load(path!);
            watch.Stop();
            output.WriteLine($"gazetteer load {run}: {loaded.Count} places, {loaded.NameCount} names, {watch.Elapsed.TotalMilliseconds:F0} ms");
            Assert.Equal(Gazetteer.Default.Count, loaded.Count);
        }
    }

    private static string? FindCommittedFile()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "data", "gazetteer", "places.tsv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
