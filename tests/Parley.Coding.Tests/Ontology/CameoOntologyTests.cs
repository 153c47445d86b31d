using System.Globalization;
using Parley.Coding.Ontology;
using Parley.Testing;

namespace Parley.Coding.Tests.Ontology;

public class CameoOntologyTests
{
    private const string Header = CameoOntology.HeaderLine;

    // Names the generator repairs because GDELT's table is damaged there (see the header of data/ontology/cameo.tsv).
    private static readonly Dictionary<string, string> RepairedNames = new(StringComparer.Ordinal)
    {
        ["033"] = "Express intent to provide material aid, not specified below",
        ["044"] = "Meet at a 'third' location",
        ["2041"] = "Use chemical, biological, or radiological weapons",
    };

    [Fact]
    public void DefaultHasAll311CodesIncludingTheTwentyRoots()
    {
        CameoOntology ontology = CameoOntology.Default;
        Assert.Equal(311, ontology.Count);
        Assert.Equal(311, ontology.Codes.Count);
        int roots = 0;
        foreach (CameoCode code in ontology.Codes)
        {
            if (code.IsRoot)
            {
                roots++;
            }
        }
        Assert.Equal(20, roots);
        for (int root = 1; root <= 20; root++)
        {
            string code = root.ToString("00", CultureInfo.InvariantCulture);
            Assert.True(ontology.IsKnown(code), code);
            Assert.True(ontology[code].IsRoot);
        }
        Assert.Same(ontology, CameoOntology.Default);
    }

    [Fact]
    public void CodesAreSortedOrdinally()
    {
        IReadOnlyList<CameoCode> codes = CameoOntology.Default.Codes;
        Assert.Equal("01", codes[0].Code);
        Assert.Equal("010", codes[1].Code);
        Assert.Equal("2042", codes[^1].Code);
        for (int i = 1; i < codes.Count; i++)
        {
            Assert.True(string.CompareOrdinal(codes[i - 1].Code, codes[i].Code) < 0, codes[i].Code);
        }
    }

    [Theory]
    [InlineData("12", "REJECT")]
    [InlineData("129", "Veto")]
    [InlineData("1212", "Reject military cooperation")]
    [InlineData("036", "Express intent to meet or negotiate")]
    [InlineData("0311", "Express intent to cooperate economically")]
    [InlineData("190", "Use conventional military force, not specified below")]
    [InlineData("175", "Use tactics of violent repression")]
    [InlineData("044", "Meet at a 'third' location")]
    public void NamesMatchTheCameoTable(string code, string name) => Assert.Equal(name, CameoOntology.Default[code].Name);

    [Theory]
    [InlineData("01", 0.0)]
    [InlineData("011", -0.1)]
    [InlineData("036", 4.0)]
    [InlineData("0311", 5.2)]
    [InlineData("129", -5.0)]
    [InlineData("190", -10.0)]
    [InlineData("1712", -9.2)]
    public void GoldsteinValuesMatchTheSource(string code, double goldstein) =>
        Assert.Equal(goldstein, CameoOntology.Default[code].Goldstein);

    [Theory]
    [InlineData("010", 0)]
    [InlineData("02", 0)]
    [InlineData("036", 1)]
    [InlineData("057", 1)]
    [InlineData("073", 2)]
    [InlineData("0874", 2)]
    [InlineData("091", 3)]
    [InlineData("129", 3)]
    [InlineData("1385", 3)]
    [InlineData("14", 4)]
    [InlineData("190", 4)]
    [InlineData("2042", 4)]
    public void QuadClassFollowsPhoenix(string code, int quadClass)
    {
        CameoCode entry = CameoOntology.Default[code];
        Assert.Equal(quadClass, entry.QuadClass);
        Assert.Equal(code[..2], entry.Root);
    }

