namespace Parley.Coding.Tabari;

/// <summary>TABARI's <c>SET: CODE BY CLAUSE</c> (the default), <c>CODE BY SENTENCE</c> and <c>CODE ALL</c>.</summary>
internal enum TabariCodingMode
{
    /// <summary>The first event of each clause; conjunctions that join no actors, nouns or adjectives divide clauses.</summary>
    Clause,

    /// <summary>The first event of the sentence.</summary>
    Sentence,

    /// <summary>An event for every verb of every clause.</summary>
    All,
}
