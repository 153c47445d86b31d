namespace Parley.Coding.Dictionaries;

/// <summary>
/// Reads verb dictionaries in the TABARI (<c>.verbs</c>) and PETRARCH (<c>CAMEO.2.0.txt</c>,
/// <c>CAMEO.verbpatterns.*.txt</c>) formats:
/// <list type="bullet">
/// <item><c>--- NAME [code] ---</c> opens a PETRARCH block; the code and the closing dashes are optional.</item>
/// <item>a verb line <c>VERB {FORM FORM} [code]</c> adds a verb to the block; a multi-word verb marks its verb
/// word with <c>+</c> (<c>+ASK_FOR</c>, <c>WIRE_+TAP</c>). In a file without block heads (TABARI) each verb line
/// is a block of its own, and a following <c>{FORM FORM}</c> line gives its irregular forms.</item>
/// <item><c>- pattern [code]</c> adds a pattern to the current block (see <see cref="PatternTokenKind"/>).</item>
/// <item><c>&amp;NAME</c> opens a synonym set, and <c>+MEMBER</c> lines fill it; patterns refer to sets before or
/// after their definition. <c>&lt;SYNSETS&gt;</c> tags are accepted around them.</item>
/// <item>comments after <c>#</c> or <c>;</c>, and <c>&lt;!-- --&gt;</c> comments; <c>~~FINISH</c> ends a TABARI file.</item>
/// <item>PETRARCH 2 <c>~</c> transformation lines are kept as written; TABARI <c>&lt;TIME&gt;</c> sections and
/// unknown tags are skipped with an <see cref="DictionaryWarningKind.Unsupported"/> warning.</item>
/// </list>
/// </summary>
public static class VerbDictionaryReader
{
    /// <summary>Reads the file at <paramref name="path"/> in <see cref="DictionaryReadMode.Strict"/> mode.</summary>
    public static VerbDictionary Read(string path) => Read(path, DictionaryReadMode.Strict);

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static VerbDictionary Read(string path, DictionaryReadMode mode)
    {
        using StringReader reader = DictionaryText.OpenFile(path);
        return Parse(reader, path, mode);
    }

    /// <summary>Parses <paramref name="reader"/> in <see cref="DictionaryReadMode.Strict"/> mode; <paramref name="sourceName"/> names it in messages.</summary>
    public static VerbDictionary Parse(TextReader reader, string sourceName) => Parse(reader, sourceName, DictionaryReadMode.Strict);

