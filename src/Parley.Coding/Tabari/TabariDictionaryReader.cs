using Parley.Coding.Validation;
using Parley.Text;

namespace Parley.Coding.Tabari;

/// <summary>
/// Reads TABARI's dictionary files into a <see cref="TabariDictionary"/>. Actors and agents: a root with its code
/// blocks on the same or the following lines (<c>[KLO &lt; 950601]</c>), synonyms on <c>+</c> lines, <c>#</c> comment
/// lines, and &lt;NOUN&gt; and &lt;ADJECTIVE&gt; word lists. Verbs: a root line with its code, an optional line of
/// irregular forms in braces, <c>- pattern [code]</c> lines, and the &lt;SYNSETS&gt; and &lt;TIME&gt; sections.
/// Everything after a <c>;</c> is a comment, and a line starting <c>~~</c> ends the file.
/// </summary>
internal static class TabariDictionaryReader
{
    /// <summary>Reads an actors (<paramref name="kind"/> Actor) or agents (Agent) file into <paramref name="dictionary"/>.</summary>
    public static void ReadActors(string path, TabariRootKind kind, TabariDictionary dictionary)
    {
        var phrases = new List<string>();
        var codes = new List<TabariDatedCode>();
        TabariRootKind? list = null;
        void Flush()
        {
            foreach (string phrase in phrases)
            {
                dictionary.Add(kind, TabariPhraseParser.ParseRoot(phrase), codes.ToArray(), null);
            }
            phrases.Clear();
            codes.Clear();
        }
        foreach (string line in Lines(path))
        {
            string upper = line.Trim().ToUpperInvariant();
            if (upper is "<NOUN>" or "<ADJECTIVE>")
            {
                Flush();
                list = upper == "<NOUN>" ? TabariRootKind.Noun : TabariRootKind.Adjective;
                continue;
            }
            if (upper.StartsWith("</", StringComparison.Ordinal))
            {
                list = null;
                continue;
            }
            if (list is { } wordKind)
            {
                dictionary.Add(wordKind, TabariPhraseParser.ParseRoot(line), [], null);
                continue;
            }
            (string phrase, List<string> blocks) = SplitCodes(line);
            if (phrase.StartsWith('+'))
            {
                phrases.Add(phrase[1..]);
            }
            else if (phrase.Length > 0)
            {
                Flush();
                phrases.Add(phrase);
            }
            codes.AddRange(blocks.Select(ParseDatedCode).OfType<TabariDatedCode>());
        }
        Flush();
    }

    /// <summary>Reads a verbs file into <paramref name="dictionary"/>.</summary>
    public static void ReadVerbs(string path, TabariDictionary dictionary)
    {
        string section = "";
        string? synset = null;
        TabariVerb? verb = null;
        foreach (string line in Lines(path))
        {
            string trimmed = line.Trim();
            if (trimmed.StartsWith('<'))
            {
                section = trimmed.StartsWith("</", StringComparison.Ordinal) ? "" : trimmed.ToUpperInvariant();
                continue;
            }
            if (section == "<SYNSETS>")
            {
                if (trimmed.StartsWith('&'))
                {
                    synset = trimmed[1..].Trim().ToUpperInvariant();
                }
                else if (trimmed.StartsWith('+') && synset is not null)
                {
                    dictionary.AddSynsetMember(synset, TabariPhraseParser.ParseElements(trimmed[1..]));
                }
                continue;
            }
            (string phrase, List<string> blocks) = SplitCodes(trimmed);
            if (section == "<TIME>")
            {
                if (!phrase.StartsWith('-') && blocks.Count > 0)
                {
                    var code = new TabariDatedCode([blocks[0].Trim()], null, null);
                    dictionary.Add(TabariRootKind.Time, TabariPhraseParser.ParseRoot(phrase), [code], null);
                }
                continue;
            }
            verb = ReadVerbLine(phrase, blocks, verb, dictionary);
        }
    }

