using Parley.Coding.Coding;
using Parley.Coding.Events;
using static Parley.Coding.Tests.Coding.CoderFixture;

namespace Parley.Coding.Tests.Coding;

/// <summary>One realistic sentence per grammatical construction the coder must read (sentences written for Parley).</summary>
public sealed class ConstructionTests
{
    [SkippableFact]
    public void SubjectIsSourceAndObjectIsTarget()
    {
        Assert.Equal(["RUS 111 FRA"], Triples(Code("Russia condemned France on Monday.")));
    }

    [SkippableFact]
    public void PassiveTakesTheSourceFromTheByPhrase()
    {
        Assert.Equal(["RUSMIL 194 UKR"], Triples(Code("Ukraine was shelled by Russian troops overnight.")));
    }

    [SkippableFact]
    public void CoordinatedActorsGiveOneEventPerPair()
    {
        string[] events = Triples(Code("Russia and China condemned France and Britain."));
        Assert.Equal(["CHN 111 FRA", "CHN 111 GBR", "RUS 111 FRA", "RUS 111 GBR"], events.Order().ToArray());
    }

    [SkippableFact]
    public void AgreeingToMeetIsAnIntentToMeet()
    {
        Assert.Equal(["RUS 036 UKR"], Triples(Code("Russia agreed to meet Ukraine next week.")));
    }

    [SkippableFact]
    public void ThreateningSanctionsIsAThreatOfSanctions()
    {
        Assert.Equal(["TUR 1312 ISR"], Triples(Code("Turkey threatened to impose sanctions on Israel.")));
    }

    [SkippableFact]
    public void TitleAndNationalityComposeIntoAGovernmentActor()
    {
        Assert.Equal(["RUSGOV 111 FRA"], Triples(Code("The Russian foreign minister condemned France.")));
    }

    [SkippableFact]
    public void ListedPersonWithTitleKeepsThePersonsCode()
    {
        Assert.Equal(["RUSGOV 112 UKR"], Triples(Code("Russian Foreign Minister Sergei Lavrov accused Ukraine of sabotage.")));
    }

    [SkippableFact]
    public void AgentCompositionGivesMilitaryActors()
    {
        Assert.Equal(["RUSMIL 190 UKRMIL"], Triples(Code("Russian pilots attacked Ukrainian soldiers near the border.")));
    }

    [SkippableFact]
    public void NominalEventWithAdjectivalSourceAndPrepositionalTarget()
    {
        Assert.Contains("RUS 129 FRA", Triples(Code("The Russian veto of the French resolution angered diplomats.")));
    }

    [SkippableFact]
    public void TalksBetweenTwoActorsGoBothWays()
    {
        string[] events = Triples(Code("Talks between Russia and Ukraine resumed in Geneva on Monday."));
        Assert.Equal(["RUS 043 UKR", "UKR 043 RUS"], events.Order().ToArray());
    }

    [SkippableFact]
    public void RelativeClauseCodesItsOwnParticipants()
    {
        string[] events = Triples(Code("Observers described the air support that Russian pilots provided to the Syrian army."));
        Assert.Contains("RUSMIL 073 SYRMIL", events);
    }

    [SkippableFact]
    public void ReportedSpeechCodesTheReportedEvent()
    {
        string[] events = Triples(Code("Ukraine said Russian troops attacked Ukrainian soldiers."));
        Assert.Contains("RUSMIL 190 UKRMIL", events);
        Assert.All(events, e => Assert.True(e == "RUSMIL 190 UKRMIL" || e.StartsWith("UKR 010 ", StringComparison.Ordinal), e));
    }

    [SkippableFact]
    public void PronounSubjectOfReportedClauseIsTheSpeaker()
    {
        Assert.Contains("RUS 190 UKR", Triples(Code("Russia said it attacked Ukraine in self-defence.")));
    }

    [SkippableFact]
    public void DateRestrictedActorChangesCodeWithTheStoryDate()
    {
        const string text = "John Kerry met Sergei Lavrov in Geneva.";
        Assert.Contains("USAGOV 040 RUSGOV", Triples(Code(text, date: new DateOnly(2015, 6, 1))));
        Assert.Contains("USALEG 040 RUSGOV", Triples(Code(text, date: new DateOnly(2010, 6, 1))));
        Assert.Contains("USAELI 040 RUSGOV", Triples(Code(text, date: new DateOnly(2019, 6, 1))));
    }

