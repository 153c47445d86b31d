using Parley.Coding.Dictionaries;
using Parley.Coding.Matching;

namespace Parley.Coding.Lexicon;

/// <summary>
/// A verb as the coder looks it up: the dictionary verb, its block's patterns, the code when no pattern matches,
/// and, for a phrasal verb such as <c>+ASK_FOR</c>, the words that must accompany it ("asked for").
/// </summary>
public sealed class VerbSense
{
    internal VerbSense(VerbEntry entry, VerbBlock block, CompiledPattern[] patterns, PhraseWord[] particles)
    {
        Entry = entry;
        Block = block;
        Patterns = patterns;
        Particles = particles;
    }

    /// <summary>The verb line.</summary>
    public VerbEntry Entry { get; }

    /// <summary>The block it belongs to.</summary>
    public VerbBlock Block { get; }

    /// <summary>The code when no pattern matches: the verb's own, else the block's (null: no event).</summary>
    public VerbCode? DefaultCode => Entry.Code ?? Block.Code;

    internal CompiledPattern[] Patterns { get; }

    /// <summary>Words after the verb that a phrasal verb needs, in order ("for" in "ask for").</summary>
    internal PhraseWord[] Particles { get; }
}
