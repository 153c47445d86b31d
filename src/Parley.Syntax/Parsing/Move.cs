namespace Parley.Syntax.Parsing;

/// <summary>A transition with its relation label (-1 for SHIFT, REDUCE and <see cref="Transition.None"/>).</summary>
internal readonly record struct Move(Transition Transition, int Label)
{
    /// <summary>The no-op of a complete parse.</summary>
    public static Move None => new(Transition.None, -1);

    /// <summary>Whether the move attaches a word (LEFT or RIGHT).</summary>
    public bool IsArc => Transition is Transition.Left or Transition.Right;
}
