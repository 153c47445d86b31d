using Parley.Testing;
using Parley.Coding.Validation;
using static Parley.Coding.Tests.Validation.PetrarchSuiteReaderTests;

namespace Parley.Coding.Tests.Validation;

public class TabariSuiteReaderTests
{
    private const string Project = """
        Test project for Parley
        <actorsfile>  first.actors
        <actorsfile>  second.actors
        <verbsfile>   test.verbs
        <optionsfile> test.options
        <agentsfile>  test.agents
        <textfile>    test.text
        <eventfile>   test.events
        <session 1> <coder x> <date Mon 01 Jan 2001>
        """;

    private const string Options = """
        // options written for the tests
        COMPLEX: VERBS[5]   CONJ[4]
        SET: TIME SHIFT = TRUE
        SET: CODE BY SENTENCE
        SET: LABEL = TRUE
        LABEL: 042=ENDORSE
        LABEL: FRE=Freedonia
        ~~~~~
        NOT A COMMAND
        """;

    // Line numbers matter: ALPHA-01 starts on line 11, OPT-01 on 27, FINAL-01 on 50.
    private const string Text = """
        ##########
        # banner between records
        ##########

        010101  START-00
        Instructions for the suite, with a note about {} braces.
        /*\n--------
        \n[Comment: the coder rejects this as complex] {}
        \n{+++}  */

        010102  ALPHA-01
        Freedonia praised Sylvania on
        Monday./*
        \n{ FRE / SYL / 042 } 010102
        \n{ SYL / FRE / 043 }  (ENDORSE) */

        010103  010103  ALPHA-02
        Freedonia and Sylvania renewed ties.
        /*\n--------
        \n{ FRE / SYL / 064 }  */
        \n{ SYL / FRE / 064 } */ :

        0101041  ALPHA-03
        Freedonia and Freedonia met again.
        /*\n{ FRE / FRE / 040 } \n{ FRE / FRE / 040 } */

        010104  OPT-01
        Switching options for the later records.
        /*\n--------
        \n{ OPTION: SET: TIME SHIFT = FALSE }
        \n{ OPTION: SET: YYYY = TRUE  */

        20010105 BETA-01
        Sylvania said nothing.
        /*
        \n{---} */

        20010106 BETA-02
        Sylvania closed a stadium for football.
        /*
        \n{###} */

        20010107 GAMMA-01
        Freedonia might or might not do things.
        /*
        \n[Currently doesn't work -- deactivated]
        \n{ FRE / SYL / 010 }
        \n-{ FRE / SYL / 011 } */

        20010108  FINAL-01
        This is the end. \n
        \nA message follows.

        20010109  AFTER-01
        1996 began with this line, which is text.
        Sylvania crashed the program.
        /*\n{ SYL / FRE / 190 } /*
        \n{+++}
        """;

    private static ValidationSuite ReadSuite(TempDirectory directory, string text = Text, string options = Options)
    {
        directory.Write("test.options", options);
        directory.Write("test.text", text);
        return TabariSuiteReader.Read(directory.Write("test.project", Project));
    }

    private static ValidationRecord Record(ValidationSuite suite, string id) => suite.Records.Single(r => r.Id == id);

    [Fact]
    public void ProjectNamesDictionariesAndOptions()
    {
        using var directory = new TempDirectory();
        ValidationSuite suite = ReadSuite(directory);
        string Local(string name) => Path.Combine(directory.Path, name);
        Assert.Equal(ValidationFormat.Tabari, suite.Format);
        Assert.Equal(Local("test.verbs"), suite.Dictionaries.Verbs);
        Assert.Equal([Local("first.actors"), Local("second.actors")], suite.Dictionaries.Actors);
        Assert.Equal(Local("test.agents"), suite.Dictionaries.Agents);
        Assert.Equal(Local("test.options"), suite.Dictionaries.Options);
        Assert.Null(suite.Dictionaries.Discards);
        Assert.Equal("VERBS[5] CONJ[4]", suite.Options["complex"]);
        Assert.Equal("TRUE", suite.Options["TIME SHIFT"]);
        Assert.Equal("SENTENCE", suite.Options["CODE BY"]);
        Assert.False(suite.Options.ContainsKey("042"), "labels are not settings");
    }

