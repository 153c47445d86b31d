namespace Parley.Coding.Events;

/// <summary>A character range [<see cref="Start"/>, <see cref="End"/>) of the story text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset after the last character.</param>
public readonly record struct CharSpan(int Start, int End)
{
    /// <summary>The number of characters.</summary>
    public int Length => End - Start;

    /// <summary>The text of the span within <paramref name="text"/>.</summary>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[Start..End];
    }
}
