using Parley.Coding.Dictionaries;
using static Parley.Coding.Tests.Dictionaries.DictionaryTestHelper;

namespace Parley.Coding.Tests.Dictionaries;

public class VerbDictionaryReaderTests
{
    private const string Source = "test.verbs";

    private const string PetrarchStyle = """
        # invented test dictionary in the PETRARCH layout
        &PACTWORD_
        +ACCORD
        +COVENANT_   ; exact
        &TIE_KINDS
        +BARTER
        +&PACTWORD

        --- PLEDGE   [050]  ---
        PLEDGE {PLEDGED PLEDGES PLEDGING}
        SWEAR {SWORE SWORN } [051]  # own code
        +LOOK_FOR {+LOOKED_FOR +LOOKS_FOR} [020]
        ABC_+DEF {}
        - * RELIEF [070]
        - $ * (TO +) [042:043]     # prepositional phrase
        - * {FRESH &PACTWORD} [057]
        - ^ * IN_+ [:036]
        - % * TALKS_ [---]
        - * &TIE_KINDS_TALK [031]
        - * &PACTWORD_ ISSUE &PACTWORD [031]
        - FOR_* &TIE_KINDS [0311]

        --- HALT [---]---
        HALT
        """;

    private static VerbDictionary Parse(string text, DictionaryReadMode mode = DictionaryReadMode.Strict) =>
        VerbDictionaryReader.Parse(new StringReader(text), Source, mode);

    [Fact]
    public void PetrarchBlocksVerbsAndCodes()
    {
        VerbDictionary dictionary = Parse(PetrarchStyle);
        Assert.Empty(dictionary.Warnings);
        Assert.Equal(["PLEDGE", "HALT"], dictionary.Blocks.Select(b => b.Name));
        VerbBlock pledge = dictionary.Blocks[0];
        Assert.Equal(new VerbCode("050", null), pledge.Code);
        Assert.Equal(9, pledge.Line);
        Assert.True(dictionary.Blocks[1].Code!.IsNull);
        Assert.Equal(5, dictionary.Entries.Count);
        Assert.Equal(8, dictionary.PatternCount);

        VerbEntry plain = pledge.Verbs[0];
        Assert.Equal("PLEDGE", plain.Lemma);
        Assert.Equal(["PLEDGED", "PLEDGES", "PLEDGING"], plain.Forms);
        Assert.Null(plain.Code);
        Assert.Equal("PLEDGE", plain.Block);
        Assert.Equal(10, plain.Line);

        VerbEntry swear = pledge.Verbs[1];
        Assert.Equal(["SWORE", "SWORN"], swear.Forms);
        Assert.Equal(new VerbCode("051", null), swear.Code);

        VerbEntry lookFor = pledge.Verbs[2];
        Assert.Equal("LOOK", lookFor.Lemma);
        Assert.Equal(["LOOK", "FOR"], lookFor.Words);
        Assert.Equal(0, lookFor.VerbIndex);
        Assert.Equal(["LOOKED_FOR", "LOOKS_FOR"], lookFor.Forms);
        Assert.Equal("+LOOK_FOR", lookFor.Text);
        Assert.Equal("020", lookFor.Code!.Code);

        VerbEntry marked = pledge.Verbs[3];
        Assert.Equal("DEF", marked.Lemma);
        Assert.Equal(1, marked.VerbIndex);
        Assert.Empty(marked.Forms);
    }

