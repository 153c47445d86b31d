using Parley.Coding.Dictionaries;
using Parley.Coding.Lexicon;

namespace Parley.Coding.Coding;

/// <summary>
/// The outcome of matching a trigger's verb senses against its clause: the sense and pattern that won (pattern
/// null when only the verb's default code applies), the code, and where the pattern placed its source and target.
/// </summary>
internal sealed record PatternMatch(
    VerbSense Sense,
    CompiledPattern? Pattern,
    VerbCode Code,
    int SourceAnchor,
    bool SourceAnchorForward,
    int TargetAnchor,
    bool TargetAnchorForward)
{
    /// <summary>The dictionary rule that fired, as <c>FILE:LINE text</c>.</summary>
    public string Rule => Pattern is { } p
        ? $"{Path.GetFileName(p.Origin.File)}:{p.Origin.Line} {Sense.Entry.Lemma} {p.Origin}"
        : $"{Path.GetFileName(Sense.Entry.File)}:{Sense.Entry.Line} {Sense.Entry.Text}";
}
