using System.Globalization;
using System.Text;

namespace Parley.Tools.Ontology;

/// <summary>
/// Joins GDELT's CAMEO code and Goldstein tables with CAMEO2PLOVER into Parley's ontology file
/// (data/ontology/cameo.tsv). The output depends only on the three source files.
/// </summary>
internal static class OntologyGenerator
{
    /// <summary>Source file of the codes and names, relative to the data directory.</summary>
    public const string EventCodesFile = "cameo/CAMEO.eventcodes.txt";

    /// <summary>Source file of the Goldstein values, relative to the data directory.</summary>
    public const string GoldsteinFile = "cameo/CAMEO.goldsteinscale.txt";

    /// <summary>Source file of the PLOVER mapping, relative to the data directory.</summary>
    public const string PloverFile = "cameo/CAMEO2PLOVER-2021.txt";

    /// <summary>The column header line of the output.</summary>
    public const string Header = "code\tname\tgoldstein\tquad_class\troot\tplover_event\tplover_mode\tplover_context";

    /// <summary>Reads the sources under <paramref name="dataDirectory"/> and returns the file text and a summary.</summary>
    public static (string Text, string Summary) Generate(string dataDirectory)
    {
        string codesPath = Path.Combine(dataDirectory, EventCodesFile);
        string goldsteinPath = Path.Combine(dataDirectory, GoldsteinFile);
        string ploverPath = Path.Combine(dataDirectory, PloverFile);

        List<CodeTableEntry> names = CodeTableReader.Read(codesPath, "CAMEOEVENTCODE\tEVENTDESCRIPTION");
        List<CodeTableEntry> goldsteins = CodeTableReader.Read(goldsteinPath, "CAMEOEVENTCODE\tGOLDSTEINSCALE");
        PloverTable plover = PloverTable.Read(ploverPath);

        Dictionary<string, CodeTableEntry> goldsteinOf = ByCode(goldsteins);
        Dictionary<string, CodeTableEntry> nameOf = ByCode(names);
        CheckTables(names, goldsteins, nameOf, goldsteinOf, codesPath, goldsteinPath);

        var codes = new List<string>(nameOf.Keys);
        codes.Sort(StringComparer.Ordinal);

        var rows = new StringBuilder();
        var inherited = new List<string>();
        var unmapped = new List<string>();
        var corrected = new List<NameCorrection>();
        foreach (string code in codes)
        {
            string name = RepairName(code, NormalizeWhitespace(nameOf[code].Value), corrected);
            PloverMapping? mapping = FindMapping(plover, code, out string? from);
            if (mapping is null)
            {
                unmapped.Add(code);
            }
            else if (from != code)
            {
                inherited.Add($"{code} (from {from})");
            }
            rows.Append(code).Append('\t')
                .Append(name).Append('\t')
                .Append(goldsteinOf[code].Value).Append('\t')
                .Append(CameoCodes.QuadClass(code).ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(code, 0, 2).Append('\t')
                .Append(mapping?.Event ?? "").Append('\t')
                .Append(mapping?.Mode ?? "").Append('\t')
                .Append(mapping?.Context ?? "").Append('\n');
        }

        var ignored = new List<string>();
        foreach (string code in plover.SortedCodes())
        {
            if (!nameOf.ContainsKey(code))
            {
                ignored.Add(code);
            }
        }

        var text = new StringBuilder();
        AppendComments(text, codes.Count, inherited, unmapped, ignored, plover.Conflicts, corrected);
        text.Append(Header).Append('\n');
        text.Append(rows);
        string summary = $"{codes.Count} codes; {codes.Count - unmapped.Count} with a PLOVER mapping ({inherited.Count} inherited from a parent), {unmapped.Count} without";
        return (text.ToString(), summary);
    }

    // Every code needs a Goldstein value and its parents; every Goldstein row needs a named code.
    private static void CheckTables(List<CodeTableEntry> names, List<CodeTableEntry> goldsteins, Dictionary<string, CodeTableEntry> nameOf,
        Dictionary<string, CodeTableEntry> goldsteinOf, string codesPath, string goldsteinPath)
    {
        foreach (CodeTableEntry entry in names)
        {
            if (!goldsteinOf.ContainsKey(entry.Code))
            {
                throw new SourceFormatException(codesPath, entry.Line, $"code {entry.Code} has no Goldstein value in {GoldsteinFile}");
            }
            CheckParents(entry, nameOf, codesPath);
        }
        foreach (CodeTableEntry entry in goldsteins)
        {
            if (!nameOf.ContainsKey(entry.Code))
            {
                throw new SourceFormatException(goldsteinPath, entry.Line, $"code {entry.Code} is not in {EventCodesFile}");
            }
            if (!double.TryParse(entry.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value)
                || value < -10.0 || value > 10.0)
            {
                throw new SourceFormatException(goldsteinPath, entry.Line, $"Goldstein value \"{entry.Value}\" of code {entry.Code} is not a number from -10 to 10");
            }
        }
    }

    // Known damage in the GDELT table (e.g. "matyerial") is repaired only while the source still has it.
    private static string RepairName(string code, string name, List<NameCorrection> corrected)
    {
        foreach (NameCorrection correction in NameCorrection.Known)
        {
            if (string.Equals(correction.Code, code, StringComparison.Ordinal) && string.Equals(correction.Damaged, name, StringComparison.Ordinal))
            {
                corrected.Add(correction);
                return correction.Repaired;
            }
        }
        return name;
    }

    private static Dictionary<string, CodeTableEntry> ByCode(List<CodeTableEntry> entries)
    {
        var map = new Dictionary<string, CodeTableEntry>(entries.Count, StringComparer.Ordinal);
        foreach (CodeTableEntry entry in entries)
        {
            map.Add(entry.Code, entry);
        }
        return map;
    }

    private static void CheckParents(CodeTableEntry entry, Dictionary<string, CodeTableEntry> nameOf, string path)
    {
        for (int length = entry.Code.Length - 1; length >= 2; length--)
        {
            string parent = entry.Code[..length];
            if (!nameOf.ContainsKey(parent))
            {
                throw new SourceFormatException(path, entry.Line, $"code {entry.Code} has no parent code {parent} in the table");
            }
        }
    }

    /// <summary>The mapping of <paramref name="code"/>, or of its nearest listed parent (0311 → 031 → 03).</summary>
    private static PloverMapping? FindMapping(PloverTable plover, string code, out string? from)
    {
        for (int length = code.Length; length >= 2; length--)
        {
            string candidate = code[..length];
            if (plover.TryGet(candidate, out PloverMapping? mapping))
            {
                from = candidate;
                return mapping;
            }
        }
        from = null;
        return null;
    }

    /// <summary>Trims and collapses every run of white space to one space.</summary>
    public static string NormalizeWhitespace(string value)
    {
        var builder = new StringBuilder(value.Length);
        bool pendingSpace = false;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static void AppendComments(
        StringBuilder text,
        int count,
        List<string> inherited,
        List<string> unmapped,
        List<string> ignored,
        IReadOnlyList<PloverConflict> conflicts,
        List<NameCorrection> corrected)
    {
        Comment(text, $"Parley CAMEO ontology: {count.ToString(CultureInfo.InvariantCulture)} CAMEO event codes (including the 20 two-digit roots), sorted by code.");
        Comment(text, "Generated by tools/Parley.Tools.Ontology; do not edit by hand. Regenerate with");
        Comment(text, "  dotnet run --project tools/Parley.Tools.Ontology -- [--data ../shared/data] [--out data/ontology/cameo.tsv]");
        Comment(text, "Sources (paths relative to the shared data directory):");
        Comment(text, $"  {EventCodesFile}      codes and names; GDELT CAMEO lookup tables (public)");
        Comment(text, $"  {GoldsteinFile}  Goldstein values; GDELT CAMEO lookup tables (public)");
        Comment(text, $"  {PloverFile}     CAMEO -> PLOVER event, mode, context; PLOVER manual v0.8 (Draft 0.8, 17 Sep 2021,");
        Comment(text, "    ed. Philip Schrodt); CC BY-SA 4.0, so the plover_* columns are shared under CC BY-SA 4.0 as well");
        Comment(text, "Format: UTF-8, LF line endings, '#' comment lines, one header line, then one TAB-separated row per code:");
        Comment(text, "  code            CAMEO event code, 2-4 digits");
        Comment(text, "  name            CAMEO name as in the GDELT table, white space normalised (root names are upper case)");
        Comment(text, "  goldstein       Goldstein conflict-cooperation value, -10 to 10, as written in the source (invariant culture)");
        Comment(text, "  quad_class      Phoenix quad class of the root: 0 neutral/verbal statements (01-02), 1 verbal cooperation (03-05),");
        Comment(text, "                  2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20)");
        Comment(text, "  root            the code's first two digits (its root code)");
        Comment(text, "  plover_event    PLOVER event type (e.g. AGREE, CONSULT, ASSAULT); empty when there is no mapping");
        Comment(text, "  plover_mode     PLOVER mode; empty when CAMEO2PLOVER gives none");
        Comment(text, "  plover_context  PLOVER context(s), several separated by ';'; empty when CAMEO2PLOVER gives none");
        Comment(text, "PLOVER fallback: a code that CAMEO2PLOVER does not list takes the mapping of its nearest listed parent");
        Comment(text, "  (0311 -> 031 -> 03); a code with neither its own nor a parent's listing has empty plover_* columns.");
        Comment(text, "  A root's own mapping is its section heading in CAMEO2PLOVER (\"03: AGREE\": event only).");
        Comment(text, "  Inherited from a parent: " + ListOrNone(inherited));
        Comment(text, "  Without any mapping: " + ListOrNone(unmapped));
        foreach (PloverConflict conflict in conflicts)
        {
            Comment(text, $"  {conflict.Code} is listed twice with different fields; the first listing (CAMEO2PLOVER line {conflict.Kept.Line.ToString(CultureInfo.InvariantCulture)}: {conflict.Kept.Describe().TrimEnd(',', ' ')}) is used,");
            Comment(text, $"    not line {conflict.Ignored.Line.ToString(CultureInfo.InvariantCulture)} ({conflict.Ignored.Describe().TrimEnd(',', ' ')}); its sub-codes carry their own listings.");
        }
        Comment(text, "  CAMEO2PLOVER codes not in the CAMEO table (not used): " + ListOrNone(ignored));
        if (corrected.Count > 0)
        {
            Comment(text, "Names repaired where the GDELT table is damaged:");
            foreach (NameCorrection correction in corrected)
            {
                Comment(text, $"  {correction.Code}: \"{correction.Repaired}\" ({correction.Why}; source: \"{correction.Damaged}\")");
            }
        }
    }

    private static string ListOrNone(List<string> items) => items.Count == 0 ? "none" : string.Join(' ', items);

    private static void Comment(StringBuilder text, string line) => text.Append("# ").Append(line).Append('\n');
}