    [Fact]
    public void PetrarchPatternTokens()
    {
        VerbBlock pledge = Parse(PetrarchStyle).Blocks[0];
        VerbPattern simple = pledge.Patterns[0];
        Assert.Equal([PatternTokenKind.Verb, PatternTokenKind.Word], simple.Tokens.Select(t => t.Kind));
        Assert.Equal("RELIEF", simple.Tokens[1].Text);
        Assert.Equal("070", simple.Code.Code);
        Assert.Equal(14, simple.Line);
        Assert.Equal("- * RELIEF [070]", simple.RawText);

        VerbPattern phrase = pledge.Patterns[1];
        Assert.Equal([PatternTokenKind.Source, PatternTokenKind.Verb, PatternTokenKind.PrepositionalPhrase], phrase.Tokens.Select(t => t.Kind));
        Assert.Equal([PatternTokenKind.Word, PatternTokenKind.Target], phrase.Tokens[2].Children.Select(t => t.Kind));
        Assert.Equal(new VerbCode("042", "043"), phrase.Code);
        Assert.Equal("$ * (TO +)", phrase.ToString());

        PatternToken noun = pledge.Patterns[2].Tokens[1];
        Assert.Equal(PatternTokenKind.NounPhrase, noun.Kind);
        Assert.Equal(PatternTokenKind.SetReference, noun.Children[1].Kind);
        Assert.Equal("PACTWORD", noun.Children[1].Text);

        VerbPattern skip = pledge.Patterns[3];
        Assert.Equal([PatternTokenKind.Skip, PatternTokenKind.Verb, PatternTokenKind.Word, PatternTokenKind.Target], skip.Tokens.Select(t => t.Kind));
        Assert.True(skip.Tokens[2].Connected);
        Assert.Equal(new VerbCode(null, "036"), skip.Code);
        Assert.Equal("[:036]", skip.Code.ToString());

        VerbPattern compound = pledge.Patterns[4];
        Assert.Equal(PatternTokenKind.Compound, compound.Tokens[0].Kind);
        Assert.True(compound.Tokens[2].Exact);
        Assert.False(compound.Tokens[2].Connected);
        Assert.True(compound.Code.IsNull);
    }

    [Fact]
    public void SetReferencesResolveTheLongestDefinedName()
    {
        VerbDictionary dictionary = Parse(PetrarchStyle);
        Assert.Equal(["PACTWORD", "TIE_KINDS"], dictionary.Sets.Select(s => s.Name));
        SynonymSet kinds = dictionary.Sets[1];
        Assert.Equal(5, kinds.Line);
        Assert.Equal(["BARTER", "&PACTWORD"], kinds.Members.Select(m => m.Text));
        Assert.Equal(PatternTokenKind.SetReference, kinds.Members[1].Tokens[0].Kind);
        Assert.True(dictionary.Sets[0].Members[1].Tokens[0].Exact);

        // &TIE_KINDS_TALK: the set TIE_KINDS (its name holds a '_') joined to the word TALK.
        IReadOnlyList<PatternToken> joined = dictionary.Blocks[0].Patterns[5].Tokens;
        Assert.Equal("TIE_KINDS", joined[1].Text);
        Assert.True(joined[1].Connected);
        Assert.Equal("TALK", joined[2].Text);

        // &PACTWORD_ refers to the set defined as &PACTWORD_, with or without the trailing '_'.
        IReadOnlyList<PatternToken> both = dictionary.Blocks[0].Patterns[6].Tokens;
        Assert.Equal(["PACTWORD", "ISSUE", "PACTWORD"], both.Skip(1).Select(t => t.Text));
        Assert.True(both[1].Exact);

        IReadOnlyList<PatternToken> before = dictionary.Blocks[0].Patterns[7].Tokens;
        Assert.Equal([PatternTokenKind.Word, PatternTokenKind.Verb, PatternTokenKind.SetReference], before.Select(t => t.Kind));
        Assert.Equal("FOR_* &TIE_KINDS", PatternToken.Format(before));
    }

