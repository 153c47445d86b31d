using System.Xml.Linq;
using static Parley.Coding.Validation.PetrarchSuiteReader;

namespace Parley.Coding.Validation;

/// <summary>Turns one PETRARCH <c>&lt;Sentence&gt;</c> element into a <see cref="ValidationRecord"/>.</summary>
internal static class PetrarchSentence
{
    /// <summary>Reads <paramref name="sentence"/>; <paramref name="changes"/> are the <c>&lt;Config&gt;</c> elements just before it.</summary>
    public static ValidationRecord Read(
        string path,
        XElement sentence,
        HashSet<string>? included,
        IReadOnlyList<ValidationOption> changes,
        IReadOnlyDictionary<string, string> options)
    {
        string id = RequiredAttribute(path, sentence, "id").Trim();
        if (id.Length == 0)
        {
            throw Error(path, sentence, "empty sentence id");
        }
        DateOnly date = ParseDate(path, sentence, RequiredAttribute(path, sentence, "date"));
        string? category = sentence.Attribute("category")?.Value.Trim() is { Length: > 0 } c ? c : null;
        XElement text = sentence.Element("Text") ?? throw Error(path, sentence, $"sentence {id} has no <Text>");
        var expected = new List<ExpectedEvent>();
        bool noEvents = false;
        string? error = null;
        foreach (XElement coding in sentence.Elements("EventCoding"))
        {
            ReadCoding(path, coding, expected, ref noEvents, ref error);
        }
        return new ValidationRecord
        {
            Id = id,
            Category = category,
            Date = date,
            Text = JoinLines(text.Value),
            Expected = expected.ToArray(),
            // A sentence with no <EventCoding> at all (PATTERN-06) expects nothing, like noevents="True".
            ExpectsNoEvents = noEvents || (expected.Count == 0 && error is null),
            ExpectsError = error is not null,
            ErrorKind = error,
            OptionChanges = changes,
            Options = options,
            IsStandard = included is null || (category is not null && included.Contains(category)),
            IsSentence = ReadSentenceFlag(path, sentence),
            SourceLine = LineOf(sentence),
        };
    }

    private static void ReadCoding(string path, XElement coding, List<ExpectedEvent> expected, ref bool noEvents, ref string? error)
    {
        if (coding.Attribute("error") is { } errorAttribute)
        {
            error = errorAttribute.Value.Trim();
            return;
        }
        if (coding.Attribute("noevents") is { } noEventsAttribute)
        {
            noEvents |= ParseBool(path, coding, noEventsAttribute.Value);
            return;
        }
        string[] names = ["sourcecode", "targetcode", "eventcode"];
        string?[] values = names.Select(n => coding.Attribute(n)?.Value.Trim()).ToArray();
        if (values.All(v => v is null))
        {
            throw Error(path, coding, "<EventCoding> has none of sourcecode/targetcode/eventcode, noevents or error");
        }
        int missing = Array.IndexOf(values, null);
        if (missing >= 0)
        {
            throw Error(path, coding, $"<EventCoding> lacks the {names[missing]} attribute");
        }
        expected.Add(new ExpectedEvent(values[0]!, values[1]!, values[2]!));
    }

    private static bool ReadSentenceFlag(string path, XElement sentence) =>
        sentence.Attribute("sentence") is not { } attribute || ParseBool(path, sentence, attribute.Value);

    private static bool ParseBool(string path, XElement element, string value) =>
        value.Trim().ToUpperInvariant() switch
        {
            "TRUE" => true,
            "FALSE" => false,
            _ => throw Error(path, element, $"'{value}' is neither true nor false"),
        };

    /// <summary>Trims the lines of <paramref name="text"/> and joins the non-empty ones with single spaces.</summary>
    internal static string JoinLines(string text) =>
        string.Join(' ', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}
