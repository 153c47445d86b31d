namespace Parley.Coding.Dictionaries;

/// <summary>
/// Reads actor dictionaries in the TABARI (<c>.actors</c>) and PETRARCH (<c>Phoenix.*.actors.txt</c>) formats:
/// <list type="bullet">
/// <item>a name line <c>NAME [CODE]</c>, with zero or more codes (<c>ALBRIGHT [USAGOV 991201-010114] [---]</c>);
/// name lines that directly follow a name line of an actor that has no code yet are further names of that
/// actor (the Phoenix files list a person's names that way, with the codes after them);</item>
/// <item><c>+SYNONYM</c> lines adding names to the preceding actor;</item>
/// <item>restriction lines, indented or not, that start with <c>[</c>: <c>[CODE]</c>, <c>[CODE &lt;DATE]</c>,
/// <c>[CODE &gt;DATE]</c> or <c>[CODE DATE-DATE]</c>, spaces allowed around <c>&lt;</c>, <c>&gt;</c> and <c>-</c>
/// (see <see cref="ActorCode"/> for bounds and dates);</item>
/// <item>comments after <c>#</c> or <c>;</c> and <c>&lt;!-- --&gt;</c>; TABARI <c>&lt;NOUN&gt;</c> and
/// <c>&lt;ADJECTIVE&gt;</c> sections are skipped with an <see cref="DictionaryWarningKind.Unsupported"/> warning.</item>
/// </list>
/// An actor without any code is a defect.
/// </summary>
public static class ActorDictionaryReader
{
    /// <summary>Reads the file at <paramref name="path"/> in <see cref="DictionaryReadMode.Strict"/> mode.</summary>
    public static ActorDictionary Read(string path) => Read(path, DictionaryReadMode.Strict);

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static ActorDictionary Read(string path, DictionaryReadMode mode)
    {
        using StringReader reader = DictionaryText.OpenFile(path);
        return Parse(reader, path, mode);
    }

    /// <summary>Parses <paramref name="reader"/> in <see cref="DictionaryReadMode.Strict"/> mode; <paramref name="sourceName"/> names it in messages.</summary>
    public static ActorDictionary Parse(TextReader reader, string sourceName) => Parse(reader, sourceName, DictionaryReadMode.Strict);