    /// <summary>Parses <paramref name="reader"/>; <paramref name="sourceName"/> names it in messages.</summary>
    public static VerbDictionary Parse(TextReader reader, string sourceName, DictionaryReadMode mode)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        return new Parser(sourceName, mode).Run(DictionaryText.ReadLines(reader));
    }

    private sealed class BlockBuilder(string name, VerbCode? code, int line, bool explicitHead)
    {
        public string Name { get; } = name;
        public VerbCode? Code { get; } = code;
        public int Line { get; } = line;
        public bool ExplicitHead { get; } = explicitHead;
        public List<VerbEntry> Verbs { get; } = [];
        public List<VerbPattern> Patterns { get; } = [];
    }

    private sealed class SetBuilder(string name, int line)
    {
        public string Name { get; } = name;
        public int Line { get; } = line;
        public List<SetMember> Members { get; } = [];
    }

    private sealed class Parser(string source, DictionaryReadMode mode)
    {
        private readonly DictionaryDiagnostics _diagnostics = new(source, mode);
        private readonly List<BlockBuilder> _blocks = [];
        private readonly List<SetBuilder> _sets = [];
        private readonly List<VerbTransformation> _transformations = [];
        private PatternParser _patterns = null!;
        private BlockBuilder? _block;
        private SetBuilder? _set;
        private bool _headsSeen;
        private bool _skippingBlock;
        private int _line;

        public VerbDictionary Run(List<DictionaryLine> lines)
        {
            var setNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (DictionaryLine line in lines)
            {
                if (!line.IsTag && line.Text[0] == '&')
                {
                    setNames.Add(SetName(line.Text));
                }
            }
            _patterns = new PatternParser(setNames, message => _diagnostics.Kept(_line, message), message => _diagnostics.Unsupported(_line, message));

            string? skippedSection = null;
            foreach (DictionaryLine line in lines)
            {
                _line = line.Number;
                if (skippedSection is not null)
                {
                    if (line.IsTag && line.Text.Equals($"</{skippedSection}>", StringComparison.OrdinalIgnoreCase))
                    {
                        skippedSection = null;
                    }
                    continue;
                }
                if (line.IsTag)
                {
                    skippedSection = HandleTag(line.Text);
                    continue;
                }
                try
                {
                    HandleLine(line.Text);
                }
                catch (LineDefectException defect)
                {
                    _diagnostics.Skipped(line.Number, _skippingBlock ? defect.Message + "; the block's verbs and patterns are skipped" : defect.Message);
                }
            }
            if (skippedSection is not null)
            {
                _diagnostics.Skipped(_line, $"<{skippedSection}> section is not closed");
            }
            return new VerbDictionary(
                source,
                _blocks.Select(b => new VerbBlock(b.Name, b.Code, b.Verbs.ToArray(), b.Patterns.ToArray(), source, b.Line)).ToArray(),
                _sets.Select(s => new SynonymSet(s.Name, s.Members.ToArray(), source, s.Line)).ToArray(),
                _transformations.ToArray(),
                _diagnostics.Warnings.ToArray());
        }

        private static string SetName(string text)
        {
            string name = text[1..].Trim();
            return name.TrimEnd('_');
        }

        /// <summary>Handles a markup line; returns the name of a section to skip, or null.</summary>
        private string? HandleTag(string tag)
        {
            string name = tag.Trim('<', '>', '/', ' ').ToUpperInvariant();
            if (name == "SYNSETS")
            {
                _set = null;
                return null;
            }
            if (tag.StartsWith("</", StringComparison.Ordinal))
            {
                _diagnostics.Unsupported(_line, $"closing tag {tag} ignored");
                return null;
            }
            if (name == "TIME")
            {
                _diagnostics.Unsupported(_line, "TABARI <TIME> section (time-shift phrases) skipped");
                return name;
            }
            _diagnostics.Unsupported(_line, $"tag {tag} ignored");
            return null;
        }

        private void HandleLine(string text)
        {
            bool head = text.StartsWith("---", StringComparison.Ordinal);
            if (_skippingBlock && !head && text[0] is not ('&' or '~'))
            {
                return;
            }
            _skippingBlock = head;
            string? bracketProblem = DictionaryText.CheckBrackets(text, parentheses: true);
            if (bracketProblem is not null)
            {
                throw new LineDefectException(bracketProblem);
            }
            switch (text[0])
            {
                case '-' when head:
                    StartBlock(text);
                    _skippingBlock = false;
                    break;
                case '-':
                    AddPattern(text);
                    break;
                case '&':
                    StartSet(text);
                    break;
                case '+':
                    if (_set is not null)
                    {
                        AddMember(text);
                    }
                    else if (_block is not null)
                    {
                        AddVerb(text);
                    }
                    else
                    {
                        throw new LineDefectException("'+' line outside any verb block or synonym set");
                    }
                    break;
                case '{':
                    AddForms(text);
                    break;
                case '~':
                    _transformations.Add(new VerbTransformation(text[1..].Trim(), source, _line));
                    break;
                default:
                    if (_block is { ExplicitHead: true } && _set is null)
                    {
                        AddVerb(text);
                    }
                    else if (_headsSeen)
                    {
                        throw new LineDefectException("verb line outside any verb block");
                    }
                    else
                    {
                        _set = null;
                        _block = null;
                        AddVerb(text);
                    }
                    break;
            }
        }

        private void StartBlock(string text)
        {
            _headsSeen = true;
            _set = null;
            _block = null;
            string inner = text.TrimStart('-').Trim();
            while (inner.EndsWith("---", StringComparison.Ordinal))
            {
                inner = inner[..^3].TrimEnd();
            }
            (string name, List<string> codes) = CodeSyntax.SplitGroups(inner, '[', ']');
            if (name.Length == 0)
            {
                throw new LineDefectException("verb block head without a name");
            }
            if (codes.Count > 1)
            {
                // "--- DELAY [120] [031:031] ---": PETRARCH reads the first code and codes the block's verbs with it;
                // dropping the block would lose its synonyms and patterns too.
                _diagnostics.Kept(_line, "verb block head with more than one code: the first is used");
            }
            VerbCode? code = codes.Count >= 1 ? ParseCode(codes[0]) : null;
            _block = new BlockBuilder(DictionaryText.NormalizeSpaces(name), code, _line, explicitHead: true);
            _blocks.Add(_block);
        }

        private void StartSet(string text)
        {
            _block = null;
            string name = SetName(text);
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw new LineDefectException($"invalid synonym set name '{text}'");
            }
            if (_sets.Any(s => s.Name == name))
            {
                _diagnostics.Kept(_line, $"synonym set &{name} is defined twice");
            }
            _set = new SetBuilder(name, _line);
            _sets.Add(_set);
        }

        private void AddMember(string text)
        {
            string member = text[1..].Trim();
            if (member.Length == 0)
            {
                throw new LineDefectException("empty synonym set member");
            }
            _set!.Members.Add(new SetMember(member, _patterns.Parse(member), _line));
        }

        private void AddPattern(string text)
        {
            if (_block is null || _set is not null)
            {
                throw new LineDefectException("pattern outside any verb block");
            }
            string body = text[1..];
            int open = body.LastIndexOf('[');
            if (open < 0)
            {
                throw new LineDefectException("pattern without a [code]");
            }
            int close = body.IndexOf(']', open);
            if (close < 0)
            {
                throw new LineDefectException("unclosed '['");
            }
            if (body[(close + 1)..].Trim().Length > 0)
            {
                throw new LineDefectException($"unexpected text '{body[(close + 1)..].Trim()}' after the code");
            }
            IReadOnlyList<PatternToken> tokens = _patterns.Parse(body[..open]);
            int verbs = PatternParser.Count(tokens, PatternTokenKind.Verb);
            if (verbs != 1)
            {
                throw new LineDefectException(verbs == 0 ? "pattern without the verb position '*'" : "pattern with more than one '*'");
            }
            VerbCode code = ParseCode(body[(open + 1)..close]);
            _block.Patterns.Add(new VerbPattern(tokens, code, text, source, _line));
        }

        private void AddForms(string text)
        {
            VerbEntry? last = _block is { Verbs.Count: > 0 } && _set is null ? _block.Verbs[^1] : null;
            if (last is null)
            {
                throw new LineDefectException("irregular forms {...} without a preceding verb");
            }
            if (last.Forms.Count > 0)
            {
                throw new LineDefectException($"second list of irregular forms for {last.Text}");
            }
            (string before, List<string> groups) = CodeSyntax.SplitGroups(text, '{', '}');
            if (before.Length > 0 || groups.Count != 1)
            {
                throw new LineDefectException("an irregular-forms line holds one {...} list");
            }
            _block!.Verbs[^1] = last with { Forms = ParseForms(groups[0]) };
        }

        private void AddVerb(string text)
        {
            int brace = text.IndexOf('{', StringComparison.Ordinal);
            int bracket = text.IndexOf('[', StringComparison.Ordinal);
            int end = brace < 0 ? bracket : bracket < 0 ? brace : Math.Min(brace, bracket);
            string phrase = (end < 0 ? text : text[..end]).Trim();
            IReadOnlyList<string>? forms = null;
            VerbCode? code = null;
            string rest = end < 0 ? "" : text[end..].Trim();
            while (rest.Length > 0)
            {
                char open = rest[0];
                char close = open switch { '{' => '}', '[' => ']', _ => '\0' };
                int closeAt = close == '\0' ? -1 : rest.IndexOf(close, StringComparison.Ordinal);
                if (closeAt < 0 || (open == '{' && forms is not null) || (open == '[' && code is not null))
                {
                    throw new LineDefectException($"unexpected text '{rest}' after the verb");
                }
                if (open == '{')
                {
                    forms = ParseForms(rest[1..closeAt]);
                }
                else
                {
                    code = ParseCode(rest[1..closeAt]);
                }
                rest = rest[(closeAt + 1)..].Trim();
            }
            (string lemma, string[] words, int verbIndex) = ParsePhrase(phrase);
            if (_block is null)
            {
                _block = new BlockBuilder(phrase, null, _line, explicitHead: false);
                _blocks.Add(_block);
            }
            _block.Verbs.Add(new VerbEntry(lemma, words, verbIndex, forms ?? [], code, phrase, _block.Name, source, _line));
        }

        private (string Lemma, string[] Words, int VerbIndex) ParsePhrase(string phrase)
        {
            if (phrase.Length == 0)
            {
                throw new LineDefectException("verb line without a verb");
            }
            string[] raw = phrase.Split([' ', '\t', '_'], StringSplitOptions.RemoveEmptyEntries);
            var words = new string[raw.Length];
            int verbIndex = -1;
            for (int i = 0; i < raw.Length; i++)
            {
                string word = raw[i];
                if (word[0] == '+')
                {
                    if (verbIndex >= 0)
                    {
                        throw new LineDefectException($"verb '{phrase}' marks two words with '+'");
                    }
                    verbIndex = i;
                    word = word[1..];
                }
                if (word.EndsWith('='))
                {
                    _diagnostics.Unsupported(_line, $"'=' marker on verb '{phrase}' is not supported; ignored");
                    word = word.TrimEnd('=');
                }
                int bad = word.IndexOfAny(['*', '$', '+', '^', '%', '&', '(', ')', '|', '~', '=']);
                if (word.Length == 0 || bad >= 0)
                {
                    throw new LineDefectException($"invalid verb '{phrase}'");
                }
                words[i] = word;
            }
            verbIndex = Math.Max(verbIndex, 0);
            return (words[verbIndex], words, verbIndex);
        }

        private static string[] ParseForms(string inside)
        {
            string[] forms = inside.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < forms.Length; i++)
            {
                forms[i] = forms[i].Replace("+", "", StringComparison.Ordinal);
                if (forms[i].Trim('_').Length == 0)
                {
                    throw new LineDefectException($"invalid irregular form in {{{inside}}}");
                }
            }
            return forms;
        }

        private VerbCode ParseCode(string inside) => CodeSyntax.ParseVerbCode(inside, message => _diagnostics.Kept(_line, message));
    }
}
