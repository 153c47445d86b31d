namespace Parley.Syntax.Parsing;

/// <summary>The four arc-eager transitions; arcs carry a label chosen jointly.</summary>
internal enum Transition
{
    /// <summary>No move: a complete parse carried unchanged to the next beam step.</summary>
    None = -1,
    Shift = 0,
    Reduce = 1,
    Left = 2,
    Right = 3,
}
