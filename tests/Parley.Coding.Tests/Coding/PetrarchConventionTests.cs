using Parley.Coding.Coding;
using Parley.Coding.Dictionaries;
using Parley.Coding.Lexicon;
using Parley.Text;
using static Parley.Coding.Tests.Coding.CoderFixture;

namespace Parley.Coding.Tests.Coding;

/// <summary>
/// PETRARCH2's reading, switched on by <see cref="CodingOptions.PetrarchCompatibility"/> only: each sentence (written
/// for Parley) is coded with PETRARCH-format dictionary snippets both ways, so each test shows the option at work.
/// </summary>
public sealed class PetrarchConventionTests
{
    private const string Actors = """
        CHAD_ [TCD]
        +CHADIAN_
        NIGER_ [NER]
        """;

    private const string Agents = """
        DIPLOMAT [~GOV]
        MSF {} [NGO~]
        """;

    private const string Verbs = """
        --- ACT [100] ---
        ACT
        - INDICATED WOULD * [1010]

        --- ALLOW [080] ---
        ALLOW
        - * REALLY_PLEASANT [024]
        - RECENTLY_* [025]

        --- ADOPT [081] ---
        ADOPT
        - * RESOLUTION [102]

        --- CRITICIZE [121] ---
        CRITICIZE

        --- CONDEMN [122] ---
        CONDEMN

        --- ABANDON [345] ---
        ABANDON

        --- STOP [190] ---
        STOP

        --- RESTORE [064] ---
        RESTORE
        - * SECRET TIES [+++]
        """;

    private static readonly Lazy<CodingDictionaries> Dictionaries = new(() => new CodingDictionaries(
        [ActorDictionaryReader.Parse(new StringReader(Actors), "test.actors")],
        [AgentDictionaryReader.Parse(new StringReader(Agents), "test.agents")],
        // Read leniently as the validation suites are: TABARI's "[+++]" is no CAMEO code.
        [VerbDictionaryReader.Parse(new StringReader(Verbs), "test.verbs", DictionaryReadMode.Lenient)],
        [],
        [],
        wholeAgentWords: true));

    private static string[] Petrarch(string text) => Triples(Code(text, Dictionaries.Value, CodingOptions.PetrarchCompatibility));

    private static string[] Plain(string text) => Triples(Code(text, Dictionaries.Value, CodingOptions.Compatibility));

    [SkippableFact]
    public void WordsBeforeTheVerbReachTheClauseThatGovernsIt()
    {
        const string text = "Chad indicated it would act with Niger.";
        Assert.Equal(["TCD 1010 NER"], Petrarch(text));
        Assert.Equal(["TCD 100 NER"], Plain(text));
    }

    [SkippableFact]
    public void WordsAfterTheVerbReachItsComplementClause()
    {
        const string text = "Chad allowed that Niger is a really pleasant place to visit.";
        Assert.Equal(["TCD 024 NER"], Petrarch(text));
        Assert.Equal(["TCD 080 NER"], Plain(text));
    }

    [SkippableFact]
    public void PatternWordsMatchAsWritten()
    {
        const string text = "Chad adopted several resolutions with Niger.";
        Assert.Equal(["TCD 081 NER"], Petrarch(text));
        Assert.Equal(["TCD 102 NER"], Plain(text));
    }

    [SkippableFact]
    public void PassiveWithoutAgentKeepsItsSubjectAsSource()
    {
        const string text = "Chad was criticized over its border dispute with Niger.";
        Assert.Equal(["TCD 121 NER"], Petrarch(text));
        Assert.Empty(Plain(text));
    }

    [SkippableFact]
    public void EveryAgentOfAPhraseComposes()
    {
        const string text = "An MSF Chadian diplomat condemned Niger.";
        Assert.Equal(["NGOTCDGOV 122 NER"], Petrarch(text));
        Assert.Equal(["TCDGOV 122 NER"], Plain(text));
    }

    [SkippableFact]
    public void AVerbInsideANounPhraseInheritsNoSource()
    {
        const string text = "Chad abandoned efforts to stop the march into Niger.";
        Assert.DoesNotContain("TCD 190 NER", Petrarch(text));
        Assert.Contains("TCD 190 NER", Plain(text));
    }

    [SkippableFact]
    public void TheComplexMarkerIsPassedOver()
    {
        const string text = "Chad restored secret ties with Niger.";
        Assert.Equal(["TCD 064 NER"], Petrarch(text));
        Assert.Empty(Plain(text));
    }

    /// <summary>Both readings: a connector before the verb binds the word to the verb itself.</summary>
    [SkippableFact]
    public void AConnectedWordBeforeTheVerbMustAdjoinIt()
    {
        Assert.Equal(["TCD 025 NER"], Plain("Chad recently allowed Niger to open a consulate."));
        Assert.Equal(["TCD 080 NER"], Plain("Chad recently did allow Niger to open a consulate."));
    }

    [Fact]
    public void AgentWordsMatchWholeWordsOnlyWhenAsked()
    {
        AgentDictionary agents = AgentDictionaryReader.Parse(new StringReader(Agents), "test.agents");
        Document document = DocumentFactory.Create("agent", "diplomatic", new Tokenizer(), new SentenceSplitter());
        Assert.Equal(-1, new AgentLexicon([agents], wholeWords: true).Match(document, 0, document.TokenCount, out _));
        Assert.Equal(1, new AgentLexicon([agents]).Match(document, 0, document.TokenCount, out _));
    }
}