    [Fact]
    public void TabariVerbLinesFormsAlternativesAndSections()
    {
        const string text = """
            <SYNSETS>
            &MONEYWORD
            +DOLLAR
            +GOLD_COIN
            </SYNSETS>
            <TIME>
            NEXT_WEEK [+7]
            - * AND A DAY [+8]
            </TIME>
            VEND  [073] ;tony
            { VENDED_ VENDING }
            - * { ARMS_ | &MONEYWORD_NOTES } TO_+  [072]
            - NOT_*  [---]
            REMIT  [071:072]
            - $ * +  [071]
            ~~FINISH 12:00 Mon 1 Jan 2024
            GARBAGE [[[
            """;
        VerbDictionary dictionary = Parse(text);
        DictionaryWarning time = AssertSingleWarning(dictionary.Warnings, DictionaryWarningKind.Unsupported, 6);
        Assert.Contains("<TIME>", time.Message, StringComparison.Ordinal);
        Assert.Equal(["VEND", "REMIT"], dictionary.Blocks.Select(b => b.Name));
        VerbEntry vend = dictionary.Blocks[0].Verbs.Single();
        Assert.Equal(["VENDED_", "VENDING"], vend.Forms);
        Assert.Equal("073", vend.Code!.Code);
        Assert.Null(dictionary.Blocks[0].Code);

        PatternToken alternatives = dictionary.Blocks[0].Patterns[0].Tokens[1];
        Assert.Equal(PatternTokenKind.Alternatives, alternatives.Kind);
        Assert.Equal(2, alternatives.Children.Count);
        Assert.True(alternatives.Children[0].Children[0].Exact);
        Assert.Equal("MONEYWORD", alternatives.Children[1].Children[0].Text);
        Assert.True(alternatives.Children[1].Children[0].Connected);
        Assert.Equal("* { ARMS_ | &MONEYWORD_NOTES } TO_+", dictionary.Blocks[0].Patterns[0].ToString());
        Assert.Equal(new VerbCode("071", "072"), dictionary.Blocks[1].Verbs[0].Code);
        Assert.Equal(["DOLLAR", "GOLD_COIN"], dictionary.Sets.Single().Members.Select(m => m.Text));
    }

    [Fact]
    public void TransformationsAndXmlCommentsAndUnsupportedMarkers()
    {
        const string text = """
            <!-- a comment
            over two lines -->
            --- ASSERT [010] ---
            ASSERT
            - * GOOD~_NEWS [013]
            ~ a (b . X) ASSERT = a b 013
            """;
        VerbDictionary dictionary = Parse(text);
        VerbTransformation transformation = Assert.Single(dictionary.Transformations);
        Assert.Equal("a (b . X) ASSERT = a b 013", transformation.Text);
        Assert.Equal(6, transformation.Line);
        DictionaryWarning warning = AssertSingleWarning(dictionary.Warnings, DictionaryWarningKind.Unsupported, 5);
        Assert.Equal("test.verbs:5: ", warning.ToString()[..14]);
    }

    [Theory]
    [InlineData("--- A [010] ---\nA\n- * AID [070", 3, "unclosed '['")]
    [InlineData("- * AID [070]", 1, "pattern outside any verb block")]
    [InlineData("&SET\n+X\n- * AID [070]", 3, "pattern outside any verb block")]
    [InlineData("--- A [010] ---\nA\n- * &NOWHERE [070]", 3, "undefined synonym set &NOWHERE")]
    [InlineData("--- A [010] ---\nA\n- * AID [07x]", 3, "not a CAMEO code")]
    [InlineData("--- A [abc] ---\nA", 1, "not a CAMEO code")]
    [InlineData("--- A [010] ---\nA [0 10]", 2, "contains spaces")]
    [InlineData("--- A [010] ---\nA\n- * AID []", 3, "empty code")]
    [InlineData("--- A [010] ---\nA\n- * AID [01:02:03]", 3, "more than one ':'")]
    [InlineData("--- A [010] ---\nA\n- * AID [010:]", 3, "nothing after ':'")]
    [InlineData("--- A [010] ---\nA\n- * AID", 3, "without a [code]")]
    [InlineData("--- A [010] ---\nA\n- AID [070]", 3, "without the verb position")]
    [InlineData("--- A [010] ---\nA\n- * AID * [070]", 3, "more than one '*'")]
    [InlineData("--- A [010] ---\nA\n- * (TO AID [070]", 3, "unclosed '('")]
    [InlineData("--- A [010] ---\nA\n- * TO) AID [070]", 3, "unbalanced ')'")]
    [InlineData("--- A [010] ---\nA\n- * {TO | } [070]", 3, "empty group")]
    [InlineData("--- A [010] ---\nA\n- * TO | AID [070]", 3, "'|' outside")]
    [InlineData("--- A [010] ---\nA\n- * *AID [070]", 3, "marker '*' inside")]
    [InlineData("--- A [010] ---\nA\n- * _AID [070]", 3, "'_' does not follow a word")]
    [InlineData("--- A [010] ---\nA\n- * AID [070] MORE", 3, "after the code")]
    [InlineData("--- A ---\nA\n&SET\n+X\nB", 5, "verb line outside any verb block")]
    [InlineData("+X", 1, "outside any verb block or synonym set")]
    [InlineData("{ X Y }", 1, "without a preceding verb")]
    [InlineData("--- [010] ---", 1, "without a name")]
    [InlineData("--- A [010] ---\n+A_+B", 2, "marks two words")]
    [InlineData("--- A [010] ---\nA {AS [010]", 2, "unclosed '{'")]
    [InlineData("&\n", 1, "invalid synonym set name")]
    [InlineData("&SET\n+", 2, "empty synonym set member")]
    [InlineData("<TIME>\nX [+1]", 2, "not closed")]
    public void MalformedInputNamesFileAndLine(string text, int line, string reason)
    {
        AssertFails(() => Parse(text), Source, line, reason);
    }

