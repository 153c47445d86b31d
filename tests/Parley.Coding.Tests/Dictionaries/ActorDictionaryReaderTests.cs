using Parley.Coding.Dictionaries;
using static Parley.Coding.Tests.Dictionaries.DictionaryTestHelper;

namespace Parley.Coding.Tests.Dictionaries;

public class ActorDictionaryReaderTests
{
    private const string Source = "test.actors";

    private static ActorDictionary Parse(string text, DictionaryReadMode mode = DictionaryReadMode.Strict) =>
        ActorDictionaryReader.Parse(new StringReader(text), Source, mode);

    [Fact]
    public void NamesSynonymsAndRestrictions()
    {
        const string text = "# invented actors\n"
            + "FREEDONIA_  [FRE]   # country\n"
            + "+FREEDONIAN_\n"
            + "+FREEDONIANS_\n"
            + "\n"
            + "RUFUS_FIREFLY_\n"
            + "+PRESIDENT_FIREFLY\n"
            + "\t[FREGOV 330101-331231]\n"
            + "\t[FREELI <19321231]\n"
            + "\t[FRE >290101]\n"
            + "  [FREMIL 19330101 - 19330630]\n"
            + "[FREOPP < 19300101] ;not indented\n"
            + "SYLVANIA  [SYL/FRE]\n"
            + "TRENTINO_ [SYLGOV 330101-331231] [---]\n";
        ActorDictionary dictionary = Parse(text);
        Assert.Empty(dictionary.Warnings);
        Assert.Equal(4, dictionary.Entries.Count);

        ActorEntry freedonia = dictionary.Entries[0];
        Assert.Equal(["FREEDONIA_", "FREEDONIAN_", "FREEDONIANS_"], freedonia.Names);
        Assert.Equal([new ActorCode("FRE", null, null)], freedonia.Codes);
        Assert.Equal(2, freedonia.Line);
        Assert.Equal(Source, freedonia.File);

        ActorEntry firefly = dictionary.Entries[1];
        Assert.Equal(["RUFUS_FIREFLY_", "PRESIDENT_FIREFLY"], firefly.Names);
        Assert.Equal(
            [
                new ActorCode("FREGOV", new DateOnly(1933, 1, 1), new DateOnly(1933, 12, 31)),
                new ActorCode("FREELI", null, new DateOnly(1932, 12, 31)),
                new ActorCode("FRE", new DateOnly(2029, 1, 1), null),
                new ActorCode("FREMIL", new DateOnly(1933, 1, 1), new DateOnly(1933, 6, 30)),
                new ActorCode("FREOPP", null, new DateOnly(1930, 1, 1)),
            ],
            firefly.Codes);
        Assert.Equal("[FREELI <19321231]", firefly.Codes[1].ToString());
        Assert.True(firefly.Codes[0].AppliesOn(new DateOnly(1933, 12, 31)));
        Assert.False(firefly.Codes[0].AppliesOn(new DateOnly(1934, 1, 1)));
        Assert.True(firefly.Codes[1].AppliesOn(new DateOnly(1932, 12, 31)));
        Assert.True(firefly.Codes[2].AppliesOn(new DateOnly(2029, 1, 1)));

        Assert.Equal("SYL/FRE", dictionary.Entries[2].Codes.Single().Code);
        ActorEntry trentino = dictionary.Entries[3];
        Assert.Equal(2, trentino.Codes.Count);
        Assert.True(trentino.Codes[1].IsUnrestricted);
        Assert.Equal(VerbCode.Null, trentino.Codes[1].Code);
    }

    [Fact]
    public void SixDigitYearsPivotAtThirty()
    {
        ActorDictionary dictionary = Parse("X [AAA >300101]\nY [BBB <310101]\nZ [CCC 991231-000101]\n");
        Assert.Equal(new DateOnly(2030, 1, 1), dictionary.Entries[0].Codes[0].From);
        Assert.Equal(new DateOnly(1931, 1, 1), dictionary.Entries[1].Codes[0].To);
        Assert.Equal("[CCC 19991231-20000101]", dictionary.Entries[2].Codes[0].ToString());
    }

    [Fact]
    public void ConsecutiveNameLinesWithoutCodesShareTheFollowingCodes()
    {
        const string text = "MARX_GROUCHO\nGROUCHO_MARX_\nPROFESSOR_WAGSTAFF\n\tFIREFLY_ADVISER [FREGOV >19330101]\n\t[FREEDU]\n\n"
            + "CHICOLINI\n\n# a gap ends the names\nPINKY\n\t[SYL]\n";
        ActorDictionary dictionary = Parse(text, DictionaryReadMode.Lenient);
        ActorEntry marx = dictionary.Entries[0];
        Assert.Equal(["MARX_GROUCHO", "GROUCHO_MARX_", "PROFESSOR_WAGSTAFF", "FIREFLY_ADVISER"], marx.Names);
        Assert.Equal(["FREGOV", "FREEDU"], marx.Codes.Select(c => c.Code));
        Assert.Equal(["PINKY"], dictionary.Entries[1].Names);
        DictionaryWarning warning = AssertSingleWarning(dictionary.Warnings, DictionaryWarningKind.Skipped, 7);
        Assert.Equal("actor CHICOLINI has no code", warning.Message);
    }

