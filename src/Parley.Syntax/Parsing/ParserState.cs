using System.Diagnostics;

namespace Parley.Syntax.Parsing;

/// <summary>
/// Configuration of the arc-eager transition system for one sentence. Position 0 is the artificial
/// ROOT, words are 1..n. Besides heads and labels it tracks the two leftmost and rightmost children,
/// valencies and label sets of every word, which the feature templates read. Arrays are reused
/// across sentences and only grow.
/// </summary>
internal sealed class ParserState
{
    public int[] Stack = new int[64];
    public int[] Head = new int[64];
    public int[] Label = new int[64];
    public int[] Left1 = new int[64];
    public int[] Left2 = new int[64];
    public int[] Right1 = new int[64];
    public int[] Right2 = new int[64];
    public int[] LeftCount = new int[64];
    public int[] RightCount = new int[64];
    public ulong[] LeftLabels = new ulong[64];
    public ulong[] RightLabels = new ulong[64];
    public bool[] OnStack = new bool[64];

    /// <summary>How far each word's label beat the runner-up when its arc was made (0 when there was no choice).</summary>
    public float[] LabelMargin = new float[64];

    /// <summary>Number of words (excluding ROOT).</summary>
    public int Length;

    /// <summary>Number of items on the stack.</summary>
    public int StackSize;

    /// <summary>Front of the buffer (1..Length+1; Length+1 means empty).</summary>
    public int Buffer;

    /// <summary>Number of children attached to ROOT.</summary>
    public int RootChildren;

    public bool IsTerminal => Buffer > Length;

    public int StackTop => Stack[StackSize - 1];

    public int StackSecond => StackSize > 1 ? Stack[StackSize - 2] : -1;

    public void Reset(int length)
    {
        Grow(length + 2);
        Length = length;
        for (int i = 0; i <= length + 1; i++)
        {
            Head[i] = -1;
            Label[i] = -1;
            Left1[i] = Left2[i] = Right1[i] = Right2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
            OnStack[i] = false;
            LabelMargin[i] = 0f;
        }
        Stack[0] = 0;
        OnStack[0] = true;
        StackSize = 1;
        Buffer = 1;
        RootChildren = 0;
    }

    /// <summary>Makes this state a copy of <paramref name="other"/> (beam search extends copies).</summary>
    public void CopyFrom(ParserState other)
    {
        Grow(other.Length + 2);
        int n = other.Length + 2;
        // Span copies: beam search copies every surviving state at every step, and Array.Copy's type checks
        // cost more than the few hundred bytes it moves.
        other.Stack.AsSpan(0, other.StackSize).CopyTo(Stack);
        other.Head.AsSpan(0, n).CopyTo(Head);
        other.Label.AsSpan(0, n).CopyTo(Label);
        other.Left1.AsSpan(0, n).CopyTo(Left1);
        other.Left2.AsSpan(0, n).CopyTo(Left2);
        other.Right1.AsSpan(0, n).CopyTo(Right1);
        other.Right2.AsSpan(0, n).CopyTo(Right2);
        other.LeftCount.AsSpan(0, n).CopyTo(LeftCount);
        other.RightCount.AsSpan(0, n).CopyTo(RightCount);
        other.LeftLabels.AsSpan(0, n).CopyTo(LeftLabels);
        other.RightLabels.AsSpan(0, n).CopyTo(RightLabels);
        other.OnStack.AsSpan(0, n).CopyTo(OnStack);
        other.LabelMargin.AsSpan(0, n).CopyTo(LabelMargin);
        Length = other.Length;
        StackSize = other.StackSize;
        Buffer = other.Buffer;
        RootChildren = other.RootChildren;
    }

    public bool CanShift => Buffer <= Length;

    public bool CanReduce => StackSize > 1 && Head[StackTop] >= 0;

    public bool CanLeft => Buffer <= Length && StackSize > 1 && Head[StackTop] < 0;

    // A single root: ROOT may take its one child only; further words attach below it.
    public bool CanRight => Buffer <= Length && (StackTop != 0 || RootChildren == 0);

    public void Shift()
    {
        Debug.Assert(CanShift, "shift on empty buffer");
        Push(Buffer);
        Buffer++;
    }

    public void Reduce()
    {
        Debug.Assert(CanReduce, "reduce of headless word");
        Pop();
    }

    public void LeftArc(int label, float labelMargin = 0f)
    {
        Debug.Assert(CanLeft, "invalid left arc");
        int dependent = Pop();
        AddArc(Buffer, dependent, label, labelMargin);
    }

    public void RightArc(int label, float labelMargin = 0f)
    {
        Debug.Assert(CanRight, "invalid right arc");
        int head = StackTop;
        AddArc(head, Buffer, label, labelMargin);
        Push(Buffer);
        Buffer++;
    }

    private void AddArc(int head, int dependent, int label, float labelMargin)
    {
        Head[dependent] = head;
        Label[dependent] = label;
        LabelMargin[dependent] = labelMargin;
        ulong bit = 1UL << (label & 63);
        if (head == 0)
        {
            RootChildren++;
        }
        if (dependent < head)
        {
            Left2[head] = Left1[head];
            Left1[head] = dependent;
            LeftCount[head]++;
            LeftLabels[head] |= bit;
        }
        else
        {
            Right2[head] = Right1[head];
            Right1[head] = dependent;
            RightCount[head]++;
            RightLabels[head] |= bit;
        }
    }

    private void Push(int word)
    {
        Stack[StackSize++] = word;
        OnStack[word] = true;
    }

    private int Pop()
    {
        int word = Stack[--StackSize];
        OnStack[word] = false;
        return word;
    }

    private void Grow(int size)
    {
        if (Head.Length >= size)
        {
            return;
        }
        int n = Math.Max(size, Head.Length * 2);
        Array.Resize(ref Stack, n);
        Array.Resize(ref Head, n);
        Array.Resize(ref Label, n);
        Array.Resize(ref Left1, n);
        Array.Resize(ref Left2, n);
        Array.Resize(ref Right1, n);
        Array.Resize(ref Right2, n);
        Array.Resize(ref LeftCount, n);
        Array.Resize(ref RightCount, n);
        Array.Resize(ref LeftLabels, n);
        Array.Resize(ref RightLabels, n);
        Array.Resize(ref OnStack, n);
        Array.Resize(ref LabelMargin, n);
    }
}