    private static TabariVerb? ReadVerbLine(string phrase, List<string> blocks, TabariVerb? verb, TabariDictionary dictionary)
    {
        if (phrase.StartsWith('-'))
        {
            if (verb is not null && blocks.Count > 0)
            {
                verb.Add(TabariPhraseParser.ParsePattern(phrase[1..], TabariCode.Parse(blocks[0])));
            }
            return verb;
        }
        if (phrase.StartsWith('{'))
        {
            // Irregular forms of the verb above: "{ FLED_ FLEEING_ FLED_FROM_ }".
            foreach (string form in phrase.Trim('{', '}', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (verb is not null)
                {
                    dictionary.Add(TabariRootKind.Verb, TabariPhraseParser.ParseRoot(form), [], verb);
                }
            }
            return verb;
        }
        if (phrase.Length == 0 || blocks.Count == 0)
        {
            return verb;
        }
        var next = new TabariVerb(phrase, TabariCode.Parse(blocks[0]));
        dictionary.Add(TabariRootKind.Verb, TabariPhraseParser.ParseRoot(phrase), [], next);
        return next;
    }

    /// <summary>The lines up to a <c>~~</c> line, without comments (<c>;</c> to the end, <c>#</c> lines) and blank lines.</summary>
    private static IEnumerable<string> Lines(string path)
    {
        string text = TextDecoder.Decode(File.ReadAllBytes(path));
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.StartsWith("~~", StringComparison.Ordinal))
            {
                yield break;
            }
            int semicolon = line.IndexOf(';', StringComparison.Ordinal);
            if (semicolon >= 0)
            {
                line = line[..semicolon];
            }
            if (line.TrimStart().StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }
            yield return line;
        }
    }

    /// <summary>Splits a line into the phrase before its first <c>[</c> and the texts of its bracketed blocks.</summary>
    private static (string Phrase, List<string> Blocks) SplitCodes(string line)
    {
        int open = line.IndexOf('[', StringComparison.Ordinal);
        string phrase = (open < 0 ? line : line[..open]).Trim();
        var blocks = new List<string>();
        while (open >= 0)
        {
            int close = line.IndexOf(']', open);
            if (close < 0)
            {
                break;
            }
            blocks.Add(line[(open + 1)..close]);
            open = line.IndexOf('[', close);
        }
        return (phrase, blocks);
    }

    /// <summary>Parses "KLOGOV 950601 - 990815", "KLO &lt;950601", "KLOREB &gt; 990815", "NOR/SWE" or " ~GOV"; null when malformed.</summary>
    private static TabariDatedCode? ParseDatedCode(string block)
    {
        string text = block.Trim();
        int space = text.IndexOfAny([' ', '<', '>']);
        string code = space < 0 ? text : text[..space];
        string restriction = space < 0 ? "" : text[space..].Replace(" ", "", StringComparison.Ordinal);
        if (code.Length == 0 || char.IsAsciiDigit(code[0]))
        {
            return null;
        }
        string[] codes = code.Contains('~', StringComparison.Ordinal) ? [code] : code.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (restriction.Length == 0)
        {
            return new TabariDatedCode(codes, null, null);
        }
        if (restriction[0] is '<' or '>')
        {
            DateOnly? day = DictionaryDay(restriction[1..]);
            if (day is not { } d)
            {
                return null;
            }
            // "<950601" holds up to the day before, ">990816" from the day after.
            return restriction[0] == '<' ? new TabariDatedCode(codes, null, d.AddDays(-1)) : new TabariDatedCode(codes, d.AddDays(1), null);
        }
        string[] range = restriction.Split('-');
        return range.Length == 2 && DictionaryDay(range[0]) is { } from && DictionaryDay(range[1]) is { } to
            ? new TabariDatedCode(codes, from, to)
            : null;
    }

    private static DateOnly? DictionaryDay(string digits) =>
        TabariDates.Parse(digits, fourDigitYear: false) ?? TabariDates.Parse(digits, fourDigitYear: true);
}