    [Fact]
    public void LenientModeSkipsDefectsAndKeepsOddCodes()
    {
        const string text = """
            --- A [010] ---
            A
            - * AID [070
            - * &NOWHERE [071]
            - * THING [abc]
            - * FINE [072]
            """;
        VerbDictionary dictionary = Parse(text, DictionaryReadMode.Lenient);
        Assert.Equal([3, 4, 5], dictionary.Warnings.Select(w => w.Line));
        Assert.Equal(
            [DictionaryWarningKind.Skipped, DictionaryWarningKind.Kept, DictionaryWarningKind.Kept],
            dictionary.Warnings.Select(w => w.Kind));
        Assert.Equal(["&NOWHERE", "THING", "FINE"], dictionary.Blocks[0].Patterns.Select(p => p.Tokens[1].ToString()));
        Assert.Equal("abc", dictionary.Blocks[0].Patterns[1].Code.Code);
    }

    [Fact]
    public void LenientModeReadsTheFirstCodeOfABlockHeadWithTwo()
    {
        VerbDictionary dictionary = Parse("--- A [010] [020] ---\nA\n- * X [030]\n&SET\n+Y\n--- B [040] ---\nB\n", DictionaryReadMode.Lenient);
        Assert.Equal(["A", "B"], dictionary.Blocks.Select(b => b.Name));
        Assert.Equal("010", dictionary.Blocks[0].Code!.Code);
        Assert.Equal(["SET"], dictionary.Sets.Select(s => s.Name));
        DictionaryWarning warning = AssertSingleWarning(dictionary.Warnings, DictionaryWarningKind.Kept, 1);
        Assert.Contains("more than one code", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LenientModeSkipsABlockWithoutAName()
    {
        VerbDictionary dictionary = Parse("--- [010] ---\nA\n- * X [030]\n--- B [040] ---\nB\n", DictionaryReadMode.Lenient);
        Assert.Equal(["B"], dictionary.Blocks.Select(b => b.Name));
        AssertSingleWarning(dictionary.Warnings, DictionaryWarningKind.Skipped, 1);
    }

    [Fact]
    public void FormsMayFollowTheCodeAndBlockNamesMayHaveSpaces()
    {
        VerbDictionary dictionary = Parse("--- SHRUG OFF [---] ---\nSNUB [111] {SNUBBED SNUBS}");
        Assert.Equal("SHRUG OFF", dictionary.Blocks[0].Name);
        Assert.Equal(["SNUBBED", "SNUBS"], dictionary.Entries[0].Forms);
        Assert.Equal("111", dictionary.Entries[0].Code!.Code);
    }

    [Fact]
    public void ReadDecodesInvalidUtf8AsReplacementCharacters()
    {
        string path = Path.Combine(Path.GetTempPath(), $"parley-verbs-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllBytes(path, [.. "--- CAF"u8, 0xC9, .. " [010] ---\nGREET\n"u8]);
            VerbDictionary dictionary = VerbDictionaryReader.Read(path);
            Assert.Equal("CAF\uFFFD", dictionary.Blocks[0].Name);
            Assert.Equal(path, dictionary.File);
            Assert.Equal(path, dictionary.Entries[0].File);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
