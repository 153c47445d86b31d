namespace Parley.Coding.Tabari;

/// <summary>The kinds of element in a TABARI verb pattern.</summary>
internal enum TabariElementKind
{
    /// <summary>A literal word ("DIPLOMATIC", "IN_").</summary>
    Word,

    /// <summary><c>*</c>: the verb itself; the elements before it match backwards from the verb, those after it forwards.</summary>
    Verb,

    /// <summary><c>$</c>: the actor found here is the source.</summary>
    Source,

    /// <summary><c>+</c>: the actor found here is the target.</summary>
    Target,

    /// <summary><c>%</c>: the actor found here is a compound whose members act on each other.</summary>
    Compound,

    /// <summary><c>^</c>: the actor found here is passed over and is neither source nor target.</summary>
    Skip,

    /// <summary><c>&amp;NAME</c>: any member of a synonym set.</summary>
    Synset,

    /// <summary><c>{ A | B C }</c>: any of the alternatives.</summary>
    Alternatives,
}
