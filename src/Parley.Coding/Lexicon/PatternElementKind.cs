namespace Parley.Coding.Lexicon;

/// <summary>What a <see cref="PatternElement"/> asks of the sentence.</summary>
public enum PatternElementKind
{
    /// <summary>One of several word sequences must occur ("TO" or a member of <c>&amp;CEASEFIRE</c>).</summary>
    Words,

    /// <summary><c>$</c>: the source is the first actor found from here on.</summary>
    Source,

    /// <summary><c>+</c>: the target is the first actor found from here on.</summary>
    Target,

    /// <summary><c>^</c>: passes over the next actor or role ("- * IFTAR AT ^ ^ +": the third one is the target).</summary>
    Skip,

    /// <summary><c>%</c>: a compound actor acts with itself ("Gondor and Osgiliath renewed ties": each on the other).</summary>
    Compound,
}
