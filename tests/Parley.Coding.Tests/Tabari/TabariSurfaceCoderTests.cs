using Parley.Coding.Tabari;
using Parley.Coding.Validation;
using Parley.Testing;

namespace Parley.Coding.Tests.Tabari;

/// <summary>
/// TABARI's own coding algorithm on small dictionaries written for these tests (fictional countries): roots and
/// their endings, patterns, compounds, agents, pronouns, comma clauses, clauses and TABARI's options.
/// </summary>
public sealed class TabariSurfaceCoderTests : IDisposable
{
    private const string Actors = """
        <NOUN>
        CROWDS_
        </NOUN>
        <ADJECTIVE>
        PROUD
        </ADJECTIVE>
        FREEDONIA  [FRE]
        SYLVANIA_  [SYL] ; closed: Sylvanias, Sylvania's
        MARSOVIA  [MAR]
        RURITANIA  [RUR]
        GRAND_FENWICK  [FEN]
        KLOPSTOKIA  [KLO < 990101] [KLONEW]
        TEAM_NORTH  [###]
        """;

    private const string Agents = """
        PRESIDENT_  [~GOVPRS]
        MINISTER_  [~GOV]
        RIGHTS_GROUPS_  [NGO~]
        """;

    private const string Verbs = """
        <SYNSETS>
        &AIDTYPE
        +FOOD
        +MEDICAL_SUPPLIES
        &LOOP
        +&LOOP_AGAIN
        </SYNSETS>
        PRAISE  [041]
        CONDEMN  [122]
        ACCUSE  [112]
        DEPART_  [032]
        FREE  [066]
        - + * FROM $  [066]
        SEND  [070]
        - * &AIDTYPE  [071]
        - * { TROOPS | WARSHIPS }  [150]
        WARN  [160]
        - * AT ^ +  [162]
        MEET  [031:031]
        { MET_ MEETING_ }
        - % *  [036]
        SAID  [010?]
        VISIT_  [042:043]
        HOST  [043!]
        PLAY  [###]
        CHANT  [140]
        - * &LOOP  [141]
        """;

    private readonly TempDirectory _directory = new();
    private readonly TabariSurfaceCoder _coder;

