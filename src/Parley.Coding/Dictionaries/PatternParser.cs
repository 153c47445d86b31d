namespace Parley.Coding.Dictionaries;

/// <summary>
/// Parses the token part of a verb pattern or synonym-set member into <see cref="PatternToken"/>s. Defects
/// throw <see cref="LineDefectException"/>; undefined set references and unsupported markers are reported
/// through the callbacks and kept.
/// </summary>
internal sealed class PatternParser
{
    private readonly IReadOnlySet<string> _setNames;
    private readonly Action<string> _undefinedSet;
    private readonly Action<string> _unsupported;
    private List<Lexeme> _lexemes = [];
    private int _pos;

    /// <summary>Creates a parser that resolves <c>&amp;NAME</c> against <paramref name="setNames"/> (names without <c>&amp;</c> or trailing <c>_</c>).</summary>
    public PatternParser(IReadOnlySet<string> setNames, Action<string> undefinedSet, Action<string> unsupported)
    {
        _setNames = setNames;
        _undefinedSet = undefinedSet;
        _unsupported = unsupported;
    }

    private enum LexKind
    {
        Atom,
        Space,
        Underscore,
        Open,
        Close,
        Bar,
    }

    private readonly record struct Lexeme(LexKind Kind, string Text);

    private sealed class Builder(PatternTokenKind kind, string text)
    {
        public PatternTokenKind Kind { get; } = kind;
        public string Text { get; } = text;
        public bool Exact { get; set; }
        public bool Connected { get; set; }
        public List<Builder> Children { get; } = [];

        public PatternToken Build() => new(Kind, Text, Exact, Connected, Children.Select(c => c.Build()).ToArray());
    }

    /// <summary>Parses <paramref name="text"/>.</summary>
    public IReadOnlyList<PatternToken> Parse(string text)
    {
        _lexemes = Lex(text);
        _pos = 0;
        List<Builder> sequence = ParseSequence(closer: null, inBraces: false, out _);
        if (sequence.Count == 0)
        {
            throw new LineDefectException("empty pattern");
        }
        return sequence.Select(b => b.Build()).ToArray();
    }

    /// <summary>Counts the tokens of <paramref name="kind"/> in <paramref name="tokens"/> and their groups.</summary>
    public static int Count(IEnumerable<PatternToken> tokens, PatternTokenKind kind) =>
        tokens.Sum(t => (t.Kind == kind ? 1 : 0) + Count(t.Children, kind));

