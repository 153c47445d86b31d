namespace Parley.Coding.Dictionaries;

/// <summary>What a discard phrase throws away.</summary>
public enum DiscardScope
{
    /// <summary>A plain line: the sentence containing the phrase is not coded.</summary>
    Sentence,

    /// <summary>A <c>+</c> line: the whole story containing the phrase is not coded.</summary>
    Story,
}