    [Fact]
    public void OptionsFile()
    {
        using var directory = new TempDirectory();
        TabariOptions options = TabariSuiteReader.ReadOptions(directory.Write("test.options", Options));
        Assert.Equal(["COMPLEX", "TIME SHIFT", "CODE BY", "LABEL"], options.Commands.Select(c => c.Key));
        Assert.Equal("SET: TIME SHIFT = TRUE", options.Commands[1].Text);
        Assert.Equal(3, options.Commands[1].Line);
        Assert.Equal(4, options.Settings.Count);
        Assert.Equal("ENDORSE", options.Labels["042"]);
        Assert.Equal("Freedonia", options.Labels["FRE"]);
    }

    [Fact]
    public void EventsWithDatesAndCommentsInText()
    {
        using var directory = new TempDirectory();
        ValidationSuite suite = ReadSuite(directory);
        Assert.Equal(10, suite.Records.Count);
        ValidationRecord alpha = Record(suite, "ALPHA-01");
        Assert.Equal(11, alpha.SourceLine);
        Assert.Equal(new DateOnly(2001, 1, 2), alpha.Date);
        Assert.Equal("ALPHA", alpha.Category);
        Assert.Equal("Freedonia praised Sylvania on Monday.", alpha.Text);
        Assert.Equal([new ExpectedEvent("FRE", "SYL", "042"), new ExpectedEvent("SYL", "FRE", "043")], alpha.Expected);
        Assert.Equal([new DateOnly(2001, 1, 2), null], alpha.Expected.Select(e => e.Date));
        Assert.False(alpha.ExpectsNoEvents || alpha.ExpectsComplex || alpha.IsOptional || alpha.IsOptionRecord);
        Assert.True(alpha.IsScored);
    }

    [Fact]
    public void ExpectationsAfterAStrayCommentEnd()
    {
        using var directory = new TempDirectory();
        ValidationSuite suite = ReadSuite(directory);
        // The date repeated before the id is skipped; the lines after the first "*/" still hold expected events,
        // and the ':' after the last one is not text.
        ValidationRecord repeated = Record(suite, "ALPHA-02");
        Assert.Equal(new DateOnly(2001, 1, 3), repeated.Date);
        Assert.Equal("Freedonia and Sylvania renewed ties.", repeated.Text);
        Assert.Equal([new ExpectedEvent("FRE", "SYL", "064"), new ExpectedEvent("SYL", "FRE", "064")], repeated.Expected);

        ValidationRecord twice = Record(suite, "ALPHA-03");
        Assert.Equal(new DateOnly(2001, 1, 4), twice.Date);
        Assert.Equal(2, twice.Expected.Count(e => e == new ExpectedEvent("FRE", "FRE", "040")));
    }

    [Fact]
    public void OptionRecordsChangeLaterRecords()
    {
        using var directory = new TempDirectory();
        ValidationSuite suite = ReadSuite(directory);
        ValidationRecord option = Record(suite, "OPT-01");
        Assert.True(option.IsOptionRecord);
        Assert.False(option.IsScored);
        Assert.Equal(27, option.SourceLine);
        Assert.Equal(["TIME SHIFT", "YYYY"], option.OptionChanges.Select(o => o.Key));
        Assert.Equal([30, 31], option.OptionChanges.Select(o => o.Line));
        Assert.Equal("TRUE", Record(suite, "ALPHA-01").Options["TIME SHIFT"]);
        ValidationRecord later = Record(suite, "BETA-01");
        Assert.Equal("FALSE", later.Options["TIME SHIFT"]);
        Assert.Equal("TRUE", later.Options["YYYY"]);
        Assert.Empty(later.OptionChanges);
        Assert.Equal(new DateOnly(2001, 1, 5), later.Date);
    }