    private static List<Lexeme> Lex(string text)
    {
        var lexemes = new List<Lexeme>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
                lexemes.Add(new Lexeme(LexKind.Space, " "));
                continue;
            }
            LexKind? single = c switch
            {
                '_' => LexKind.Underscore,
                '(' or '{' => LexKind.Open,
                ')' or '}' => LexKind.Close,
                '|' => LexKind.Bar,
                _ => null,
            };
            if (single is { } kind)
            {
                lexemes.Add(new Lexeme(kind, c.ToString()));
                i++;
                continue;
            }
            if (c is '[' or ']')
            {
                throw new LineDefectException($"unexpected '{c}' in pattern");
            }
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('_' or '(' or ')' or '{' or '}' or '|' or '[' or ']'))
            {
                i++;
            }
            lexemes.Add(new Lexeme(LexKind.Atom, text[start..i]));
        }
        return lexemes;
    }

    private List<Builder> ParseSequence(char? closer, bool inBraces, out bool stoppedAtBar)
    {
        var sequence = new List<Builder>();
        stoppedAtBar = false;
        while (_pos < _lexemes.Count)
        {
            Lexeme lexeme = _lexemes[_pos];
            switch (lexeme.Kind)
            {
                case LexKind.Space:
                    _pos++;
                    break;
                case LexKind.Underscore:
                    if (sequence.Count == 0 || _lexemes[_pos - 1].Kind is LexKind.Space or LexKind.Open or LexKind.Bar)
                    {
                        throw new LineDefectException("'_' does not follow a word");
                    }
                    _pos++;
                    if (_pos < _lexemes.Count && _lexemes[_pos].Kind is LexKind.Atom or LexKind.Open)
                    {
                        sequence[^1].Connected = true;
                    }
                    else
                    {
                        sequence[^1].Exact = true;
                    }
                    break;
                case LexKind.Atom:
                    sequence.Add(ParseAtom());
                    break;
                case LexKind.Open:
                    sequence.Add(ParseGroup(lexeme.Text[0]));
                    break;
                case LexKind.Close:
                    if (closer is null || lexeme.Text[0] != closer)
                    {
                        throw new LineDefectException($"unbalanced '{lexeme.Text}'");
                    }
                    _pos++;
                    return sequence;
                case LexKind.Bar:
                    if (!inBraces)
                    {
                        throw new LineDefectException("'|' outside {...}");
                    }
                    _pos++;
                    stoppedAtBar = true;
                    return sequence;
            }
        }
        if (closer is not null)
        {
            throw new LineDefectException($"unclosed '{(closer == ')' ? '(' : '{')}'");
        }
        return sequence;
    }

    private Builder ParseGroup(char open)
    {
        _pos++;
        if (open == '(')
        {
            var phrase = new Builder(PatternTokenKind.PrepositionalPhrase, "");
            phrase.Children.AddRange(NonEmpty(ParseSequence(')', inBraces: false, out _), "()"));
            return phrase;
        }
        var branches = new List<List<Builder>>();
        bool more;
        do
        {
            branches.Add(NonEmpty(ParseSequence('}', inBraces: true, out more), "{}"));
        }
        while (more);
        if (branches.Count == 1)
        {
            var noun = new Builder(PatternTokenKind.NounPhrase, "");
            noun.Children.AddRange(branches[0]);
            return noun;
        }
        var alternatives = new Builder(PatternTokenKind.Alternatives, "");
        foreach (List<Builder> branch in branches)
        {
            var alternative = new Builder(PatternTokenKind.Alternative, "");
            alternative.Children.AddRange(branch);
            alternatives.Children.Add(alternative);
        }
        return alternatives;
    }

    private static List<Builder> NonEmpty(List<Builder> sequence, string group) =>
        sequence.Count > 0 ? sequence : throw new LineDefectException($"empty group {group} or alternative");

    private Builder ParseAtom()
    {
        string text = _lexemes[_pos].Text;
        _pos++;
        PatternTokenKind? marker = text switch
        {
            "*" => PatternTokenKind.Verb,
            "$" => PatternTokenKind.Source,
            "+" => PatternTokenKind.Target,
            "^" => PatternTokenKind.Skip,
            "%" => PatternTokenKind.Compound,
            _ => null,
        };
        if (marker is { } kind)
        {
            return new Builder(kind, text);
        }
        if (text[0] == '&')
        {
            return ParseSetReference(text[1..]);
        }
        int bad = text.IndexOfAny(['*', '$', '+', '^', '%', '&']);
        if (bad >= 0)
        {
            throw new LineDefectException($"marker '{text[bad]}' inside the word '{text}'");
        }
        if (text.Contains('~', StringComparison.Ordinal) || text.Contains('=', StringComparison.Ordinal))
        {
            _unsupported($"word marker in '{text}' is not supported; kept as part of the word");
        }
        return new Builder(PatternTokenKind.Word, text);
    }

    /// <summary>
    /// <c>&amp;NAME</c>, where the name may itself contain <c>_</c> (<c>&amp;FIGHT_OF_WORDS</c>) or be followed by
    /// <c>_WORD</c> connections (<c>&amp;TIETYPES_MEMOS</c>): the longest defined name wins.
    /// </summary>
    private Builder ParseSetReference(string first)
    {
        if (first.Length == 0 || !first.All(c => char.IsAsciiLetterOrDigit(c)))
        {
            throw new LineDefectException($"invalid set name '&{first}'");
        }
        string name = first;
        string candidate = first;
        int consumedTo = _pos;
        int probe = _pos;
        while (probe + 1 < _lexemes.Count && _lexemes[probe].Kind == LexKind.Underscore && _lexemes[probe + 1].Kind == LexKind.Atom)
        {
            candidate += "_" + _lexemes[probe + 1].Text;
            probe += 2;
            if (_setNames.Contains(candidate))
            {
                name = candidate;
                consumedTo = probe;
            }
        }
        _pos = consumedTo;
        if (!_setNames.Contains(name))
        {
            _undefinedSet($"reference to undefined synonym set &{name}");
        }
        return new Builder(PatternTokenKind.SetReference, name);
    }
}
