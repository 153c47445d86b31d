namespace Parley.Coding.Validation;

/// <summary>
/// Splits the lines of one TABARI record (after its date line) into the text to code and the blocks of its
/// comment. The text ends where the comment <c>/*</c> starts; the comment runs to <c>*/</c> or, when that is
/// missing or mistyped as <c>/*</c>, to the end of the record. Inside it, <c>\n</c> is TABARI's display line
/// break and <c>{...}</c> blocks state the expected outcome; braces with nothing inside are prose ("coded in {}").
/// </summary>
internal static class TabariRecordBody
{
    private const string LineMarker = @"\n";

    /// <summary>Parses <paramref name="lines"/>; <paramref name="source"/> names the file in errors.</summary>
    public static (string Text, List<TabariBlock> Blocks) Parse(IReadOnlyList<(int Number, string Text)> lines, string source)
    {
        var text = new List<string>();
        var blocks = new List<TabariBlock>();
        bool inComment = false;
        bool seenComment = false;
        foreach ((int number, string line) in lines)
        {
            // A line starting with the "\n" marker after a closed comment continues it: the file sometimes repeats
            // the expected events after a stray "*/" (PATTERN-26, AGENTS-11).
            if (!inComment && seenComment && line.TrimStart().StartsWith(LineMarker, StringComparison.Ordinal))
            {
                inComment = true;
            }
            int position = 0;
            while (true)
            {
                if (!inComment)
                {
                    int open = line.IndexOf("/*", position, StringComparison.Ordinal);
                    AddText(text, open < 0 ? line[position..] : line[position..open], seenComment);
                    if (open < 0)
                    {
                        break;
                    }
                    inComment = seenComment = true;
                    position = open + 2;
                    continue;
                }
                int close = line.IndexOf("*/", position, StringComparison.Ordinal);
                ScanBlocks(close < 0 ? line[position..] : line[position..close], number, source, blocks);
                if (close < 0)
                {
                    break;
                }
                inComment = false;
                position = close + 2;
            }
        }
        return (string.Join(' ', text), blocks);
    }

    /// <summary>
    /// Adds a piece of text. A "\n" in text (FINAL-01 has no comment and uses it for its message) is a line break.
    /// Pieces after a comment with no letter or digit are punctuation left over from the comment (YYYY-check ends
    /// <c>*/ :</c>) and are dropped.
    /// </summary>
    private static void AddText(List<string> text, string piece, bool afterComment)
    {
        string trimmed = piece.Replace(LineMarker, " ", StringComparison.Ordinal).Trim();
        if (trimmed.Length == 0 || (afterComment && !trimmed.Any(char.IsLetterOrDigit)))
        {
            return;
        }
        text.Add(trimmed);
    }

    private static void ScanBlocks(string segment, int line, string source, List<TabariBlock> blocks)
    {
        int position = 0;
        int open;
        while ((open = segment.IndexOf('{', position)) >= 0)
        {
            bool deactivated = open > 0 && segment[open - 1] == '-';
            int close = segment.IndexOf('}', open + 1);
            // An unclosed brace runs to the end of the comment line: "{ OPTION: SET: MINIMUM WORDS = 4  */".
            string content = close < 0 ? segment[(open + 1)..] : segment[(open + 1)..close];
            string after = close < 0 ? "" : segment[(close + 1)..];
            TabariBlock? block = Classify(content.Trim(), after, deactivated, line, source);
            if (block is not null)
            {
                blocks.Add(block);
            }
            if (close < 0)
            {
                break;
            }
            position = close + 1;
        }
    }

    private static TabariBlock? Classify(string content, string after, bool deactivated, int line, string source)
    {
        const string OptionPrefix = "OPTION:";
        if (content.Length == 0)
        {
            return null;
        }
        if (content.StartsWith(OptionPrefix, StringComparison.OrdinalIgnoreCase))
        {
            ValidationOption option = TabariOptionCommand.Parse(content[OptionPrefix.Length..], line)
                ?? throw new ValidationFormatException(source, line, $"malformed option '{content}': expected OPTION: COMMAND: arguments");
            return new TabariBlock(TabariBlockKind.Option, deactivated, line, Option: option);
        }
        TabariBlockKind? marker = content switch
        {
            "---" => TabariBlockKind.NoEvents,
            "+++" => TabariBlockKind.Complex,
            "###" => TabariBlockKind.Discard,
            _ => null,
        };
        if (marker is not null)
        {
            return new TabariBlock(marker.Value, deactivated, line);
        }
        string[] parts = content.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            throw new ValidationFormatException(source, line, $"unrecognised block '{{{content}}}': expected {{ SOURCE / TARGET / CODE }}, {{---}}, {{+++}}, {{###}} or {{ OPTION: ... }}");
        }
        var expected = new ExpectedEvent(parts[0], parts[1], parts[2]) { Date = EventDate(after, line, source) };
        return new TabariBlock(TabariBlockKind.Event, deactivated, line, Event: expected);
    }

    /// <summary>The date written after an event (<c>} 950103</c>), or null when what follows is not a date.</summary>
    private static DateOnly? EventDate(string after, int line, string source)
    {
        string token = after.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (token.Length is not (6 or 8) || !token.All(char.IsAsciiDigit))
        {
            return null;
        }
        return TabariDates.Parse(token, token.Length == 8)
            ?? throw new ValidationFormatException(source, line, $"event date '{token}' is not a valid {(token.Length == 8 ? "YYYYMMDD" : "YYMMDD")} date");
    }
}
