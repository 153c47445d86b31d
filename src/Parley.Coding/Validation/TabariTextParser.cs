using System.Text.RegularExpressions;

namespace Parley.Coding.Validation;

/// <summary>
/// Reads the records of a TABARI text file. A record is a date line (<c>950101  DEMO-01</c>) and the lines up to the
/// next blank line; between records only blank lines and <c>#</c> banners may stand. Option changes of
/// <c>{ OPTION: ... }</c> blocks apply from their record on, and <c>SET: YYYY = TRUE</c> switches the date lines of
/// later records to YYYYMMDD. Records after the one with id <see cref="FinalId"/> are outside the standard set.
/// </summary>
internal sealed partial class TabariTextParser
{
    /// <summary>The id of the record that ends the standard validation records.</summary>
    public const string FinalId = "FINAL-01";

    private readonly string source;
    private readonly OptionState options;
    private readonly List<ValidationRecord> records = [];
    private bool pastFinal;

    private TabariTextParser(string source, OptionState options)
    {
        this.source = source;
        this.options = options;
    }

    /// <summary>Parses <paramref name="reader"/>, starting from and updating <paramref name="options"/>.</summary>
    public static List<ValidationRecord> Parse(TextReader reader, string source, OptionState options)
    {
        var parser = new TabariTextParser(source, options);
        (int Number, string Text)? header = null;
        var body = new List<(int Number, string Text)>();
        int number = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            number++;
            if (number == 1)
            {
                line = line.TrimStart('\uFEFF');
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                parser.Finish(ref header, body);
            }
            else if (header is not null)
            {
                // Inside a record even a line that looks like a date line is text ("1996 began quietly ...").
                body.Add((number, line));
            }
            else if (!line.StartsWith('#'))
            {
                header = HeaderLine().IsMatch(line)
                    ? (number, line)
                    : throw new ValidationFormatException(source, number, $"expected a 'YYMMDD ID' line to start a record, found '{line.Trim()}'");
            }
        }
        parser.Finish(ref header, body);
        return parser.records;
    }

    private void Finish(ref (int Number, string Text)? header, List<(int Number, string Text)> body)
    {
        if (header is { } start)
        {
            records.Add(Build(start.Number, start.Text, body));
            pastFinal |= records[^1].Id == FinalId;
        }
        header = null;
        body.Clear();
    }

    private ValidationRecord Build(int line, string headerText, List<(int Number, string Text)> body)
    {
        (string id, DateOnly date) = ParseHeader(line, headerText);
        (string text, List<TabariBlock> blocks) = TabariRecordBody.Parse(body, source);
        List<TabariBlock> active = blocks.Where(b => !b.Deactivated).ToList();
        ValidationOption[] changes = active.Where(b => b.Kind == TabariBlockKind.Option).Select(b => b.Option!).ToArray();
        foreach (ValidationOption change in changes)
        {
            options.Apply(change);
        }
        ExpectedEvent[] expected = active.Where(b => b.Kind == TabariBlockKind.Event).Select(b => b.Event!).ToArray();
        bool complex = active.Any(b => b.Kind == TabariBlockKind.Complex);
        bool discard = active.Any(b => b.Kind == TabariBlockKind.Discard);
        // A deactivated OPTION block is simply not applied; other "-{...}" blocks make the record optional.
        bool optional = blocks.Any(b => b.Deactivated && b.Kind != TabariBlockKind.Option);
        bool stated = expected.Length > 0 || complex || discard || changes.Length > 0 || optional;
        return new ValidationRecord
        {
            Id = id,
            Category = id.IndexOf('-', StringComparison.Ordinal) is > 0 and int hyphen ? id[..hyphen] : null,
            Date = date,
            Text = text,
            Expected = expected,
            ExpectsNoEvents = active.Any(b => b.Kind == TabariBlockKind.NoEvents) || !stated,
            ExpectsComplex = complex,
            ExpectsDiscard = discard,
            IsOptional = optional,
            Deactivated = blocks.Where(b => b.Deactivated && b.Event is not null).Select(b => b.Event!).ToArray(),
            IsOptionRecord = changes.Length > 0,
            OptionChanges = changes,
            Options = options.Snapshot(),
            IsStandard = !pastFinal,
            SourceLine = line,
        };
    }

    /// <summary>
    /// Reads the date and id. Dates are fixed-width (6 digits, or 8 in YYYY mode) and extra digits are ignored, so
    /// the suite's typo <c>9501201</c> reads as 950120; a date repeated before the id (<c>950101  950101  AGENTS-11</c>)
    /// is skipped. Words after the id (FBIS document numbers) are not needed for coding and are dropped.
    /// </summary>
    private (string Id, DateOnly Date) ParseHeader(int line, string text)
    {
        string[] tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        string digits = tokens[0];
        bool fourDigitYear = options.IsTrue(TabariOptionCommand.FourDigitYears);
        int width = fourDigitYear ? 8 : 6;
        DateOnly date = (digits.Length >= width ? TabariDates.Parse(digits[..width], fourDigitYear) : null)
            ?? throw new ValidationFormatException(source, line, $"date '{digits}' is not {(fourDigitYear ? "YYYYMMDD" : "YYMMDD")}");
        string id = tokens[1] == digits && tokens.Length > 2 ? tokens[2] : tokens[1];
        return (id, date);
    }

    [GeneratedRegex(@"^\d+\s+\S")]
    private static partial Regex HeaderLine();
}
