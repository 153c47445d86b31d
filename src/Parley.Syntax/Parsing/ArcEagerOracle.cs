namespace Parley.Syntax.Parsing;

/// <summary>
/// Dynamic oracle for arc-eager (Goldberg and Nivre 2012): the cost of a transition is the number of
/// gold arcs that become unreachable by taking it. Zero-cost transitions are the correct moves from
/// any configuration, including ones reached after mistakes, which lets the parser train on its own
/// errors ("exploration"). Gold heads use positions 1..n with 0 for ROOT.
/// </summary>
internal static class ArcEagerOracle
{
    public const int Invalid = int.MaxValue;

    /// <summary>Fills <paramref name="costs"/> (indexed by <see cref="Transition"/>) for unlabeled transitions.</summary>
    public static void Costs(ParserState s, ReadOnlySpan<int> goldHead, Span<int> costs)
    {
        costs[(int)Transition.Shift] = s.CanShift ? ShiftCost(s, goldHead) : Invalid;
        costs[(int)Transition.Reduce] = s.CanReduce ? ReduceCost(s, goldHead) : Invalid;
        costs[(int)Transition.Left] = s.CanLeft ? LeftCost(s, goldHead) : Invalid;
        costs[(int)Transition.Right] = s.CanRight ? RightCost(s, goldHead) : Invalid;
    }

    // SHIFT moves b to the stack: b can no longer take a head from the stack, nor headless stack words as dependents.
    private static int ShiftCost(ParserState s, ReadOnlySpan<int> gold)
    {
        int b = s.Buffer;
        int cost = 0;
        for (int i = 0; i < s.StackSize; i++)
        {
            int k = s.Stack[i];
            if (gold[b] == k)
            {
                cost++;
            }
            if (k != 0 && gold[k] == b && s.Head[k] < 0)
            {
                cost++;
            }
        }
        return cost;
    }

    // REDUCE pops s: its dependents still in the buffer are lost.
    private static int ReduceCost(ParserState s, ReadOnlySpan<int> gold)
    {
        int top = s.StackTop;
        int cost = 0;
        for (int k = s.Buffer; k <= s.Length; k++)
        {
            if (gold[k] == top)
            {
                cost++;
            }
        }
        return cost;
    }

    // LEFT makes b the head of s and pops s: s loses a gold head further in the buffer and its buffer dependents.
    private static int LeftCost(ParserState s, ReadOnlySpan<int> gold)
    {
        int top = s.StackTop;
        int b = s.Buffer;
        int cost = 0;
        if (gold[top] != b && gold[top] > b)
        {
            cost++;
        }
        for (int k = b; k <= s.Length; k++)
        {
            if (gold[k] == top)
            {
                cost++;
            }
        }
        return cost;
    }

    // RIGHT makes s the head of b and pushes b: b loses any other gold head and its headless stack dependents.
    private static int RightCost(ParserState s, ReadOnlySpan<int> gold)
    {
        int top = s.StackTop;
        int b = s.Buffer;
        int cost = 0;
        int head = gold[b];
        if (head != top && (s.OnStack[head] || head > b))
        {
            cost++;
        }
        for (int i = 0; i < s.StackSize; i++)
        {
            int k = s.Stack[i];
            if (k != 0 && gold[k] == b && s.Head[k] < 0)
            {
                cost++;
            }
        }
        return cost;
    }
}
