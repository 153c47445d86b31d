namespace Parley.Syntax.Parsing;

/// <summary>
/// The positions the feature templates look at in one configuration (-1 where there is none):
/// the stack top S0 with its head, grandparent and outer children, the buffer front N0..N2 with
/// N0's leftmost children, and the second stack item S1. Computed once per configuration and shared
/// by the transition and label templates.
/// </summary>
internal readonly struct StatePositions
{
    public readonly int S0, N0, N1, N2, S0h, S0h2, S0l, S0l2, S0r, S0r2, N0l, N0l2, S1;

    public StatePositions(ParserState s)
    {
        S0 = s.StackTop;
        N0 = s.Buffer <= s.Length ? s.Buffer : -1;
        N1 = N0 >= 0 && N0 + 1 <= s.Length ? N0 + 1 : -1;
        N2 = N1 >= 0 && N1 + 1 <= s.Length ? N1 + 1 : -1;
        S0h = s.Head[S0] >= 0 ? s.Head[S0] : -1;
        S0h2 = S0h >= 0 && s.Head[S0h] >= 0 ? s.Head[S0h] : -1;
        S0l = s.Left1[S0];
        S0l2 = s.Left2[S0];
        S0r = s.Right1[S0];
        S0r2 = s.Right2[S0];
        N0l = N0 >= 0 ? s.Left1[N0] : -1;
        N0l2 = N0 >= 0 ? s.Left2[N0] : -1;
        S1 = s.StackSecond;
    }
}
