namespace Parley.Syntax.Parsing;

/// <summary>The four arc-eager transitions; arcs carry a label chosen jointly.</summary>
internal enum Transition
{
    Shift = 0,
    Reduce = 1,
    Left = 2,
    Right = 3,
}