    [Fact]
    public void NoEventsDiscardAndComplexMarkers()
    {
        using var directory = new TempDirectory();
        ValidationSuite suite = ReadSuite(directory);
        ValidationRecord start = Record(suite, "START-00");
        Assert.True(start.ExpectsComplex);
        Assert.False(start.ExpectsNoEvents);
        Assert.Equal("Instructions for the suite, with a note about {} braces.", start.Text);
        Assert.True(Record(suite, "BETA-01").ExpectsNoEvents);
        ValidationRecord discard = Record(suite, "BETA-02");
        Assert.True(discard.ExpectsDiscard);
        Assert.Empty(discard.Expected);
    }

    [Fact]
    public void DeactivatedBlocksMakeARecordOptional()
    {
        using var directory = new TempDirectory();
        ValidationRecord gamma = Record(ReadSuite(directory), "GAMMA-01");
        Assert.True(gamma.IsOptional);
        Assert.False(gamma.IsScored);
        Assert.Equal([new ExpectedEvent("FRE", "SYL", "010")], gamma.Expected);
        Assert.Equal([new ExpectedEvent("FRE", "SYL", "011")], gamma.Deactivated);
    }

    [Fact]
    public void RecordsAfterFinal01AreNotStandard()
    {
        using var directory = new TempDirectory();
        ValidationSuite suite = ReadSuite(directory);
        ValidationRecord final = Record(suite, "FINAL-01");
        Assert.Equal(50, final.SourceLine);
        Assert.True(final.IsStandard && final.ExpectsNoEvents && final.IsScored);
        Assert.Equal("This is the end. A message follows.", final.Text);
        ValidationRecord after = Record(suite, "AFTER-01");
        Assert.False(after.IsStandard);
        Assert.Equal("1996 began with this line, which is text. Sylvania crashed the program.", after.Text);
        Assert.True(after.ExpectsComplex, "a comment closed by a mistyped '/*' runs to the end of the record");
        Assert.Equal([new ExpectedEvent("SYL", "FRE", "190")], after.Expected);
        Assert.All(suite.Records.TakeWhile(r => r.Id != "AFTER-01"), r => Assert.True(r.IsStandard));
    }

    [Fact]
    public void WithoutFinal01EveryRecordIsStandard()
    {
        using var directory = new TempDirectory();
        ValidationSuite suite = ReadSuite(directory, Text.Replace("FINAL-01", "LAST-01", StringComparison.Ordinal));
        Assert.All(suite.Records, r => Assert.True(r.IsStandard));
    }

    [Theory]
    [InlineData("010101  A-1\nText.\n/*\\n{ A / B / 010 } */\n\nstray words\n", 5, "expected a 'YYMMDD ID' line")]
    [InlineData("#\n011301  A-1\nText.\n", 2, "date '011301' is not YYMMDD")]
    [InlineData("01010  A-1\nText.\n", 1, "date '01010' is not YYMMDD")]
    [InlineData("010101  A-1\nText.\n/*\n\\n{ A / B } */\n", 4, "unrecognised block '{A / B}'")]
    [InlineData("010101  A-1\nText.\n/*\n\\n{ A / B / 010 } 991399 */\n", 4, "event date '991399'")]
    [InlineData("010101  A-1\nText.\n/*\n\\n{ OPTION: nonsense } */\n", 4, "malformed option")]
    public void MalformedTextNamesFileAndLine(string text, int line, string reason)
    {
        using var directory = new TempDirectory();
        string textFile = Path.Combine(directory.Path, "test.text");
        AssertFails(() => ReadSuite(directory, text), textFile, line, reason);
    }

    [Fact]
    public void MalformedOptionsNameFileAndLine()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("bad.options", "// comment\nSET: X = 1\nLABEL: NOEQUALS\n");
        AssertFails(() => TabariSuiteReader.ReadOptions(path), path, 3, "LABEL: CODE=TEXT");
        path = directory.Write("bad2.options", "\nnot a command\n");
        AssertFails(() => TabariSuiteReader.ReadOptions(path), path, 2, "expected 'COMMAND: arguments'");
    }

    [Fact]
    public void ProjectWithoutTextFile()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("bad.project", "title\n<verbsfile> v\n");
        AssertFails(() => TabariSuiteReader.Read(path), path, 1, "names no <textfile>");
    }
}
