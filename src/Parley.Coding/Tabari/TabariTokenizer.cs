using System.Text;

namespace Parley.Coding.Tabari;

/// <summary>
/// Splits a record's text into TABARI's words: upper case, hyphenated and underscored words split into their parts
/// ("New-Zembla" → NEW ZEMBLA, "pro-" → PRO), an apostrophe kept inside a word ("Sylvania's", "didn't"), periods kept
/// inside abbreviations ("U.S."), commas, semicolons and colons kept as commas, and other punctuation dropped.
/// </summary>
internal static class TabariTokenizer
{
    /// <summary>The words of <paramref name="text"/>.</summary>
    public static List<TabariToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<TabariToken>();
        foreach (string chunk in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            AddChunk(chunk, tokens);
        }
        return tokens;
    }

    /// <summary>True when the text has letters and none of them is lower case (TABARI's ALLCAPS reading).</summary>
    public static bool IsAllCaps(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    private static void AddChunk(string chunk, List<TabariToken> tokens)
    {
        var word = new StringBuilder();
        for (int i = 0; i < chunk.Length; i++)
        {
            char c = chunk[i];
            bool inside = i + 1 < chunk.Length && char.IsLetterOrDigit(chunk[i + 1]) && word.Length > 0;
            if (char.IsLetterOrDigit(c) || (c is '\'' or '’' && word.Length > 0) || (c is '.' or ',' && inside && Abbreviation(word, c, chunk[i + 1])))
            {
                word.Append(c == '’' ? '\'' : c);
                continue;
            }
            if (c == '.' && word.Length > 0 && word.ToString().Contains('.', StringComparison.Ordinal))
            {
                // The last period of "U.S." belongs to it.
                word.Append(c);
                continue;
            }
            Flush(word, tokens);
            if (c is ',' or ';' or ':')
            {
                tokens.Add(new TabariToken(",", false));
            }
        }
        Flush(word, tokens);
    }

    /// <summary>A period between letters ("U.S") or a period or comma between digits ("11.8", "50,000") stays inside the word.</summary>
    private static bool Abbreviation(StringBuilder word, char mark, char next)
    {
        char previous = word[^1];
        return mark == '.'
            ? (char.IsLetter(previous) && char.IsLetter(next) && word.Length <= 3 || char.IsDigit(previous) && char.IsDigit(next))
            : char.IsDigit(previous) && char.IsDigit(next);
    }

    private static void Flush(StringBuilder word, List<TabariToken> tokens)
    {
        string text = word.ToString().TrimEnd('\'');
        word.Clear();
        if (text.Length == 0)
        {
            return;
        }
        tokens.Add(new TabariToken(text.ToUpperInvariant(), char.IsUpper(text[0])));
    }
}
