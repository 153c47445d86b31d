namespace Parley.Coding.Tabari;

/// <summary>
/// Parses the phrases of TABARI dictionaries: root phrases ("SYLVANIA_STATE_RADIO_", "VETO=") and pattern or
/// synonym-set phrases ("VOWED_{ NEVER | NOT } * RETURN PRISONERS"). A hyphen joins words like an underscore
/// ("NEW-ZEMBLA", "PRO- + *"), since the text splits hyphenated words the same way.
/// </summary>
internal static class TabariPhraseParser
{
    private const string Specials = "_~{}|*$+%^&";

    /// <summary>Parses a root phrase: words joined by <c>_</c> (at once) or spaces (later); a trailing <c>_</c> closes the last word.</summary>
    public static IReadOnlyList<TabariRootWord> ParseRoot(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        string text = phrase.Trim().Replace('-', '_').ToUpperInvariant();
        var words = new List<TabariRootWord>();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '_' || char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && text[i] != '_' && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            string word = text[start..i];
            TabariWordMode mode = TabariWordMode.Open;
            if (word.EndsWith('='))
            {
                word = word.TrimEnd('=');
                mode = TabariWordMode.Exact;
            }
            else if (i < text.Length && text[i] == '_')
            {
                mode = TabariWordMode.Closed;
            }
            bool atOnce = i < text.Length && text[i] == '_' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (word.Length > 0)
            {
                words.Add(new TabariRootWord(word, mode, atOnce));
            }
        }
        return words;
    }

    /// <summary>Parses a pattern or synonym-set member into its elements, the verb <c>*</c> included.</summary>
    public static List<TabariElement> ParseElements(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        string text = phrase.Replace('-', '_').ToUpperInvariant();
        int i = 0;
        return ParseSequence(text, ref i, inGroup: false);
    }

    /// <summary>Parses a verb pattern: its elements split at the verb <c>*</c>.</summary>
    public static TabariPattern ParsePattern(string phrase, TabariCode code)
    {
        List<TabariElement> elements = ParseElements(phrase);
        int verb = elements.FindIndex(e => e.Kind == TabariElementKind.Verb);
        if (verb < 0)
        {
            // A pattern without "*" is read as if the verb came first ("- TO" would mean "* TO").
            return new TabariPattern(phrase.Trim(), [], false, elements, code);
        }
        return new TabariPattern(phrase.Trim(), elements[..verb], elements[verb].FollowsAtOnce, elements[(verb + 1)..], code);
    }

    private static List<TabariElement> ParseSequence(string text, ref int i, bool inGroup)
    {
        var elements = new List<TabariElement>();
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c == '_' || c == '~')
            {
                i++;
                continue;
            }
            if (inGroup && (c == '|' || c == '}'))
            {
                break;
            }
            bool atOnce = i > 0 && text[i - 1] == '_';
            elements.Add(c switch
            {
                '{' => ParseGroup(text, ref i, atOnce),
                '&' => new TabariElement(TabariElementKind.Synset, ReadWord(text, ref i, 1), false, atOnce, []),
                _ when ActorKind(c) is { } kind => Single(kind, ref i, atOnce),
                '|' or '}' => Single(null, ref i, atOnce),
                _ => ParseWord(text, ref i, atOnce),
            });
            if (elements[^1].Kind == TabariElementKind.Word && elements[^1].Text.Length == 0)
            {
                elements.RemoveAt(elements.Count - 1);
            }
        }
        return elements;
    }

    private static TabariElement Single(TabariElementKind? kind, ref int i, bool atOnce)
    {
        i++;
        return new TabariElement(kind ?? TabariElementKind.Word, "", false, atOnce, []);
    }

    private static TabariElementKind? ActorKind(char c) => c switch
    {
        '*' => TabariElementKind.Verb,
        '$' => TabariElementKind.Source,
        '+' => TabariElementKind.Target,
        '%' => TabariElementKind.Compound,
        '^' => TabariElementKind.Skip,
        _ => null,
    };

    private static TabariElement ParseGroup(string text, ref int i, bool atOnce)
    {
        i++;
        var alternatives = new List<IReadOnlyList<TabariElement>>();
        while (i < text.Length)
        {
            List<TabariElement> alternative = ParseSequence(text, ref i, inGroup: true);
            if (alternative.Count > 0)
            {
                alternatives.Add(alternative);
            }
            if (i >= text.Length)
            {
                break;
            }
            bool closes = text[i] == '}';
            i++;
            if (closes)
            {
                break;
            }
        }
        return new TabariElement(TabariElementKind.Alternatives, "", false, atOnce, alternatives);
    }

    private static TabariElement ParseWord(string text, ref int i, bool atOnce)
    {
        string word = ReadWord(text, ref i, 0);
        // "FIRM~_SUPPORT": the tilde keeps a word open although an underscore joins it to the next.
        bool open = i >= text.Length || text[i] != '_';
        return new TabariElement(TabariElementKind.Word, word, open, atOnce, []);
    }

    private static string ReadWord(string text, ref int i, int skip)
    {
        i += skip;
        int start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && !Specials.Contains(text[i], StringComparison.Ordinal))
        {
            i++;
        }
        return text[start..i];
    }
}
