namespace Parley.Tools.Ontology;

/// <summary>
/// CAMEO2PLOVER-2021.txt: the CAMEO → PLOVER conversion table of the PLOVER manual v0.8.
/// </summary>
/// <remarks>
/// Format, as found in the file: lines starting with '#' are comments, blank lines and lines of '~'
/// separate sections, and every other line is <c>CODE: EVENT[, MODE[, CONTEXT]] [# note]</c>. A
/// section heading such as <c>03: AGREE</c> carries only the event and maps the root itself. Fields
/// are trimmed; MODE or CONTEXT may be blank; CONTEXT may hold several values separated by ';'
/// ("crime; corruption"), which are kept as "crime;corruption". Codes need not sit under their own
/// root's heading (0813 is listed in the second 08 section, 191 under 17). A code listed twice keeps
/// its first listing; later listings with different fields are reported as conflicts.
/// </remarks>
internal sealed class PloverTable
{
    private readonly Dictionary<string, PloverMapping> _mappings;

    private PloverTable(Dictionary<string, PloverMapping> mappings, List<PloverConflict> conflicts)
    {
        _mappings = mappings;
        Conflicts = conflicts;
    }

    /// <summary>Codes listed again with different fields, in file order.</summary>
    public IReadOnlyList<PloverConflict> Conflicts { get; }

    /// <summary>Every code the table lists, sorted ordinally.</summary>
    public List<string> SortedCodes()
    {
        var codes = new List<string>(_mappings.Keys);
        codes.Sort(StringComparer.Ordinal);
        return codes;
    }

    /// <summary>The mapping listed for exactly <paramref name="code"/>, if any.</summary>
    public bool TryGet(string code, out PloverMapping? mapping) => _mappings.TryGetValue(code, out mapping);

    /// <summary>Reads and checks the table at <paramref name="path"/>.</summary>
    public static PloverTable Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new SourceFormatException(path, "file not found");
        }
        var mappings = new Dictionary<string, PloverMapping>(StringComparer.Ordinal);
        var conflicts = new List<PloverConflict>();
        using var reader = new StreamReader(path);
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed.Trim('~').Length == 0)
            {
                continue;
            }
            (string code, PloverMapping mapping) = ParseLine(trimmed, path, lineNumber);
            if (!mappings.TryGetValue(code, out PloverMapping? first))
            {
                mappings.Add(code, mapping);
            }
            else if (!first.SameFields(mapping))
            {
                conflicts.Add(new PloverConflict(code, first, mapping));
            }
        }
        if (mappings.Count == 0)
        {
            throw new SourceFormatException(path, "no CODE: EVENT lines found");
        }
        return new PloverTable(mappings, conflicts);
    }

    private static (string Code, PloverMapping Mapping) ParseLine(string line, string path, int lineNumber)
    {
        int hash = line.IndexOf('#', StringComparison.Ordinal);
        string content = hash >= 0 ? line[..hash] : line;
        int colon = content.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw new SourceFormatException(path, lineNumber, "expected \"CODE: EVENT, MODE, CONTEXT\"");
        }
        string code = content[..colon].Trim();
        if (!CameoCodes.IsValid(code))
        {
            throw new SourceFormatException(path, lineNumber, $"\"{code}\" is not a CAMEO code (2-4 digits, root 01-20)");
        }
        string[] fields = content[(colon + 1)..].Split(',');
        if (fields.Length > 3)
        {
            throw new SourceFormatException(path, lineNumber, $"expected at most 3 comma-separated fields (EVENT, MODE, CONTEXT), found {fields.Length}");
        }
        string plover = fields[0].Trim();
        if (plover.Length == 0 || !IsUpperWord(plover))
        {
            throw new SourceFormatException(path, lineNumber, $"\"{plover}\" is not a PLOVER event type (upper-case letters)");
        }
        string mode = fields.Length > 1 ? fields[1].Trim() : "";
        if (mode.Length > 0 && !IsLowerToken(mode))
        {
            throw new SourceFormatException(path, lineNumber, $"\"{mode}\" is not a PLOVER mode (lower-case letters, digits, '_' or '-')");
        }
        string context = "";
        if (fields.Length > 2)
        {
            context = ParseContexts(fields[2], path, lineNumber);
        }
        return (code, new PloverMapping(plover, mode, context, lineNumber));
    }

    private static string ParseContexts(string field, string path, int lineNumber)
    {
        string[] parts = field.Split(';');
        var kept = new List<string>(parts.Length);
        foreach (string part in parts)
        {
            string value = part.Trim();
            if (value.Length == 0)
            {
                if (parts.Length > 1)
                {
                    throw new SourceFormatException(path, lineNumber, "empty value in a ';'-separated context list");
                }
                continue;
            }
            if (!IsLowerToken(value))
            {
                throw new SourceFormatException(path, lineNumber, $"\"{value}\" is not a PLOVER context (lower-case letters, digits, '_' or '-')");
            }
            kept.Add(value);
        }
        return string.Join(';', kept);
    }

    private static bool IsUpperWord(string value)
    {
        foreach (char c in value)
        {
            if (c < 'A' || c > 'Z')
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsLowerToken(string value)
    {
        foreach (char c in value)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            {
                return false;
            }
        }
        return true;
    }
}
