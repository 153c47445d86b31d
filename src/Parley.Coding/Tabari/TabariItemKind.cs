namespace Parley.Coding.Tabari;

/// <summary>The syntactic type TABARI gives a word or phrase of the sentence.</summary>
internal enum TabariItemKind
{
    /// <summary>An actor phrase, or an agent that stands for an actor.</summary>
    Actor,

    /// <summary>An agent phrase not (yet) joined to an actor.</summary>
    Agent,

    /// <summary>A pronoun (he, its, them...), an actor once dereferenced.</summary>
    Pronoun,

    /// <summary>A verb phrase.</summary>
    Verb,

    /// <summary>A noun: a listed noun, a verb shifted to a noun, or a null-coded actor.</summary>
    Noun,

    /// <summary>A listed adjective.</summary>
    Adjective,

    /// <summary>THE, A, AN.</summary>
    Determiner,

    /// <summary>AND, BUT, OR, NOR.</summary>
    Conjunction,

    /// <summary>A comma.</summary>
    Comma,

    /// <summary>A time phrase of the verbs file.</summary>
    Time,

    /// <summary>Any other word.</summary>
    Word,
}
