using Parley.Coding.Dictionaries;
using static Parley.Coding.Tests.Dictionaries.DictionaryTestHelper;

namespace Parley.Coding.Tests.Dictionaries;

public class AgentDictionaryReaderTests
{
    private const string Source = "test.agents";

    private static AgentDictionary Parse(string text, DictionaryReadMode mode = DictionaryReadMode.Strict) =>
        AgentDictionaryReader.Parse(new StringReader(text), Source, mode);

    [Fact]
    public void SuffixPrefixFormsAndSubstitutions()
    {
        const string text = """
            # invented agents
            !PERSON! = MAN, MEN, WOMAN
            !OFFICE! = BUREAU, BUREAUS
            CHANCELLOR [~GOV]
            CONSTABULARY {} [ ~COP]   # no plural
            DEPUTYMAN {DEPUTYMEN} [~LEG]
            GOAT!PERSON! [~AGR]
            !OFFICE!_OF_!PERSON!POWER  [~GOV]
            RIGHTS_BODY  [  NGO~] ;prefix
            FOREIGN  MINISTER [~GOVFRM]
            """;
        AgentDictionary dictionary = Parse(text);
        Assert.Empty(dictionary.Warnings);
        Assert.Equal(["PERSON", "OFFICE"], dictionary.Substitutions.Select(s => s.Name));
        Assert.Equal(["MAN", "MEN", "WOMAN"], dictionary.Substitutions[0].Values);
        Assert.Equal(7, dictionary.Entries.Count);

        AgentEntry chancellor = dictionary.Entries[0];
        Assert.Equal(["CHANCELLOR"], chancellor.Names);
        Assert.Equal("GOV", chancellor.Code);
        Assert.Equal(AgentPosition.Suffix, chancellor.Position);
        Assert.True(chancellor.RegularPlurals);
        Assert.Equal(4, chancellor.Line);

        Assert.Equal("COP", dictionary.Entries[1].Code);
        Assert.False(dictionary.Entries[1].RegularPlurals);
        Assert.Equal(["DEPUTYMAN", "DEPUTYMEN"], dictionary.Entries[2].Names);
        Assert.Equal(["GOATMAN", "GOATMEN", "GOATWOMAN"], dictionary.Expand(dictionary.Entries[3].Names[0]));
        Assert.Equal(6, dictionary.Expand(dictionary.Entries[4].Names[0]).Count);
        Assert.Contains("BUREAUS_OF_WOMANPOWER", dictionary.Expand(dictionary.Entries[4].Names[0]));

        AgentEntry rights = dictionary.Entries[5];
        Assert.Equal(AgentPosition.Prefix, rights.Position);
        Assert.Equal("NGO", rights.Code);
        Assert.Equal("FOREIGN MINISTER", dictionary.Entries[6].Names[0]);
    }

    [Theory]
    [InlineData("CHIEF [GOV]\n", 1, "needs one '~'")]
    [InlineData("CHIEF [~GOV~]\n", 1, "needs one '~'")]
    [InlineData("CHIEF [~GOV}\n", 1, "'[' closed by '}'")]
    [InlineData("CHIEF\n", 1, "without a [code]")]
    [InlineData("CHIEF [~gov]\n", 1, "invalid agent code")]
    [InlineData("CHIEF [~G-V]\n", 1, "invalid agent code")]
    [InlineData("[~GOV]\n", 1, "without a name")]
    [InlineData("CHIEF [~GOV] {CHIEFS}\n", 1, "before the [code]")]
    [InlineData("CHIEF [~GOV] TRAILING\n", 1, "after the code")]
    [InlineData("CHIEF {CHIEFS} X [~GOV]\n", 1, "between the forms and the code")]
    [InlineData("\nA!X [~GOV]\n", 2, "unexpected '!'")]
    [InlineData("\n\nA!NOWHERE! [~GOV]\n", 3, "undefined substitution !NOWHERE!")]
    [InlineData("!P! = A\n!P! = B\n", 2, "defined twice")]
    [InlineData("!P = A\n", 1, "invalid substitution name")]
    [InlineData("!P! = ,\n", 1, "has no values")]
    public void MalformedInputNamesFileAndLine(string text, int line, string reason)
    {
        AssertFails(() => Parse(text), Source, line, reason);
    }

    [Fact]
    public void LenientModeSkipsBadLinesAndKeepsUndefinedSubstitutions()
    {
        AgentDictionary dictionary = Parse("CHIEF [~GOV}\nHEAD!NOWHERE! [~GOV]\nDEPUTY [~LEG]\n", DictionaryReadMode.Lenient);
        Assert.Equal(["HEAD!NOWHERE!", "DEPUTY"], dictionary.Entries.Select(e => e.Names[0]));
        Assert.Equal([DictionaryWarningKind.Skipped, DictionaryWarningKind.Kept], dictionary.Warnings.Select(w => w.Kind));
        Assert.Equal([1, 2], dictionary.Warnings.Select(w => w.Line));
        Assert.Equal(["HEAD!NOWHERE!"], dictionary.Expand("HEAD!NOWHERE!"));
    }
}
