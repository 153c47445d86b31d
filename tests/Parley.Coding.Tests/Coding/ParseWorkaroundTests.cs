using Parley.Coding.Coding;
using Parley.Coding.Dictionaries;
using Parley.Coding.Lexicon;
using static Parley.Coding.Tests.Coding.CoderFixture;

namespace Parley.Coding.Tests.Coding;

/// <summary>
/// Sentences (written for Parley) whose invented names the parser misreads in known ways; the coder must still find
/// the participants. Each sentence's misparse is noted with its test.
/// </summary>
public sealed class ParseWorkaroundTests
{
    private const string Actors = """
        ARVANIA_ [ARV]
        BELMORIA_ [BEL]
        CORVESSA_ [COR]
        +CORVESSAN_
        """;

    private const string Verbs = """
        --- BOYCOTT [081] ---
        BOYCOTT
        --- RESTORE [064] ---
        RESTORE
        --- RENEW [064] ---
        RENEW
        --- SIGN [081] ---
        SIGN
        --- SAY [023] ---
        SAY {SAID}
        --- DELAY [191] ---
        DELAY
        --- REPORT [025] ---
        REPORT
        --- WELCOME [041] ---
        WELCOME
        """;

    private static readonly Lazy<CodingDictionaries> Dictionaries = new(() => new CodingDictionaries(
        [ActorDictionaryReader.Parse(new StringReader(Actors), "test.actors")],
        [AgentDictionaryReader.Parse(new StringReader("OFFICIAL [~GOV]\nLAWMAKER [~LEG]"), "test.agents")],
        [VerbDictionaryReader.Parse(new StringReader(Verbs), "test.verbs")],
        []));

    private static string[] Coded(string text, CodingOptions? options = null) =>
        Triples(Code(text, Dictionaries.Value, options ?? CodingOptions.Default.WithAllModalities())).Order().ToArray();

    /// <summary>Parsed as two subjects of "boycotted", with "nor" attached to neither.</summary>
    [SkippableFact]
    public void SubjectsJoinedByAConjunctionBothAct()
    {
        Assert.Equal(["ARV 081 COR", "BEL 081 COR"], Coded("Neither Arvania nor Belmoria boycotted the parade supporting Corvessa on Saturday."));
    }

    /// <summary>Parsed with "Arvania" as a conjunct of "foes".</summary>
    [SkippableFact]
    public void ANameJoinedToADescriptiveNounIsTheSubject()
    {
        Assert.Equal(["ARV 064 BEL", "BEL 064 ARV"], Coded("Old foes Arvania and Belmoria have renewed diplomatic ties after a long break."));
    }

    /// <summary>Parsed with "Arvania" as the root and "signed" as an adverbial clause of "said".</summary>
    [SkippableFact]
    public void AMainVerbParsedAsAClauseOfTheReportingVerbKeepsItsOwnSubject()
    {
        Assert.Equal(["ARV 081 BEL"], Coded("Arvania on Thursday signed a trade protocol with Belmoria, its biggest trading partner, officials said."));
    }

    /// <summary>Parsed with "reported" as a conjunct of "delayed" and "hafling" as an oblique.</summary>
    [SkippableFact]
    public void APassiveWithoutSubjectDoesNotShareTheSubjectOfItsConjunct()
    {
        Assert.DoesNotContain(Coded("Arvania and Belmoria have delayed their meeting after a hafling was reported near Corvessa."),
            e => e.Contains(" 025 ", StringComparison.Ordinal));
    }

    /// <summary>Parsed with "in Arvania and Belmoria" under "Lawmakers" only.</summary>
    [SkippableFact]
    public void APhraseAfterCoordinatedRolesQualifiesEach()
    {
        Assert.Equal(["ARVGOV 041 COR", "ARVLEG 041 COR", "BELGOV 041 COR", "BELLEG 041 COR"],
            Coded("Lawmakers and officials in Arvania and Belmoria welcomed the new accord with Corvessa."));
    }

    /// <summary>Parsed with "crowds" (after) as an oblique of "restore"; places may be targets here, dates may not.</summary>
    [SkippableFact]
    public void APhraseThatDatesTheEventIsNoTarget()
    {
        Assert.Contains("ARV 064 BEL", Coded(
            "Arvania is about to restore ties with Belmoria almost five years after Corvessan crowds burned down its embassy, a senior official said on Saturday.",
            CodingOptions.Compatibility));
    }
}
