using Parley.Coding.Matching;

namespace Parley.Coding.Lexicon;

/// <summary>One step of a <see cref="CompiledPattern"/>.</summary>
internal sealed class PatternElement
{
    /// <summary>Creates an element.</summary>
    public PatternElement(PatternElementKind kind, PhraseWord[][] alternatives, bool adjacent)
    {
        Kind = kind;
        Alternatives = alternatives;
        Adjacent = adjacent;
    }

    /// <summary>What the element asks for.</summary>
    public PatternElementKind Kind { get; }

    /// <summary>For <see cref="PatternElementKind.Words"/>: the word sequences, any one of which matches.</summary>
    public PhraseWord[][] Alternatives { get; }

    /// <summary>The element must start right after the previous one (<c>_</c> joined them in the dictionary).</summary>
    public bool Adjacent { get; }

    /// <summary>The element in dictionary-like syntax, for explanations.</summary>
    public override string ToString() => Kind switch
    {
        PatternElementKind.Source => "$",
        PatternElementKind.Target => "+",
        PatternElementKind.Compound => "%",
        PatternElementKind.Skip => "^",
        _ => Alternatives.Length == 1
            ? string.Join(' ', Alternatives[0].Select(w => w.Text))
            : "{" + string.Join('|', Alternatives.Select(a => string.Join(' ', a.Select(w => w.Text)))) + "}",
    };
}
