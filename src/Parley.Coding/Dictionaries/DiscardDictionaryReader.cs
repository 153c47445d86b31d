namespace Parley.Coding.Dictionaries;

/// <summary>
/// Reads PETRARCH discard lists (<c>Phoenix.discards.txt</c>): one phrase a line, story-level when it starts
/// with <c>+</c> and sentence-level otherwise; comments after <c>#</c> or <c>;</c> and <c>&lt;!-- --&gt;</c>.
/// Brackets and pattern markers have no place in a phrase and are defects.
/// </summary>
public static class DiscardDictionaryReader
{
    /// <summary>Reads the file at <paramref name="path"/> in <see cref="DictionaryReadMode.Strict"/> mode.</summary>
    public static DiscardDictionary Read(string path) => Read(path, DictionaryReadMode.Strict);

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static DiscardDictionary Read(string path, DictionaryReadMode mode)
    {
        using StringReader reader = DictionaryText.OpenFile(path);
        return Parse(reader, path, mode);
    }

    /// <summary>Parses <paramref name="reader"/> in <see cref="DictionaryReadMode.Strict"/> mode; <paramref name="sourceName"/> names it in messages.</summary>
    public static DiscardDictionary Parse(TextReader reader, string sourceName) => Parse(reader, sourceName, DictionaryReadMode.Strict);

    /// <summary>Parses <paramref name="reader"/>; <paramref name="sourceName"/> names it in messages.</summary>
    public static DiscardDictionary Parse(TextReader reader, string sourceName, DictionaryReadMode mode)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var diagnostics = new DictionaryDiagnostics(sourceName, mode);
        var entries = new List<DiscardEntry>();
        foreach (DictionaryLine line in DictionaryText.ReadLines(reader))
        {
            if (line.IsTag)
            {
                diagnostics.Unsupported(line.Number, $"tag {line.Text} ignored");
                continue;
            }
            bool story = line.Text[0] == '+';
            string phrase = DictionaryText.NormalizeSpaces(story ? line.Text[1..] : line.Text);
            int bad = phrase.IndexOfAny(['+', '[', ']', '{', '}', '(', ')', '*', '$', '&', '|', '~']);
            if (phrase.Length == 0)
            {
                diagnostics.Skipped(line.Number, "empty discard phrase");
            }
            else if (bad >= 0)
            {
                diagnostics.Skipped(line.Number, $"unexpected '{phrase[bad]}' in discard phrase '{phrase}'");
            }
            else
            {
                entries.Add(new DiscardEntry(phrase, story ? DiscardScope.Story : DiscardScope.Sentence, sourceName, line.Number));
            }
        }
        return new DiscardDictionary(sourceName, entries.ToArray(), diagnostics.Warnings.ToArray());
    }
}
