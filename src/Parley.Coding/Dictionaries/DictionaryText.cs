using Parley.Text;

namespace Parley.Coding.Dictionaries;

/// <summary>
/// Line handling shared by the dictionary readers: strict decoding, comments after <c>#</c> or <c>;</c>
/// (outside square brackets, so the code <c>[###]</c> survives), XML comments <c>&lt;!-- ... --&gt;</c> that may
/// span lines (also the misspelt <c>&lt;! --</c>), markup lines such as <c>&lt;SYNSETS&gt;</c>, and TABARI's
/// <c>~~FINISH</c> line, which ends a file.
/// </summary>
internal static class DictionaryText
{
    /// <summary>Decodes a file with <see cref="TextDecoder"/>: invalid UTF-8 (Latin-1 bytes) becomes U+FFFD.</summary>
    public static StringReader OpenFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new StringReader(TextDecoder.Decode(File.ReadAllBytes(path)));
    }

    /// <summary>Reads every content line of <paramref name="reader"/>.</summary>
    public static List<DictionaryLine> ReadLines(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new List<DictionaryLine>();
        bool inXmlComment = false;
        int number = 0;
        string? raw;
        while ((raw = reader.ReadLine()) != null)
        {
            number++;
            if (number == 1 && raw.Length > 0 && raw[0] == '\uFEFF')
            {
                raw = raw[1..];
            }
            string trimmed = raw.Trim();
            if (trimmed.StartsWith("~~FINISH", StringComparison.Ordinal))
            {
                break;
            }
            if (inXmlComment)
            {
                inXmlComment = !trimmed.Contains("-->", StringComparison.Ordinal);
                continue;
            }
            if (trimmed.StartsWith("<!", StringComparison.Ordinal))
            {
                inXmlComment = !trimmed.Contains("-->", StringComparison.Ordinal);
                continue;
            }
            if (trimmed.StartsWith('<'))
            {
                lines.Add(new DictionaryLine(number, StripComment(trimmed), IsTag: true));
                continue;
            }
            string text = StripComment(trimmed);
            if (text.Length > 0)
            {
                lines.Add(new DictionaryLine(number, text, IsTag: false));
            }
        }
        return lines;
    }

    /// <summary>Cuts <paramref name="line"/> at the first <c>#</c> or <c>;</c> outside square brackets and trims it.</summary>
    public static string StripComment(string line)
    {
        int depth = 0;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '[')
            {
                depth++;
            }
            else if (c == ']' && depth > 0)
            {
                depth--;
            }
            else if ((c == '#' || c == ';') && depth == 0)
            {
                return line[..i].Trim();
            }
        }
        return line.Trim();
    }

    /// <summary>
    /// Checks that <c>[]</c>, <c>{}</c> and, when <paramref name="parentheses"/> is set, <c>()</c> pair up and nest;
    /// returns the problem, or null when they do.
    /// </summary>
    public static string? CheckBrackets(string text, bool parentheses)
    {
        var open = new Stack<char>();
        foreach (char c in text)
        {
            if (!parentheses && c is '(' or ')')
            {
                continue;
            }
            switch (c)
            {
                case '[' or '{' or '(':
                    open.Push(c);
                    break;
                case ']' or '}' or ')':
                    char expected = c switch { ']' => '[', '}' => '{', _ => '(' };
                    if (open.Count == 0)
                    {
                        return $"unbalanced '{c}'";
                    }
                    char top = open.Pop();
                    if (top != expected)
                    {
                        return $"'{top}' closed by '{c}'";
                    }
                    break;
            }
        }
        return open.Count > 0 ? $"unclosed '{open.Peek()}'" : null;
    }

    /// <summary>Collapses runs of whitespace to single spaces.</summary>
    public static string NormalizeSpaces(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
