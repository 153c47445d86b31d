using System.Globalization;
using Parley.Text;

namespace Parley.Coding.Evaluation;

/// <summary>
/// Reads the ICEWS CAMEO codebook (<c>cameo-codes.csv</c>, written by R: a header row, quoted strings, <c>NA</c> for
/// missing values) as a root-only gold standard: one record per row with an example sentence, accepted root
/// <c>root_code</c> (zero-padded to two digits), id and label <c>code</c>, and no actor countries. Rows without an
/// example (<c>NA</c>: the twenty root rows, among others) or with the placeholder "NEED EXAMPLE." are skipped with
/// the reason. Many examples end with the codebook's commentary ("… said. Note: Two reciprocal events are coded with
/// actors reversed."); the text is cut before "Note:", since the commentary is not news text and would only give the
/// coder more sentences to code. The file is not UTF-8 and its curly quotes and dashes are mojibake;
/// <see cref="MojibakeRepair.Decode"/> reads it (see there).
/// </summary>
public static class IcewsCodebookReader
{
    /// <summary>Reads the codebook at <paramref name="path"/>.</summary>
    /// <exception cref="GoldFormatException">The file is not a well-formed codebook.</exception>
    public static GoldSet Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(MojibakeRepair.Decode(File.ReadAllBytes(path)), path);
    }

    /// <summary>Reads a codebook from decoded <paramref name="text"/>; errors name <paramref name="sourceName"/>.</summary>
    /// <exception cref="GoldFormatException">The text is not a well-formed codebook.</exception>
    public static GoldSet Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var events = new List<GoldEvent>();
        var skipped = new List<SkippedGoldRecord>();
        Columns? columns = null;
        foreach (CsvRecord record in new CsvRecordReader(text, sourceName).ReadAll())
        {
            if (columns is null)
            {
                columns = Columns.Of(record, sourceName);
                continue;
            }
            if (record.Fields.Count != columns.Count)
            {
                throw new GoldFormatException(sourceName, record.Line, $"expected {columns.Count} fields as in the header, found {record.Fields.Count}");
            }
            ReadRow(record, columns, sourceName, events, skipped);
        }
        if (columns is null)
        {
            throw new GoldFormatException(sourceName, 1, "empty file: expected a header row naming code, example and root_code");
        }
        return new GoldSet(sourceName, GoldFormat.IcewsCodebook, events, skipped);
    }

    private static void ReadRow(CsvRecord record, Columns columns, string sourceName, List<GoldEvent> events, List<SkippedGoldRecord> skipped)
    {
        string code = record.Fields[columns.Code].Trim();
        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
        {
            throw new GoldFormatException(sourceName, record.Line, $"'{code}' is not a CAMEO code (two to four digits)");
        }
        string example = WithoutNote(record.Fields[columns.Example]);
        if (IsMissing(example) || IsPlaceholder(example))
        {
            skipped.Add(new SkippedGoldRecord(code, record.Line, IsMissing(example) ? "no example" : $"placeholder example '{example}'"));
            return;
        }
        string root = Root(record.Fields[columns.Root].Trim(), record.Line, sourceName);
        if (!code.StartsWith(root, StringComparison.Ordinal))
        {
            // A code outside its stated root means the columns are shifted or the row is corrupt.
            throw new GoldFormatException(sourceName, record.Line, $"code {code} does not belong to root_code {root}");
        }
        events.Add(new GoldEvent(code, TextDecoder.Normalize(example), null, [root], [], [], code));
    }

    private static string Root(string text, int line, string sourceName)
    {
        if (text.Length is < 1 or > 2 || !text.All(char.IsAsciiDigit) || int.Parse(text, CultureInfo.InvariantCulture) is < 1 or > 20)
        {
            throw new GoldFormatException(sourceName, line, $"root_code '{text}' is not a CAMEO root (01 to 20)");
        }
        return text.PadLeft(2, '0');
    }

    /// <summary>The example without the codebook's trailing "Note: …" commentary, trimmed.</summary>
    internal static string WithoutNote(string example)
    {
        int note = example.IndexOf("Note:", StringComparison.Ordinal);
        while (note > 0 && !char.IsWhiteSpace(example[note - 1]))
        {
            note = example.IndexOf("Note:", note + 1, StringComparison.Ordinal);
        }
        return (note < 0 ? example : example[..note]).Trim();
    }

    private static bool IsPlaceholder(string example) =>
        example.TrimEnd('.', ' ').Equals("NEED EXAMPLE", StringComparison.OrdinalIgnoreCase);

    /// <summary>R writes a missing value as an unquoted NA; an empty field means the same.</summary>
    private static bool IsMissing(string field) => field.Trim() is "" or "NA";

    /// <summary>Where the columns the reader needs are, found by header name.</summary>
    private sealed record Columns(int Count, int Code, int Example, int Root)
    {
        public static Columns Of(CsvRecord header, string sourceName)
        {
            int Find(string name) => header.Fields.ToList().FindIndex(f => string.Equals(f.Trim(), name, StringComparison.OrdinalIgnoreCase));
            int code = Find("code"), example = Find("example"), root = Find("root_code");
            if (code < 0 || example < 0 || root < 0)
            {
                throw new GoldFormatException(sourceName, header.Line, "the header row must name the columns code, example and root_code");
            }
            return new Columns(header.Fields.Count, code, example, root);
        }
    }
}
