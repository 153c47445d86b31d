namespace Parley.Coding.Dictionaries;

/// <summary>The kinds of <see cref="PatternToken"/>.</summary>
public enum PatternTokenKind
{
    /// <summary>A literal word such as <c>AID</c>; a stem unless <see cref="PatternToken.Exact"/>.</summary>
    Word,

    /// <summary><c>*</c>: the position of the verb.</summary>
    Verb,

    /// <summary><c>$</c>: the source actor.</summary>
    Source,

    /// <summary><c>+</c>: the target actor.</summary>
    Target,

    /// <summary><c>^</c>: skip a noun phrase (an actor that is neither source nor target).</summary>
    Skip,

    /// <summary><c>%</c>: a compound actor (source and target are the same actor list).</summary>
    Compound,

    /// <summary><c>&amp;NAME</c>: any member of a synonym set; <see cref="PatternToken.Text"/> is the set name without <c>&amp;</c>.</summary>
    SetReference,

    /// <summary><c>{...}</c> in a PETRARCH 2 pattern: a noun phrase whose words are the children.</summary>
    NounPhrase,

    /// <summary><c>(...)</c> in a PETRARCH 2 pattern: a prepositional phrase whose words are the children.</summary>
    PrepositionalPhrase,

    /// <summary><c>{ A | B }</c> in a TABARI pattern: one of the children, each an <see cref="Alternative"/>.</summary>
    Alternatives,

    /// <summary>One branch of <see cref="Alternatives"/>: a sequence held in the children.</summary>
    Alternative,
}