    public TabariSurfaceCoderTests()
    {
        var files = new ValidationDictionaries(
            _directory.Write("test.verbs", Verbs), [_directory.Write("test.actors", Actors)], _directory.Write("test.agents", Agents), null, null);
        _coder = TabariSurfaceCoder.Load(files);
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void SourceIsTheActorBeforeTheVerbAndTargetTheOneAfterIt()
    {
        Assert.Equal(["FRE SYL 041"], Code("Freedonia praised Sylvania on Monday after a long dispute over fishing rights."));
        Assert.Equal(["FEN RUR 122"], Code("Grand Fenwick strongly condemned Ruritania on Monday for the raid on its fishing fleet."));
    }

    [Fact]
    public void ClosedRootsTakeOnlyRegularEndings()
    {
        Assert.Equal(["FRE SYL 032"], Code("Freedonia departed for Sylvania's capital on Monday with a large trade delegation."));
        Assert.Equal(["FRE SYL 032"], Code("Freedonia departing for the Sylvanias on Monday with a large trade delegation."));
        Assert.Empty(Code("Freedonia departx for Sylvania's capital on Monday with a large trade delegation."));
    }

    [Fact]
    public void PatternTokensChooseSourceAndTarget()
    {
        Assert.Equal(["RUR MAR 066"], Code("Marsovia was freed from Ruritania after months of quiet talks in the capital."));
    }

    [Fact]
    public void SynonymSetsAndAlternativesSelectPatterns()
    {
        Assert.Equal(["FRE SYL 071"], Code("Freedonia will send medical supplies to Sylvania next week, officials announced on Monday."));
        Assert.Equal(["FRE SYL 150"], Code("Freedonia will send warships to Sylvania next week, officials announced on Monday."));
        Assert.Equal(["FRE SYL 070"], Code("Freedonia will send medical teams to Sylvania next week, officials announced on Monday."));
    }

    [Fact]
    public void CompoundsCodeEveryPairAndPairedCodesAddTheReverseEvent()
    {
        Assert.Equal(
            ["FRE SYL 042", "SYL FRE 043", "FRE RUR 042", "RUR FRE 043", "MAR SYL 042", "SYL MAR 043", "MAR RUR 042", "RUR MAR 043"],
            Code("Freedonia and Marsovia visited Sylvania and Ruritania during the long summer recess."));
        Assert.Equal(["FRE SYL 036", "SYL FRE 036"], Code("Freedonia and Sylvania met again in the border town of Zenda on Tuesday."));
    }

    [Fact]
    public void ShortCommaClausesAreDroppedUnlessCommaIsOff()
    {
        const string text = "Freedonia praised, to the surprise of Marsovia, the new accord that ends the long quarrel.";
        Assert.Empty(Code(text));
        Assert.Equal(["FRE MAR 041"], Code(text, ("COMMA", "OFF")));
    }

    [Fact]
    public void ClausesForwardTheSourceUnlessCodingBySentence()
    {
        const string text = "Freedonia condemned Sylvania on Monday and accused Marsovia of harbouring the rebels.";
        Assert.Equal(["FRE SYL 122", "FRE MAR 112"], Code(text));
        Assert.Equal(["FRE SYL 122"], Code(text, ("CODE BY", "SENTENCE")));
    }

    [Fact]
    public void AgentsJoinTheActorBeforeOrAfterThem()
    {
        Assert.Equal(["FREGOVPRS SYLGOV 041"], Code("The president of Freedonia praised the Sylvania minister on Monday at the summit."));
        Assert.Equal(["NGOSYL FRE 122"], Code("Rights groups in Sylvania condemned Freedonia on Monday for the mass arrests."));
    }

    [Fact]
    public void PronounsReferToTheSentencesFirstActor()
    {
        Assert.Equal(["FRE SYL 160", "FRE MAR 112"], Code("Freedonia warned Sylvania on Monday and then it accused Marsovia of spying."));
    }

    [Fact]
    public void VerbsAfterADeterminerOrCapitalisedInsideTheSentenceAreNouns()
    {
        Assert.Equal(["FRE SYL 041"], Code("After the condemn of last year Freedonia praised Sylvania for its help with refugees."));
        Assert.Equal(["FRE MAR 041"], Code("Freedonia joined a march named Condemn Tyranny in Sylvania then praised Marsovia warmly."));
    }

    [Fact]
    public void NoActorBeforeTheFirstVerbIsComplexUnderNoActPriorAndTakesTheDefaultSource()
    {
        const string text = "Condemned across the region for its stance Freedonia left talks with Sylvania on Monday.";
        Assert.Equal(["FRE SYL 122"], Code(text));
        Assert.Empty(Code(text, ("COMPLEX", "VERBS[6] CONJ[3] NOACTPRIOR")));
        Assert.Equal(["DEF FRE 122"], Code(text, ("DEFAULT", "SOURCE [DEF] PRIOR")));
    }

    [Fact]
    public void DiscardCodesRejectAndDatedCodesFollowTheStoryDate()
    {
        Assert.Empty(Code("Freedonia played Sylvania in the final of the regional cup on Sunday."));
        Assert.Empty(Code("Team North praised Sylvania after the final of the regional cup on Sunday."));
        Assert.Equal(["KLO SYL 041"], Code("Klopstokia praised Sylvania on Monday after a long dispute over fishing rights.", date: new DateOnly(1998, 5, 1)));
        Assert.Equal(["KLONEW SYL 041"], Code("Klopstokia praised Sylvania on Monday after a long dispute over fishing rights.", date: new DateOnly(2001, 5, 1)));
    }

    [Fact]
    public void CodeAllCodesEveryVerbAndADominantVerbSuppressesTheOthers()
    {
        Assert.Equal(["FRE SYL 042", "SYL FRE 043"], Code("Freedonia visited Sylvania to praise Marsovia during a week-long tour of the region."));
        Assert.Equal(
            ["FRE SYL 042", "SYL FRE 043", "FRE MAR 041"],
            Code("Freedonia visited Sylvania to praise Marsovia during a week-long tour of the region.", ("CODE BY", "ALL")));
        Assert.Equal(["FRE MAR 043"], Code("Freedonia visited Sylvania to host Marsovia during a week-long tour of the region.", ("CODE BY", "ALL")));
    }

    [Fact]
    public void ASynonymSetThatContainsItselfMatchesNothing()
    {
        Assert.Equal(["FRE SYL 140"], Code("Freedonia chanted slogans again at Sylvania during the border ceremony on Sunday."));
    }

    [Fact]
    public void PassiveVerbTakesItsSourceAfterBy()
    {
        Assert.Equal(["FRE SYL 122"], Code("Sylvania was sharply condemned by Freedonia on Monday over the border raid."));
    }

    [Fact]
    public void TooManyVerbsOrClauseConjunctionsMakeASentenceComplex()
    {
        const string text = "Freedonia condemned Sylvania on Monday and accused Marsovia but praised Ruritania for its help.";
        Assert.Equal(["FRE SYL 122", "FRE MAR 112", "FRE RUR 041"], Code(text));
        Assert.Empty(Code(text, ("COMPLEX", "CONJ[2]")));
        Assert.Empty(Code(text, ("COMPLEX", "VERBS[3]")));
        Assert.Equal(3, Code(text, ("COMPLEX", "VERBS[4] CONJ[3]")).Count);
    }

    [Fact]
    public void SkipTokenPassesOverAnActor()
    {
        Assert.Equal(["FRE SYL 162"], Code("Freedonia warned at Marsovia the leaders of Sylvania about the coming storm season."));
    }

    [Fact]
    public void ForwardLetsAPronounReferToThePreviousSentenceOfTheStory()
    {
        (string, string) forward = ("FORWARD", "^^NNN*SSS");
        Assert.Equal(["FRE SYL 041"], Code("Freedonia praised Sylvania on Monday after a long dispute over fishing rights.", forward, id: "FWD-001-001"));
        Assert.Equal(["FRE MAR 122"], Code("He also condemned Marsovia for the attack on the border post last week.", forward, id: "FWD-001-002"));
        Assert.Empty(Code("He also condemned Marsovia for the attack on the border post last week.", id: "FWD-001-003"));
    }

    [Fact]
    public void SentencesShorterThanTheMinimumAreNotCoded()
    {
        Assert.Empty(Code("Freedonia praised Sylvania."));
        Assert.Equal(["FRE SYL 041"], Code("Freedonia praised Sylvania.", ("MINIMUM WORDS", "3")));
    }

    private List<string> Code(string text, (string Key, string Value)? option = null, string id = "TEST-01", DateOnly? date = null)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (option is { } set)
        {
            options[set.Key] = set.Value;
        }
        var record = new ValidationRecord { Id = id, Date = date ?? new DateOnly(2001, 1, 1), Text = text, Options = options };
        return _coder.Code(record).Select(e => $"{e.Source} {e.Target} {e.Code}").ToList();
    }
}
