namespace Parley.Coding.Evaluation;

/// <summary>
/// What the text offers the coder when it emitted nothing: the facts <see cref="EventScorer"/> needs to tell
/// the causes of a miss apart.
/// </summary>
/// <param name="HasActorName">Some token is part of an actor name the dictionaries list.</param>
/// <param name="HasDictionaryWord">Some token's lemma, form or stem is in the verb or event-noun dictionaries.</param>
/// <param name="RootHitWithAllModalities">Coding the text with every modality gives an event with an accepted root.</param>
public sealed record MissEvidence(bool HasActorName, bool HasDictionaryWord, bool RootHitWithAllModalities);
