using Parley.Coding.Dictionaries;

namespace Parley.Coding.Lexicon;

/// <summary>
/// A verb pattern ready to match: the elements before the verb (nearest the verb first) and after it, in order.
/// <c>- * (TO &amp;CEASEFIRE) [0356]</c> has no elements before and two after ("to", then a ceasefire word), so
/// "agreed to a truce" matches and codes 0356.
/// </summary>
internal sealed class CompiledPattern
{
    /// <summary>Creates a compiled pattern.</summary>
    public CompiledPattern(PatternElement[] before, PatternElement[] after, VerbCode code, VerbPattern origin)
    {
        Before = before;
        After = after;
        Code = code;
        Origin = origin;
        foreach (PatternElement element in before.Concat(after))
        {
            if (element.Kind == PatternElementKind.Words)
            {
                WordCount += element.Alternatives.Min(a => a.Length);
            }
            IsCompound |= element.Kind == PatternElementKind.Compound;
        }
    }

    /// <summary>Elements before the verb, nearest the verb first.</summary>
    public PatternElement[] Before { get; }

    /// <summary>Elements after the verb, in order.</summary>
    public PatternElement[] After { get; }

    /// <summary>The code the pattern assigns.</summary>
    public VerbCode Code { get; }

    /// <summary>The dictionary line.</summary>
    public VerbPattern Origin { get; }

    /// <summary>The pattern has <c>%</c>: the members of a compound source act on each other.</summary>
    public bool IsCompound { get; }

    /// <summary>How many words a match needs: among matching patterns the most specific one wins.</summary>
    public int WordCount { get; }
}
