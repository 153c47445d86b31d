namespace Parley.Coding.Lexicon;

/// <summary>The four kinds of coding dictionary.</summary>
public enum DictionaryKind
{
    /// <summary>Actor names and codes.</summary>
    Actors,

    /// <summary>Agent (role) words.</summary>
    Agents,

    /// <summary>Verbs and patterns.</summary>
    Verbs,

    /// <summary>Event nouns ("veto", "airstrike", "talks") in the verb format: nominal events.</summary>
    Nouns,

    /// <summary>Discard phrases.</summary>
    Discards,
}
