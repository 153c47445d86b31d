using Parley.Coding.Dictionaries;
using Parley.Coding.Lexicon;

namespace Parley.Coding.Coding;

/// <summary>
/// A dictionary name found in a sentence: an actor ("Sergei Lavrov" → RUSGOV on the story date) or an agent word
/// ("pilots" → ~MIL). Tokens [<see cref="Start"/>, <see cref="End"/>) are document indices.
/// </summary>
internal readonly record struct Mention(int Start, int End, string? ActorCode, ActorEntry? Actor, AgentSense? Agent)
{
    /// <summary>True for an actor name, false for an agent word.</summary>
    public bool IsActor => Actor is not null;

    /// <summary>The dictionary line, for explanations: <c>FILE:LINE</c>.</summary>
    public string Origin => Actor is { } a ? $"{Path.GetFileName(a.File)}:{a.Line}" :
        Agent is { } g ? $"{Path.GetFileName(g.Entry.File)}:{g.Entry.Line}" : "";
}