    [Theory]
    [InlineData("129", "REJECT", "yield", "diplomatic")]
    [InlineData("036", "AGREE", "", "diplomatic")]
    [InlineData("044", "CONSULT", "third-party", "")]
    [InlineData("091", "ACCUSE", "investigate", "crime;corruption")]
    [InlineData("163", "COERCE", "restrict", "diplomatic")]
    [InlineData("0813", "RETREAT", "", "legal")]
    [InlineData("191", "COERCE", "restrict", "military")]
    [InlineData("08", "CONCEDE", "", "")]
    [InlineData("19", "ASSAULT", "", "")]
    [InlineData("010", "", "", "")]
    [InlineData("0214", "", "", "")]
    public void PloverFieldsComeFromCameo2Plover(string code, string plover, string mode, string context)
    {
        CameoCode entry = CameoOntology.Default[code];
        Assert.Equal(plover, entry.PloverEvent);
        Assert.Equal(mode, entry.PloverMode);
        Assert.Equal(context, entry.PloverContext);
    }

    [Fact]
    public void EveryCodeFromRoot03OnHasAPloverEvent()
    {
        foreach (CameoCode code in CameoOntology.Default.Codes)
        {
            bool statementOrAppeal = code.Root is "01" or "02";
            Assert.True(statementOrAppeal == (code.PloverEvent.Length == 0), code.Code);
        }
    }