    [SkippableFact]
    public void DiscardPhraseDropsTheSentence()
    {
        Assert.Empty(Code("Russian fans attacked Ukrainian fans after the football match."));
    }

    [SkippableFact]
    public void PlaceMentionedInPassingIsNotAnActor()
    {
        Assert.Equal(["RUS 111 FRA"], Triples(Code("Speaking in Kyiv, Russia condemned France.")));
    }

    [SkippableFact]
    public void EventsCarryEvidenceSpansIntoTheStoryText()
    {
        const string text = "Markets were calm. Russia condemned France on Monday.";
        CodedEvent e = Assert.Single(Code(text));
        Assert.Equal("Russia", e.Evidence.Source!.Value.Slice(text));
        Assert.Equal("condemned", e.Evidence.Trigger.Slice(text));
        Assert.Equal("France", e.Evidence.Target!.Value.Slice(text));
        Assert.Equal("Russia condemned France on Monday.", e.Evidence.Sentence.Slice(text));
        Assert.Equal(1, e.SentenceIndex);
        Assert.Equal("Russia", e.Source!.Text);
        Assert.Equal("RUS", e.Source.Country);
    }

    [SkippableFact]
    public void EventCarriesOntologyFields()
    {
        CodedEvent e = Assert.Single(Code("Russia vetoed the resolution of France."));
        Assert.Equal("129", e.Code);
        Assert.Equal("Veto", e.Cameo!.Name);
        Assert.Equal(3, e.Cameo.QuadClass);
        Assert.Equal(Modality.Asserted, e.Modality);
        Assert.Contains("fixture.verbs.txt:", e.Rule, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void StatementThatAnotherPartyMustActIsADemand()
    {
        string[] events = Triples(Code("France said on Tuesday that Russia must meet Ukraine."));
        Assert.Contains("FRA 108 RUS", events);
        Assert.DoesNotContain("RUS 040 UKR", events);
    }

    [SkippableFact]
    public void StatementThatAnotherPartyNeedsToActIsADemand()
    {
        string[] events = Triples(Code("France said that Russia needs to meet Ukraine."));
        Assert.Contains("FRA 108 RUS", events);
        Assert.DoesNotContain("RUS 040 UKR", events);
    }

    [SkippableFact]
    public void RoleWithoutCountryTakesTheCountryOfTheOtherParticipant()
    {
        Assert.Equal(["UKRCOP 173 UKRMED"], Triples(Code("Police arrested Ukrainian journalists on Sunday.")));
    }

    [SkippableFact]
    public void RolesWithoutCountryTakeTheCountryOfTheEventsPlace()
    {
        CodedEvent e = Assert.Single(Code("Police arrested journalists in Kyiv on Sunday."));
        Assert.Equal("UKRCOP 173 UKRMED", $"{e.Source!.Code} {e.Code} {e.Target!.Code}");
        Assert.Equal("UKR", e.Location!.Country);
    }

    [SkippableFact]
    public void EventDateComesFromItsClauseNotFromTheDateline()
    {
        CodedEvent e = Assert.Single(Code("KYIV, March 1 (Parley) - Russia attacked Ukraine on Sunday.", date: new DateOnly(2022, 3, 1)));
        Assert.Equal(new DateOnly(2022, 2, 27), e.Date);
        Assert.Equal("UKR", e.Location!.Country);
    }

    [SkippableTheory]
    [InlineData("Russia on Friday condemned France.")]
    [InlineData("Russia on Friday condemned as reckless France's decision to arm the rebels.")]
    public void WireStyleDayBeforeTheVerbKeepsTheSubject(string sentence)
    {
        Assert.Contains("RUS 111 FRA", Triples(Code(sentence)));
    }

    [SkippableFact]
    public void ASentenceWithoutAnyTargetKeepsItsFirstOneSidedEvent()
    {
        Assert.Equal(["RUSMIL 190 -"], Triples(Code("Russian troops attacked the village at dawn.")));
        Assert.Empty(Code("Russia said on Monday that the weather was fine."));
    }

    [SkippableFact]
    public void AOneSidedEventGivesWayToAnEventWithATarget()
    {
        Assert.Equal(["RUS 111 FRA"], Triples(Code("Russian troops attacked the village, and Russia condemned France.")));
    }
    [SkippableTheory]
    [InlineData("Turkey today condemned the Syrian decision.", "TUR 111 SYR")]
    [InlineData("Oxfam France today called on Syria to open the border.", "FRA 020 SYR")]
    public void WireStyleDayWordIsNeitherSubjectNorHead(string sentence, string expected)
    {
        // The parser takes "today" for the subject, or for the head the verb modifies.
        Assert.Contains(expected, Triples(Code(sentence)));
    }

    [SkippableTheory]
    [InlineData("Russia today threatened to attack Ukraine.")]
    [InlineData("Russia on Sunday threatened to attack Ukraine.")]
    public void WireStyleDayBeforeAGoverningVerbKeepsTheSubjectOfItsInfinitive(string sentence)
    {
        Assert.Contains("RUS 138 UKR", Triples(Code(sentence)));
    }

    [SkippableFact]
    public void AThreatIsAimedAtThePartyThatMustMeetItsCondition()
    {
        Assert.Contains("TUR 1312 ISR", Triples(Code("Turkey threatened to impose sanctions if Israel attacked the convoy.")));
        Assert.Contains("TUR 1312 ISR", Triples(Code("Turkey threatened to impose sanctions unless Israel withdrew.")));
        Assert.Contains("TUR 1312 ISR", Triples(Code("Turkey has threatened to impose sanctions if Israel goes forward with the raid.")));
        // The condition may hang on a verb inside the threatened deed.
        Assert.Contains("TUR 1312 ISR", Triples(Code("Turkey threatened to impose sanctions to protect the convoy if Israel attacked it.")));
    }

    [SkippableFact]
    public void DeclaringThatOneWillNotCooperateIsARejection()
    {
        Assert.Contains("RUS 125 UKR", Triples(Code("Russia said it would not meet Ukraine.")));
        Assert.Contains("RUS 125 UKR", Triples(Code("Russia will not meet Ukraine next week.")));
        Assert.Empty(Code("Russia did not meet Ukraine last week."));
        Assert.DoesNotContain(Triples(Code("Russia will not attack Ukraine.")), e => e.Contains(" 12", StringComparison.Ordinal));
    }
    [SkippableFact]
    public void AReportingVerbHungOnTheTriggerIsNotPartOfItsClause()
    {
        // The parser hangs "said" on "impose" as an unlabelled dependent; "sanctions" in the speaker's title must
        // not make the new rules sanctions.
        Assert.DoesNotContain("TUR 163 ISR", Triples(Code("The Turks impose new rules on Israel, sanctions envoy Ali Demir said.")));
    }
    [SkippableFact]
    public void TheTargetOfADemandIsWhoeverMustAct()
    {
        Assert.Contains("RUS 10 UKR", Triples(Code("Russia reiterated its demand that Ukraine meet France.")));
    }

    [SkippableFact]
    public void UndertakingAnEventNounMakesTheSubjectItsSource()
    {
        Assert.Contains("TUR 043 SYR", Triples(Code("Turkey undertook talks with Syria in March.")));
    }
    [SkippableFact]
    public void TheMainVerbKeepsItsOneSidedEventBesideASubordinateClausesEvent()
    {
        string[] events = Triples(Code("Russian troops attacked the village as Ukrainian police arrested Russian journalists."));
        Assert.Contains("RUSMIL 190 -", events);
        Assert.Contains("UKRCOP 173 RUSMED", events);
    }

    [SkippableFact]
    public void TheMainVerbsOneSidedEventIsDroppedWhenTheSentenceSaysTheSameWithATarget()
    {
        Assert.Equal(["RUSMIL 190 UKRMIL"], Triples(Code("Russian pilots attacked the village while Russian pilots attacked Ukrainian soldiers nearby.")));
    }

    [SkippableFact]
    public void AParticipleUsedAsAnAdjectiveIsNoEvent()
    {
        Assert.DoesNotContain(Triples(Code("Syrians of the Russian-shelled Golan condemned the vote on Monday.")), e => e.Contains(" 194 ", StringComparison.Ordinal));
    }
    [SkippableFact]
    public void TheSubjectsOwnForcesAreNotTheTargetOfTheirWithdrawal()
    {
        Assert.Equal(["RUS 0874 SYR"], Triples(Code("Russia withdrew its Chinese tanks from Syria.")));
    }

    [SkippableFact]
    public void AStatementOfAnEventNounStatesThatEvent()
    {
        Assert.Equal(["RUS 10 UKR"], Triples(Code("Russia repeated its demand to Ukraine.")));
    }

    [SkippableFact]
    public void ADenialOfAnEventNounStaysADenial()
    {
        // Only a plain statement (010) carries the event it names; denying the attacks is not attacking.
        Assert.DoesNotContain(Triples(Code("Russia denied the attacks on Ukraine.")), t => t.Contains(" 190", StringComparison.Ordinal));
    }
    [SkippableFact]
    public void AStatementOfAKindStandsWithoutAnAddressee()
    {
        Assert.Equal(["RUSGOV 016 -"], Triples(Code("The Russian government denied the reports in Sochi on Monday.")));
        Assert.Empty(Code("Russia said on Monday that the weather was fine."));
    }

    [SkippableFact]
    public void AnEventNounsTargetMayHangFurtherDown()
    {
        Assert.Contains("RUS 129 SYR", Triples(Code("The Russian veto of sanctions against Syria angered diplomats.")));
    }
    [SkippableFact]
    public void WhoIsResponsibleForAnEventNounIsItsSource()
    {
        Assert.Contains("RUSMIL 190 UKR", Triples(Code("The Russian army is responsible for the attack on Ukraine.")));
        // The second conjunct takes its source where the first stands.
        Assert.Contains("RUS 190 UKR", Triples(Code("Russia is responsible for the war and the attacks on Ukraine.")));
    }
    [SkippableFact]
    public void AStatementOfConfidenceOrDoubtIsAnOptimisticOrPessimisticComment()
    {
        Assert.Equal(["RUSGOV 012 -"], Triples(Code("The Russian government said it was sceptical about the French plan.")));
        Assert.Contains("RUS 013 -", Triples(Code("Russia said it was confident that Ukraine would meet France.")));
    }
    [SkippableTheory]
    [InlineData("Turkey protested to Syria about the shelling.", "TUR 114 SYR")]
    [InlineData("Turkey protested the decision to send troops to Syria.", "TUR 14 SYR")]
    [InlineData("Turkey protested the plan of sending troops to Syria.", "TUR 14 SYR")]
    public void APatternsPrepositionMustBelongToTheVerb(string sentence, string expected)
    {
        Assert.Equal([expected], Triples(Code(sentence)));
    }
    [SkippableFact]
    public void AProtestIsAimedAtWhomItsPurposeNames()
    {
        Assert.Contains("TURMIL 14 SYR", Triples(Code("The Turkish army protested on Monday to condemn the Syrian decision.")));
    }

    [SkippableFact]
    public void AQuantityWordStandsForThePeopleOfItsOfPhrase()
    {
        Assert.Equal(["UKRMED 111 RUS"], Triples(Code("Hundreds of Ukrainian journalists condemned Russia.")));
    }

    [SkippableFact]
    public void AMultiwordEventNounIsOneEventHeadedByItsLastWord()
    {
        // "hunger strike" is the object of "began", so the journalists strike; "strike" alone (190) is not coded. A
        // domestic protest with no named target is aimed at the protesters' country.
        Assert.Equal(["SYRMED 142 SYR"], Triples(Code("Dozens of Syrian journalists began a hunger strike on Monday.")));
    }

    [SkippableFact]
    public void AnAgainstPhraseHungOnAPlaceStillNamesTheTarget()
    {
        Assert.Equal(["UKRMED 141 RUS"], Triples(Code("Ukrainian journalists staged protests in Kyiv against Russia.")));
    }

    [SkippableFact]
    public void ACountryWordTheParserStrandedStillBelongsToTheNameAfterIt()
    {
        Assert.Equal(["GMBGOV 111 SEN"], Triples(Code("Gambian President Yahya Jammeh condemned Senegal on Monday.")));
    }

    [SkippableFact]
    public void ARoleTakesTheCountryOfAPlaceInItsOwnPhrase()
    {
        Assert.Equal(["FRAMED 073 SYRHLH"], Triples(Code("French journalists provided food to a hospital in Aleppo.")));
    }

    [SkippableFact]
    public void AVerbPatternAndTheEventNounItCarriesAreOneEvent()
    {
        Assert.Equal(["TUR 163 ISR"], Triples(Code("Turkey imposed sanctions on Israel.")));
        // Lifting sanctions ends them; it imposes none.
        Assert.Equal(["TUR 163 ISR negated"], WithModality(Code("Turkey lifted the sanctions on Israel.", CodingOptions.Default.WithAllModalities())));
    }

    [SkippableTheory]
    [InlineData("Two Ukrainian soldiers were killed in a roadside bombing near Donetsk.", "UKRUAF 1833 UKRMIL")]
    [InlineData("A car bomb killed three Syrian journalists on Monday.", "- 1832 SYRMED")]
    [InlineData("Two Ukrainian soldiers were killed by Russian troops.", "RUSMIL 190 UKRMIL")]
    [InlineData("Russian troops killed two Ukrainian soldiers in a suicide attack.", "RUSMIL 1831 UKRMIL")]
    [InlineData("Russian troops killed two Ukrainian soldiers in a bomb attack.", "RUSMIL 183 UKRMIL")]
    public void AnAttackByAnUnnamedPerpetratorIsByUnidentifiedForcesOfItsPlaceAndABombingIsCodedByItsMethod(string sentence, string expected)
    {
        Assert.Equal([expected], Triples(Code(sentence)));
    }

    [SkippableFact]
    public void OnlyForceIsCodedWithoutAPerpetratorAndNotForTabariOrPetrarch()
    {
        Assert.Empty(Code("Two Ukrainian journalists were arrested on Monday."));
        Assert.DoesNotContain(Triples(Code("Two Ukrainian soldiers were killed in a roadside bombing near Donetsk.", CodingOptions.Compatibility)),
            t => t.StartsWith("- ", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("Dozens of Syrian journalists began a hunger strike on Monday.", "SYRMED 142 SYR")]
    [InlineData("Turkish police arrested dozens of people in Ankara.", "TURCOP 173 TUR")]
    [InlineData("Russian troops shelled a village near Kharkiv.", "RUSMIL 194 UKR")]
    [InlineData("Turkey arrested dozens of people in Aleppo, the Turkish army said.", "TUR 173 SYR")]
    [InlineData("Turkish ministers condemned in Paris the bombing of the port.", "TURGOV 111 TUR")]
    public void AOneSidedDeedIsAimedAtItsOwnCountryAndForceAtThePlaceItIsUsed(string sentence, string expected)
    {
        Assert.Contains(expected, Triples(Code(sentence)));
    }

    [SkippableFact]
    public void AnImpliedParticipantHasNoTextAndNoEvidenceSpan()
    {
        CodedEvent e = Assert.Single(Code("Two Ukrainian soldiers were killed in a roadside bombing near Donetsk."));
        Assert.True(e.Source!.Implied);
        Assert.Equal("", e.Source.Text);
        Assert.Null(e.Evidence.Source);
        Assert.False(e.Target!.Implied);
        Assert.NotNull(e.Evidence.Target);
        var stream = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(stream))
        {
            Parley.Coding.Output.EventJson.WriteObject(json, e, "sentence", "killed");
        }
        using var parsed = System.Text.Json.JsonDocument.Parse(stream.ToArray());
        Assert.True(parsed.RootElement.GetProperty("source").GetProperty("implied").GetBoolean());
        Assert.False(parsed.RootElement.GetProperty("target").GetProperty("implied").GetBoolean());
    }

    [SkippableFact]
    public void StatementsAndCooperationImplyNoTargetAndNeitherDoTabariOrPetrarch()
    {
        Assert.Contains("RUSMIL 190 -", Triples(Code("Russian troops attacked the village at dawn.")));
        Assert.Empty(Code("Syrian journalists said on Monday that the weather was fine."));
        Assert.Equal(["TURCOP 173 -"], Triples(Code("Turkish police arrested dozens of people in Ankara.",
            CodingOptions.Default with { ImpliedParticipants = false })));
        Assert.DoesNotContain(Triples(Code("Turkish police arrested dozens of people in Ankara.", CodingOptions.Compatibility)),
            t => t.EndsWith(" TUR", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void AnArabicPlaceNameMatchesWithoutItsApostrophe()
    {
        CodedEvent e = Assert.Single(Code("A roadside bomb near Samarra killed two American soldiers on Monday."));
        Assert.Equal("IRQ", e.Location!.Country);
        Assert.Equal("IRQUAF", e.Source!.Code);
    }

    [SkippableFact]
    public void AnEventNounModifyingANounTakesTheWholePhrasesParticipants()
    {
        Assert.Contains("FRA 045 RUS", Triples(Code("France undertook a mediation mission between Russia and Ukraine.")));
    }

    [SkippableTheory]
    [InlineData("Ukrainian journalists began a strike against the Russian government on Monday.", "UKRMED 143 RUSGOV")]
    [InlineData("Russian troops began a four-day strike against the Ukrainian government on Monday.", "RUSMIL 143 UKRGOV")]
    [InlineData("Russian troops began a strike against the Ukrainian government on Monday.", "RUSMIL 190 UKRGOV")]
    public void AStrikeByWorkersOrOfSomeDaysIsALabourStrike(string sentence, string expected)
    {
        Assert.Contains(expected, Triples(Code(sentence)));
    }

    [SkippableFact]
    public void PartiesThatExchangeRolesActOnEachOtherButPartiesMeetingRolesDoNot()
    {
        string[] exchanged = Triples(Code("Russia and Ukraine exchanged journalists on Monday."));
        Assert.Contains("RUS 0841 UKR", exchanged);
        Assert.Contains("UKR 0841 RUS", exchanged);
        Assert.DoesNotContain("RUS 040 UKR", Triples(Code("Russia and Ukraine met journalists on Monday.")));
    }

    [SkippableFact]
    public void AnAgreementToDoSomethingIsAnIntentToDoIt()
    {
        Assert.Contains("RUS 036 UKR", Triples(Code("Russia reached an agreement with France to meet Ukraine in March.")));
    }

    [SkippableFact]
    public void SpeedingUpAnEventNounMakesTheSubjectItsSource()
    {
        Assert.Equal(["RUS 0874 SYR"], Triples(Code("Russia speeded up the withdrawal from Syria on Monday.")));
    }

    [SkippableTheory]
    [InlineData("Syrian militiamen attacked a hospital in Aleppo.", "SYRREB 180 SYRHLH")]
    [InlineData("Syrian militiamen attacked Russian troops near Aleppo.", "SYRREB 190 RUSMIL")]
    [InlineData("Russian troops attacked a hospital in Aleppo.", "RUSMIL 190 SYRHLH")]
    public void IrregularsAttackingPeopleWhoAreNotSoldiersIsAnAssaultNotAFight(string sentence, string expected)
    {
        Assert.Contains(expected, Triples(Code(sentence)));
    }

    [SkippableFact]
    public void RolesWithoutACountryTakeTheOnlyCountryTheStoryNamed()
    {
        Assert.Equal(["UKRGOV 111 UKRMED"], Triples(Code("Ukraine buried its soldiers on Monday. The president condemned the journalists.")));
    }

    [SkippableFact]
    public void APhrasalVerbsParticleMayStandAfterALongObject()
    {
        Assert.Equal(["UKR 166 RUS"], Triples(Code("Ukraine forced the Russian ambassador, Sergei Lavrov, out of the country.")));
    }

    [SkippableFact]
    public void TheSubjectOfEngagedInDoesTheDeedAndTheInPhraseMayNameTheTarget()
    {
        Assert.Equal(["RUSMIL 203 UKR"], Triples(Code("Russian troops were engaged in ethnic cleansing against Ukrainian villagers.")));
    }
}
