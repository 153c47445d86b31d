using Parley.Coding.Events;
using Parley.Coding.Ontology;
using Parley.Coding.Places;

namespace Parley.Coding.Coding;

/// <summary>How the coder decides what to emit. Immutable; <see cref="Default"/> emits asserted dyadic events.</summary>
/// <param name="Ontology">The CAMEO ontology that names codes.</param>
/// <param name="Modalities">The modalities emitted (default: asserted only; <c>--all-modalities</c> emits all).</param>
/// <param name="RequireTarget">
/// Emit only events with both a source and a target, as TABARI and PETRARCH do by default: an event with no
/// target ("Russia protested") is usually too vague to count.
/// </param>
/// <param name="Lexicon">The words of negation, condition, intent and threat.</param>
/// <param name="UnknownCountry">
/// What stands before a role with no country: "" gives "aid workers" → NGO; TABARI and PETRARCH write "---NGO".
/// </param>
/// <param name="Shallow">
/// TABARI's reading for its own dictionaries: any word listed as a "verb" triggers (a modal such as "should", a noun
/// such as "voice"), its patterns match the words of the whole sentence, and a sentence codes only its first event.
/// Parley's own reading (false) takes verbs and event nouns in their clauses and codes every event.
/// </param>
/// <param name="StatementTargetsInReportedClause">
/// TABARI and PETRARCH give a statement ("said", "told") the first actor of its reported clause as target
/// ("Russia said Ukraine attacked" → RUS 010 UKR); Parley's own reading (false) does not.
/// </param>
/// <param name="CompoundSubjectsActOnEachOther">
/// TABARI and PETRARCH code a compound subject with no target as acting on each other ("Gondor and Osgiliath
/// welcomed the resumption of ties"); Parley's own reading (false) does so only for patterns marked <c>%</c> and
/// verbs of <see cref="ModalityLexicon.ReciprocalVerbs"/> ("Hungary and Romania agreed", not "Germany and Italy
/// called for an inquiry").
/// </param>
/// <param name="InferCountryOfRoles">
/// Give a role named without a country ("the president", "police") the country of the other participant or of the
/// event's place; TABARI and PETRARCH leave it unknown ("---GOV").
/// </param>
/// <param name="PlacesCanBeTargets">
/// TABARI and PETRARCH take an actor in a locative phrase as a target ("met in Geneva" → CHE); Parley's own
/// reading (false) does not: a place is an actor only as a participant ("Moscow rejected the offer").
/// </param>
/// <param name="MonadicFallback">
/// With <paramref name="RequireTarget"/>, still emit a sentence's first event that has a source but no target when the
/// sentence yields no event with both ("Thousands of Serbs protested in Belgrade"); TABARI and PETRARCH do not.
/// </param>
/// <param name="AttachedPrepositions">
/// A pattern's preposition must head a phrase of the verb or of its object ("protested to the embassy"), not one
/// of a deeper clause ("protest the plan of sending ships to Cyprus"); TABARI and PETRARCH match words in order
/// wherever they are.
/// </param>
/// <param name="WholeVerbPhrasePatterns">
/// PETRARCH reads a verb's patterns over its whole verb phrase in the parse tree: words after <c>*</c> may match
/// in a complement clause ("Chad allowed that Sudan is a really pleasant place": <c>- * REALLY_PLEASANT</c>), words
/// before it in the clauses that govern the verb's own ("Sudan indicated it would act with Chad":
/// <c>- INDICATED WOULD *</c>). Parley's own reading (false) keeps a pattern within the verb's clause.
/// </param>
/// <param name="ExactPatternWords">
/// PETRARCH matches a pattern's words as written: <c>- * RESOLUTION</c> does not match "resolutions"; Parley's own
/// reading (false) also matches lemmas and TABARI-style stems.
/// </param>
/// <param name="PassiveNeedsAgent">
/// PETRARCH treats a verb as passive only when a "by" phrase names its doer: "Chad was criticized over its dispute
/// with Niger" codes Chad → Niger. Parley's own reading (false) knows the passive from its auxiliary and leaves such
/// an event without a source.
/// </param>
/// <param name="ComposeEveryAgent">
/// PETRARCH composes every agent of a phrase with its actor ("an MSF Chadian diplomat": NGOTCDGOV), also with an
/// actor that already has a sector; Parley's own reading (false) composes the agent nearest the head with a bare
/// country.
/// </param>
/// <param name="SourcesWithinVerbPhrase">
/// PETRARCH gives a verb without a subject only the subject of the verb phrase it is in ("Chad agreed to meet
/// Niger"), not one reached through a noun ("abandoned efforts to stop the parade") or through a clause a
/// conjunction introduces ("after leaving Niger"); Parley's own reading (false) follows both ("Russia has no
/// intention of attacking").
/// </param>
/// <param name="ComplexPatternsIgnored">
/// TABARI marks a sentence too complex to code when a pattern coded <c>[+++]</c> matches; PETRARCH does not
/// implement that marker, so such a pattern is passed over and the next best one codes ("restore fxll diplomatic
/// ties" matches <c>- * DIPLOMATIC</c>).
/// </param>
/// <param name="Places">The gazetteer that places events, or null to leave events unplaced.</param>
/// <param name="UnattributedViolence">
/// Code an attack whose perpetrator the sentence does not name, with no source: "Two Afghan soldiers were killed in
/// a roadside bombing" → (none) 190 AFGMIL, as conflict monitors count them; only for assaults and uses of force
/// (CAMEO 18–20) stated as a passive without agent or with a weapon or blast as subject. TABARI and PETRARCH need a
/// source.
/// </param>
/// <param name="AttackMethods">
/// Code a killing or attack by the bomb it names ("A roadside bombing killed two soldiers" → 1833), as the CAMEO
/// manual does; TABARI and PETRARCH code the verb.
/// </param>
/// <param name="ImpliedParticipants">
/// Name the participant a one-sided event implies, as ICEWS and the PLOVER gold code domestic events: a protest,
/// strike, concession, demand, rejection or threat by a domestic actor (a country's police, unions, government or
/// parties, not the state named as a whole) with no named target is aimed at its own country ("The teachers' union
/// called off its strike" → NGALAB 082 NGA), a deed (yielding, protest, coercion, force) at the country where it is
/// done ("Serbia eased the emergency measures in Montenegro" → SRB 0811 MNE), force at the country where it
/// is used ("Russian troops shelled a village near Kharkiv" → RUSMIL 190 UKR), and an attack whose
/// perpetrator is not named is by unidentified armed forces (CAMEO UAF) of the country it happened in ("A roadside
/// bomb near Samarra killed a U.S. soldier" → IRQUAF 1833 USAMIL). Such an actor has empty text and no span.
/// TABARI and PETRARCH leave the participant out.
/// </param>
/// <param name="AnnouncementsAsIntents">
/// Code an announced deed as an asserted intent or threat ("Hungary will support the resolution" → 03x), as
/// the CAMEO manual does; TABARI and PETRARCH code the deed itself.
/// </param>
public sealed record CodingOptions(
    CameoOntology Ontology,
    IReadOnlySet<Modality> Modalities,
    bool RequireTarget,
    ModalityLexicon Lexicon,
    string UnknownCountry = "",
    bool Shallow = false,
    bool StatementTargetsInReportedClause = false,
    bool AnnouncementsAsIntents = true,
    Gazetteer? Places = null,
    bool CompoundSubjectsActOnEachOther = false,
    bool InferCountryOfRoles = true,
    bool PlacesCanBeTargets = false,
    bool MonadicFallback = true,
    bool AttachedPrepositions = true,
    bool UnattributedViolence = true,
    bool AttackMethods = true,
    bool ImpliedParticipants = true,
    bool WholeVerbPhrasePatterns = false,
    bool ExactPatternWords = false,
    bool PassiveNeedsAgent = false,
    bool ComposeEveryAgent = false,
    bool SourcesWithinVerbPhrase = false,
    bool ComplexPatternsIgnored = false)
{
    /// <summary>Asserted events with source and target, CAMEO ontology, English lexicon.</summary>
    public static CodingOptions Default { get; } = new(
        CameoOntology.Default, new HashSet<Modality> { Modality.Asserted }, RequireTarget: true, ModalityLexicon.English,
        Places: Gazetteer.Default);

    /// <summary>
    /// As TABARI and PETRARCH code, for their validation suites: every modality (they do not tell a threat or a
    /// refusal from a deed), and "---" for an unknown country.
    /// </summary>
    public static CodingOptions Compatibility { get; } = Default.WithAllModalities() with
    {
        UnknownCountry = "---",
        StatementTargetsInReportedClause = true,
        AnnouncementsAsIntents = false,
        Places = null,
        CompoundSubjectsActOnEachOther = true,
        InferCountryOfRoles = false,
        PlacesCanBeTargets = true,
        MonadicFallback = false,
        AttachedPrepositions = false,
        UnattributedViolence = false,
        AttackMethods = false,
        ImpliedParticipants = false,
    };

    /// <summary><see cref="Compatibility"/> with the conventions of PETRARCH2's parse-tree reading.</summary>
    public static CodingOptions PetrarchCompatibility { get; } = Compatibility with
    {
        WholeVerbPhrasePatterns = true,
        ExactPatternWords = true,
        PassiveNeedsAgent = true,
        ComposeEveryAgent = true,
        SourcesWithinVerbPhrase = true,
        ComplexPatternsIgnored = true,
    };

    /// <summary><see cref="Compatibility"/> with TABARI's shallow reading (<see cref="Shallow"/>).</summary>
    public static CodingOptions TabariCompatibility { get; } = Compatibility with { Shallow = true };

    /// <summary>These options emitting every modality.</summary>
    public CodingOptions WithAllModalities() => this with
    {
        Modalities = new HashSet<Modality> { Modality.Asserted, Modality.Negated, Modality.Hypothetical, Modality.Future },
    };
}
