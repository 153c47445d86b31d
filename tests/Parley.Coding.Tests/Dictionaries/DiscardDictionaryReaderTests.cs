using Parley.Coding.Dictionaries;
using static Parley.Coding.Tests.Dictionaries.DictionaryTestHelper;

namespace Parley.Coding.Tests.Dictionaries;

public class DiscardDictionaryReaderTests
{
    private const string Source = "test.discards";

    private static DiscardDictionary Parse(string text, DictionaryReadMode mode = DictionaryReadMode.Strict) =>
        DiscardDictionaryReader.Parse(new StringReader(text), Source, mode);

    [Fact]
    public void SentenceAndStoryPhrases()
    {
        const string text = "# '+' marks story-level discards\nFREEDONIA CUP\n+FREEDONIA   OPEN   # story\n+ SYLVANIA MARATHON ;note\n1933\nGROUP A_\n<!-- ignored -->\n";
        DiscardDictionary dictionary = Parse(text);
        Assert.Empty(dictionary.Warnings);
        Assert.Equal(["FREEDONIA CUP", "FREEDONIA OPEN", "SYLVANIA MARATHON", "1933", "GROUP A_"], dictionary.Entries.Select(e => e.Phrase));
        Assert.Equal(
            [DiscardScope.Sentence, DiscardScope.Story, DiscardScope.Story, DiscardScope.Sentence, DiscardScope.Sentence],
            dictionary.Entries.Select(e => e.Scope));
        Assert.Equal([2, 3, 4, 5, 6], dictionary.Entries.Select(e => e.Line));
    }

    [Theory]
    [InlineData("FREEDONIA CUP\nSYLVANIA [X]\n", 2, "unexpected '['")]
    [InlineData("\n+\n", 2, "empty discard phrase")]
    [InlineData("+A +B\n", 1, "unexpected '+'")]
    public void MalformedInputNamesFileAndLine(string text, int line, string reason)
    {
        AssertFails(() => Parse(text), Source, line, reason);
    }

    [Fact]
    public void LenientModeSkipsBadLines()
    {
        DiscardDictionary dictionary = Parse("SYLVANIA [X]\nFREEDONIA CUP\n", DictionaryReadMode.Lenient);
        Assert.Equal("FREEDONIA CUP", Assert.Single(dictionary.Entries).Phrase);
        AssertSingleWarning(dictionary.Warnings, DictionaryWarningKind.Skipped, 1);
    }
}
