namespace Parley.Coding.Dictionaries;

/// <summary>
/// Reads agent dictionaries (<c>Phoenix.agents.txt</c>, <c>PETR.Validate.agents.txt</c>, TABARI <c>.agents</c>):
/// <list type="bullet">
/// <item><c>NAME [~CODE]</c> (suffix agent) or <c>NAME [CODE~]</c> (prefix agent), spaces allowed inside the brackets;</item>
/// <item><c>NAME {FORM FORM} [~CODE]</c> lists irregular forms; <c>{}</c> means none (no regular plural either);</item>
/// <item><c>!NAME! = A, B, C</c> defines a substitution set used as <c>!NAME!</c> inside names;</item>
/// <item>comments after <c>#</c> or <c>;</c> and <c>&lt;!-- --&gt;</c>.</item>
/// </list>
/// </summary>
public static class AgentDictionaryReader
{
    /// <summary>Reads the file at <paramref name="path"/> in <see cref="DictionaryReadMode.Strict"/> mode.</summary>
    public static AgentDictionary Read(string path) => Read(path, DictionaryReadMode.Strict);

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static AgentDictionary Read(string path, DictionaryReadMode mode)
    {
        using StringReader reader = DictionaryText.OpenFile(path);
        return Parse(reader, path, mode);
    }

    /// <summary>Parses <paramref name="reader"/> in <see cref="DictionaryReadMode.Strict"/> mode; <paramref name="sourceName"/> names it in messages.</summary>
    public static AgentDictionary Parse(TextReader reader, string sourceName) => Parse(reader, sourceName, DictionaryReadMode.Strict);

    /// <summary>Parses <paramref name="reader"/>; <paramref name="sourceName"/> names it in messages.</summary>
    public static AgentDictionary Parse(TextReader reader, string sourceName, DictionaryReadMode mode)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var diagnostics = new DictionaryDiagnostics(sourceName, mode);
        var entries = new List<AgentEntry>();
        var substitutions = new List<AgentSubstitution>();
        foreach (DictionaryLine line in DictionaryText.ReadLines(reader))
        {
            if (line.IsTag)
            {
                diagnostics.Unsupported(line.Number, $"tag {line.Text} ignored");
                continue;
            }
            try
            {
                string text = line.Text;
                string? bracketProblem = DictionaryText.CheckBrackets(text, parentheses: false);
                if (bracketProblem is not null)
                {
                    throw new LineDefectException(bracketProblem);
                }
                if (text[0] == '!' && text.Contains('=', StringComparison.Ordinal))
                {
                    AgentSubstitution substitution = ParseSubstitution(text, sourceName, line.Number);
                    if (substitutions.Any(s => s.Name == substitution.Name))
                    {
                        throw new LineDefectException($"substitution !{substitution.Name}! is defined twice");
                    }
                    substitutions.Add(substitution);
                }
                else
                {
                    entries.Add(ParseEntry(text, sourceName, line.Number));
                }
            }
            catch (LineDefectException defect)
            {
                diagnostics.Skipped(line.Number, defect.Message);
            }
        }
        foreach (AgentEntry entry in entries)
        {
            foreach (string marker in entry.Names.SelectMany(Markers).Distinct())
            {
                if (!substitutions.Any(s => s.Name == marker))
                {
                    diagnostics.Kept(entry.Line, $"undefined substitution !{marker}!");
                }
            }
        }
        return new AgentDictionary(sourceName, entries.ToArray(), substitutions.ToArray(), diagnostics.Warnings.ToArray());
    }

    private static IEnumerable<string> Markers(string name)
    {
        string[] parts = name.Split('!');
        for (int i = 1; i + 1 < parts.Length; i += 2)
        {
            yield return parts[i];
        }
    }

    private static AgentSubstitution ParseSubstitution(string text, string source, int line)
    {
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        string marker = text[..equals].Trim();
        if (marker.Length < 3 || marker[^1] != '!' || !marker[1..^1].All(char.IsAsciiLetterOrDigit))
        {
            throw new LineDefectException($"invalid substitution name '{marker}' (expected !NAME!)");
        }
        string[] values = text[(equals + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (values.Length == 0)
        {
            throw new LineDefectException($"substitution {marker} has no values");
        }
        return new AgentSubstitution(marker[1..^1], values, source, line);
    }

    private static AgentEntry ParseEntry(string text, string source, int line)
    {
        int brace = text.IndexOf('{', StringComparison.Ordinal);
        int bracket = text.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0)
        {
            throw new LineDefectException("agent without a [code]");
        }
        if (brace > bracket)
        {
            throw new LineDefectException("forms {...} must come before the [code]");
        }
        string name = DictionaryText.NormalizeSpaces(text[..(brace >= 0 ? brace : bracket)]);
        if (name.Length == 0)
        {
            throw new LineDefectException("agent without a name");
        }
        int bad = name.IndexOfAny(['+', '~', '|', '[', ']', '{', '}']);
        if (bad >= 0 || name.Count(c => c == '!') % 2 != 0)
        {
            throw new LineDefectException($"unexpected '{(bad >= 0 ? name[bad] : '!')}' in agent name '{name}'");
        }
        var names = new List<string> { name };
        if (brace >= 0)
        {
            int close = text.IndexOf('}', brace);
            names.AddRange(text[(brace + 1)..close].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
        int end = text.IndexOf(']', bracket);
        if (text[(end + 1)..].Trim().Length > 0)
        {
            throw new LineDefectException($"unexpected text '{text[(end + 1)..].Trim()}' after the code");
        }
        if (brace >= 0 && text[(text.IndexOf('}', brace) + 1)..bracket].Trim().Length > 0)
        {
            throw new LineDefectException("unexpected text between the forms and the code");
        }
        string code = text[(bracket + 1)..end].Trim();
        AgentPosition position;
        if (code.StartsWith('~') && !code.EndsWith('~'))
        {
            position = AgentPosition.Suffix;
            code = code[1..].Trim();
        }
        else if (code.EndsWith('~') && !code.StartsWith('~'))
        {
            position = AgentPosition.Prefix;
            code = code[..^1].Trim();
        }
        else
        {
            throw new LineDefectException($"agent code [{code}] needs one '~' before or after it");
        }
        if (code.Length == 0 || !code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
        {
            throw new LineDefectException($"invalid agent code [{text[(bracket + 1)..end].Trim()}]");
        }
        return new AgentEntry(names.ToArray(), code, position, RegularPlurals: brace < 0, source, line);
    }
}