    [Fact]
    public void TabariSectionsAndXmlCommentsAreSkipped()
    {
        const string text = "<NOUN>\nWIDGET\n</NOUN>\n<!-- several\n[BROKEN\nlines -->\n<! -- misspelt -->\nFREEDONIA [FRE]\n~~FINISH\nJUNK [[[\n";
        ActorDictionary dictionary = Parse(text);
        Assert.Equal(["FREEDONIA"], dictionary.Entries.Select(e => e.Names[0]));
        DictionaryWarning warning = AssertSingleWarning(dictionary.Warnings, DictionaryWarningKind.Unsupported, 1);
        Assert.Contains("<NOUN>", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A [FRE\n", 1, "unclosed '['")]
    [InlineData("A [FRE]]\n", 1, "unbalanced ']'")]
    [InlineData("A\n\t[FREGOV 1933011-19331231]\n", 2, "invalid date '1933011'")]
    [InlineData("A\n\t[FREGOV 19330231-19331231]\n", 2, "invalid date '19330231'")]
    [InlineData("A\n\t[FREGOV 19331231-19330101]\n", 2, "ends before it starts")]
    [InlineData("A\n\t[FREGOV 19330101]\n", 2, "is not <DATE, >DATE or DATE-DATE")]
    [InlineData("A\n\t[FREGOV <1933]\n", 2, "invalid date '1933'")]
    [InlineData("A\n\t[19330101]\n", 2, "not an actor code")]
    [InlineData("A\n\t[19330101-19331231]\n", 2, "invalid code")]
    [InlineData("A [FRE/]\n", 1, "invalid code")]
    [InlineData("A\n\t[FRE950601-990815]\n", 2, "invalid code")]
    [InlineData("A\n\t[]\n", 2, "missing code")]
    [InlineData("A [fre]\n", 1, "not a CAMEO actor code")]
    [InlineData("A [###]\n", 1, "not a CAMEO actor code")]
    [InlineData("\t[FRE]\nA [FRE]\n", 1, "code line without a preceding actor")]
    [InlineData("+A\n", 1, "synonym line without a preceding actor")]
    [InlineData("A [FRE]\n\nB\n\nC [SYL]\n", 3, "actor B has no code")]
    [InlineData("A [FRE] EXTRA\n", 1, "unexpected text")]
    [InlineData("A [FRE]\n+B_ +C_\n", 2, "two names on one line")]
    [InlineData("A [FRE]\n+B{C}\n", 2, "unexpected '{'")]
    [InlineData("<NOUN>\nX\n", 2, "not closed")]
    public void MalformedInputNamesFileAndLine(string text, int line, string reason)
    {
        AssertFails(() => Parse(text), Source, line, reason);
    }

    [Fact]
    public void LenientModeSkipsTheBadActorAndItsLines()
    {
        const string text = "A [FRE\n+A2\n\t[FREGOV]\nB [SYL]\n\t[SYLGOV 19330231-19331231]\n\t[SYLGOV 19330101-19331231]\nC [syl]\n";
        ActorDictionary dictionary = Parse(text, DictionaryReadMode.Lenient);
        Assert.Equal(["B", "C"], dictionary.Entries.Select(e => e.Names[0]));
        Assert.Equal(["SYL", "SYLGOV"], dictionary.Entries[0].Codes.Select(c => c.Code));
        Assert.Equal("syl", dictionary.Entries[1].Codes[0].Code);
        Assert.Equal([1, 5, 7], dictionary.Warnings.Select(w => w.Line));
        Assert.Equal(
            [DictionaryWarningKind.Skipped, DictionaryWarningKind.Skipped, DictionaryWarningKind.Kept],
            dictionary.Warnings.Select(w => w.Kind));
    }

    [Fact]
    public void ReadDecodesLatin1BytesAsReplacementCharacters()
    {
        string path = Path.Combine(Path.GetTempPath(), $"parley-actors-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllBytes(path, [.. "FREEDONIA"u8, 0xE9, .. "_ [FRE]\r\n+OTHER\r\n"u8]);
            ActorDictionary dictionary = ActorDictionaryReader.Read(path);
            Assert.Equal(["FREEDONIA\uFFFD_", "OTHER"], dictionary.Entries.Single().Names);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