    [Fact]
    public void UnknownCodesAreReported()
    {
        CameoOntology ontology = CameoOntology.Default;
        Assert.False(ontology.IsKnown("21"));
        Assert.False(ontology.IsKnown("1213"));
        Assert.False(ontology.TryGet("999", out CameoCode? missing));
        Assert.Null(missing);
        Assert.True(ontology.TryGet("129", out CameoCode? veto));
        Assert.Equal("Veto", veto.Name);
        KeyNotFoundException error = Assert.Throws<KeyNotFoundException>(() => ontology["0999"]);
        Assert.Contains("0999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParsesCommentsHeaderAndRows()
    {
        string text = "# a comment\n\n" + Header + "\n"
            + "12\tREJECT\t-4.0\t3\t12\tREJECT\t\t\n"
            + "# another comment\n"
            + "091\tInvestigate crime, corruption\t-2.0\t3\t09\tACCUSE\tinvestigate\tcrime;corruption\n"
            + "09\tINVESTIGATE\t-2.0\t3\t09\tACCUSE\t\t\n";
        CameoOntology ontology = CameoOntology.Parse(new StringReader(text), "test.tsv");
        Assert.Equal(3, ontology.Count);
        Assert.Equal(["09", "091", "12"], ontology.Codes.Select(c => c.Code));
        Assert.Equal(new CameoCode("091", "Investigate crime, corruption", -2.0, 3, "09", "ACCUSE", "investigate", "crime;corruption"), ontology["091"]);
    }

    [Fact]
    public void LoadsAFile()
    {
        string path = Path.Combine(Path.GetTempPath(), $"parley-ontology-{Guid.NewGuid():N}.tsv");
        try
        {
            File.WriteAllText(path, Header + "\r\n12\tREJECT\t-4.0\t3\t12\tREJECT\t\t\r\n");
            CameoOntology ontology = CameoOntology.Load(path);
            Assert.Equal("REJECT", ontology["12"].Name);
            Assert.Equal(-4.0, ontology["12"].Goldstein);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("12\tREJECT\t-4.0\t3\t12\tREJECT\t\n", 3, "expected 8 TAB-separated columns, found 7")]
    [InlineData("12\tREJECT\t-4.0\t3\t12\tREJECT\t\t\t\n", 3, "expected 8 TAB-separated columns, found 9")]
    [InlineData("12\tREJECT\t-4,0\t3\t12\tREJECT\t\t\n", 3, "Goldstein value \"-4,0\"")]
    [InlineData("12\tREJECT\tlow\t3\t12\tREJECT\t\t\n", 3, "Goldstein value \"low\"")]
    [InlineData("12\tREJECT\t-11.0\t3\t12\tREJECT\t\t\n", 3, "Goldstein value \"-11.0\"")]
    [InlineData("12\tREJECT\t-4.0\t5\t12\tREJECT\t\t\n", 3, "quad class \"5\"")]
    [InlineData("12\tREJECT\t-4.0\t-1\t12\tREJECT\t\t\n", 3, "quad class \"-1\"")]
    [InlineData("12\tREJECT\t-4.0\t3\t12\tREJECT\t\t\n# c\n12\tREJECT\t-4.0\t3\t12\tREJECT\t\t\n", 5, "duplicate code 12 (first on line 3)")]
    [InlineData("1\tX\t0.0\t0\t1\t\t\t\n", 3, "code \"1\" is not 2-4 digits")]
    [InlineData("12345\tX\t0.0\t4\t12\t\t\t\n", 3, "code \"12345\" is not 2-4 digits")]
    [InlineData("12a\tX\t0.0\t3\t12\t\t\t\n", 3, "code \"12a\" is not 2-4 digits")]
    [InlineData("129\tVeto\t-5.0\t3\t13\tREJECT\t\t\n", 3, "root \"13\" is not the first two digits of code 129")]
    [InlineData("129\t\t-5.0\t3\t12\tREJECT\t\t\n", 3, "code 129 has an empty name")]
    public void MalformedRowsNameFileAndLine(string rows, int line, string reason)
    {
        string text = "# comment\n" + Header + "\n" + rows;
        OntologyFormatException error = Assert.Throws<OntologyFormatException>(() => CameoOntology.Parse(new StringReader(text), "bad.tsv"));
        Assert.StartsWith($"bad.tsv:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal("bad.tsv", error.SourceName);
        Assert.Equal(line, error.LineNumber);
        Assert.IsAssignableFrom<FormatException>(error);
    }

    [Theory]
    [InlineData("# only a comment\n12\tREJECT\t-4.0\t3\t12\tREJECT\t\t\n", 2)]
    [InlineData("", 1)]
    public void MissingHeaderIsAnError(string text, int line)
    {
        OntologyFormatException error = Assert.Throws<OntologyFormatException>(() => CameoOntology.Parse(new StringReader(text), "bad.tsv"));
        Assert.StartsWith($"bad.tsv:{line}: ", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void DefaultAgreesWithTheSharedCameoTables()
    {
        string codesPath = TestPaths.DataFile(Path.Combine("cameo", "CAMEO.eventcodes.txt"));
        string goldsteinPath = TestPaths.DataFile(Path.Combine("cameo", "CAMEO.goldsteinscale.txt"));
        Skip.If(!File.Exists(codesPath) || !File.Exists(goldsteinPath), $"CAMEO tables not found at {codesPath}; set PARLEY_DATA to the shared data directory.");

        Dictionary<string, string> names = ReadTable(codesPath);
        Dictionary<string, string> goldsteins = ReadTable(goldsteinPath);
        CameoOntology ontology = CameoOntology.Default;
        Assert.Equal(names.Count, ontology.Count);
        Assert.Equal(goldsteins.Count, ontology.Count);
        foreach ((string code, string sourceName) in names)
        {
            Assert.True(ontology.TryGet(code, out CameoCode? entry), $"code {code} of the CAMEO table is missing");
            string expected = RepairedNames.TryGetValue(code, out string? repaired) ? repaired : NormalizeWhitespace(sourceName);
            Assert.Equal(expected, entry.Name);
            Assert.Equal(double.Parse(goldsteins[code], CultureInfo.InvariantCulture), entry.Goldstein);
        }
        foreach ((string code, string repairedName) in RepairedNames)
        {
            Assert.NotEqual(repairedName, NormalizeWhitespace(names[code]));
        }
    }

    private static Dictionary<string, string> ReadTable(string path)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] lines = File.ReadAllLines(path);
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }
            string[] fields = lines[i].Split('\t');
            table.Add(fields[0].Trim(), fields[1]);
        }
        return table;
    }

    private static string NormalizeWhitespace(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