    /// <summary>Parses <paramref name="reader"/>; <paramref name="sourceName"/> names it in messages.</summary>
    public static ActorDictionary Parse(TextReader reader, string sourceName, DictionaryReadMode mode)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        return new ActorParser(sourceName, mode).Run(reader);
    }

    /// <summary>The line-by-line state of one parse: the actor being read and any skipped section.</summary>
    private sealed class ActorParser(string sourceName, DictionaryReadMode mode)
    {
        private readonly DictionaryDiagnostics _diagnostics = new(sourceName, mode);
        private readonly List<ActorEntry> _entries = new();
        private List<string>? _names;
        private List<ActorCode>? _codes;
        private int _entryLine;
        private string? _skippedSection;
        private bool _skippingEntry;
        private int _entryEnd;

        public ActorDictionary Run(TextReader reader)
        {
            int lastLine = 0;
            foreach (DictionaryLine line in DictionaryText.ReadLines(reader))
            {
                lastLine = line.Number;
                if (SkipsSection(line))
                {
                    continue;
                }
                string text = line.Text;
                bool nameLine = text[0] is not ('[' or '+');
                bool continuation = nameLine && _names is not null && _codes!.Count == 0 && line.Number == _entryEnd + 1;
                _entryEnd = line.Number;
                if (continuation)
                {
                    AddContinuation(text, line.Number);
                    continue;
                }
                if (nameLine)
                {
                    Finish();
                    _skippingEntry = true;
                }
                else if (_skippingEntry)
                {
                    continue;
                }
                ReadLine(text, line.Number, nameLine);
            }
            Finish();
            if (_skippedSection is not null)
            {
                _diagnostics.Skipped(lastLine, $"<{_skippedSection}> section is not closed");
            }
            return new ActorDictionary(sourceName, _entries.ToArray(), _diagnostics.Warnings.ToArray());
        }

        // TABARI <NOUN> and <ADJECTIVE> sections are skipped up to their closing tag.
        private bool SkipsSection(DictionaryLine line)
        {
            if (_skippedSection is not null)
            {
                if (line.IsTag && line.Text.Equals($"</{_skippedSection}>", StringComparison.OrdinalIgnoreCase))
                {
                    _skippedSection = null;
                }
                return true;
            }
            if (!line.IsTag)
            {
                return false;
            }
            if (line.Text.StartsWith("</", StringComparison.Ordinal))
            {
                _diagnostics.Unsupported(line.Number, $"closing tag {line.Text} ignored");
            }
            else
            {
                _skippedSection = line.Text.Trim('<', '>', ' ');
                _diagnostics.Unsupported(line.Number, $"TABARI <{_skippedSection}> section skipped");
            }
            return true;
        }

        // A further name of an actor that has no code yet ("BREZHNEV_" after "LEONID_BREZHNEV_").
        private void AddContinuation(string text, int lineNumber)
        {
            try
            {
                int open = text.IndexOf('[', StringComparison.Ordinal);
                _names!.Add(ParseName(open < 0 ? text : text[..open]));
                _codes!.AddRange(open < 0 ? [] : ParseCodes(text[open..], lineNumber, _diagnostics));
            }
            catch (LineDefectException defect)
            {
                _diagnostics.Skipped(lineNumber, defect.Message);
            }
        }

        private void ReadLine(string text, int lineNumber, bool nameLine)
        {
            try
            {
                string? bracketProblem = DictionaryText.CheckBrackets(text, parentheses: false);
                if (bracketProblem is not null)
                {
                    throw new LineDefectException(bracketProblem);
                }
                if (nameLine)
                {
                    int open = text.IndexOf('[', StringComparison.Ordinal);
                    string name = ParseName(open < 0 ? text : text[..open]);
                    _codes = open < 0 ? [] : ParseCodes(text[open..], lineNumber, _diagnostics);
                    _names = [name];
                    _entryLine = lineNumber;
                    _skippingEntry = false;
                }
                else if (_names is null)
                {
                    throw new LineDefectException(text[0] == '+' ? "synonym line without a preceding actor" : "code line without a preceding actor");
                }
                else if (text[0] == '+')
                {
                    _names.Add(ParseName(text[1..]));
                }
                else
                {
                    _codes!.AddRange(ParseCodes(text, lineNumber, _diagnostics));
                }
            }
            catch (LineDefectException defect)
            {
                _diagnostics.Skipped(lineNumber, nameLine ? defect.Message + "; the actor, its synonyms and codes are skipped" : defect.Message);
            }
        }

        private void Finish()
        {
            if (_names is null)
            {
                return;
            }
            if (_codes!.Count == 0)
            {
                _diagnostics.Skipped(_entryLine, $"actor {_names[0]} has no code");
            }
            else
            {
                _entries.Add(new ActorEntry(_names.ToArray(), _codes.ToArray(), sourceName, _entryLine));
            }
            _names = null;
            _codes = null;
        }
    }

    private static string ParseName(string text)
    {
        string name = DictionaryText.NormalizeSpaces(text);
        if (name.Length == 0)
        {
            throw new LineDefectException("empty actor name");
        }
        int bad = name.IndexOfAny(['[', ']', '{', '}']);
        if (bad >= 0)
        {
            throw new LineDefectException($"unexpected '{name[bad]}' in actor name '{name}'");
        }
        if (name.Contains(" +", StringComparison.Ordinal))
        {
            throw new LineDefectException($"two names on one line: '{name}'");
        }
        return name;
    }

    private static List<ActorCode> ParseCodes(string text, int line, DictionaryDiagnostics diagnostics)
    {
        (string before, List<string> groups) = CodeSyntax.SplitGroups(text, '[', ']');
        if (before.Length > 0)
        {
            throw new LineDefectException($"unexpected text '{before}' before a code");
        }
        var codes = new List<ActorCode>(groups.Count);
        foreach (string group in groups)
        {
            codes.Add(ParseCode(group, message => diagnostics.Kept(line, message)));
        }
        return codes;
    }

    private static ActorCode ParseCode(string inside, Action<string> nonCameo)
    {
        string text = inside.Trim();
        int space = text.IndexOfAny([' ', '\t', '<', '>']);
        string code = space < 0 ? text : text[..space];
        string restriction = space < 0 ? "" : text[space..].Trim();
        CodeSyntax.CheckActorCode(code, nonCameo);
        if (restriction.Length == 0)
        {
            return new ActorCode(code, null, null);
        }
        if (restriction[0] == '<')
        {
            return new ActorCode(code, null, DictionaryDate.Parse(restriction[1..]));
        }
        if (restriction[0] == '>')
        {
            return new ActorCode(code, DictionaryDate.Parse(restriction[1..]), null);
        }
        int dash = restriction.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            throw new LineDefectException($"restriction '{restriction}' of [{text}] is not <DATE, >DATE or DATE-DATE");
        }
        DateOnly from = DictionaryDate.Parse(restriction[..dash]);
        DateOnly to = DictionaryDate.Parse(restriction[(dash + 1)..]);
        if (to < from)
        {
            throw new LineDefectException($"restriction [{text}] ends before it starts");
        }
        return new ActorCode(code, from, to);
    }
}
