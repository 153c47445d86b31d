using System.Globalization;

namespace Parley.Tools.SyntheticStore;

/// <summary>What to generate: the store file, how many events and stories, the seed and the period.</summary>
/// <param name="Database">The store file to create; it must not exist yet.</param>
/// <param name="Events">Events in all.</param>
/// <param name="Stories">Stories in all (they share the events, a few each; some have none).</param>
/// <param name="Seed">The seed: the same options give the same store.</param>
/// <param name="From">The first story date.</param>
/// <param name="To">The last story date.</param>
internal sealed record SyntheticOptions(string Database, long Events, long Stories, long Seed, DateOnly From, DateOnly To)
{
    /// <summary>Stories per event when <c>--stories</c> is not given: about four events a story, as coded news has.</summary>
    public const double DefaultEventsPerStory = 4.0;

    /// <summary>
    /// Reads the options from the command line values (<c>--db</c>, <c>--events</c>, <c>--stories</c>, <c>--seed</c>,
    /// <c>--from</c>, <c>--to</c>; an empty <c>--stories</c> means one story per four events).
    /// </summary>
    /// <exception cref="OptionValueException">A value is missing, malformed or out of range.</exception>
    public static SyntheticOptions Parse(IReadOnlyDictionary<string, string> values)
    {
        string database = values["--db"];
        if (string.IsNullOrWhiteSpace(database))
        {
            throw new OptionValueException("--db: a store file is required");
        }
        long events = Number(values, "--events", 0);
        long stories = values["--stories"].Length == 0
            ? Math.Max(1, (long)Math.Ceiling(events / DefaultEventsPerStory))
            : Number(values, "--stories", 1);
        DateOnly from = Date(values, "--from");
        DateOnly to = Date(values, "--to");
        if (to < from)
        {
            throw new OptionValueException($"--to {to:yyyy-MM-dd} is before --from {from:yyyy-MM-dd}");
        }
        if (stories > 999_999_999)
        {
            throw new OptionValueException($"--stories: {stories} is more than the nine digits of a story id");
        }
        return new SyntheticOptions(database, events, stories, Number(values, "--seed", long.MinValue), from, to);
    }

    private static long Number(IReadOnlyDictionary<string, string> values, string name, long minimum)
    {
        string text = values[name].Replace("_", "", StringComparison.Ordinal);
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) || value < minimum)
        {
            throw new OptionValueException($"{name}: '{values[name]}' is not a whole number of at least {minimum}");
        }
        return value;
    }

    private static DateOnly Date(IReadOnlyDictionary<string, string> values, string name) =>
        DateOnly.TryParseExact(values[name], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : throw new OptionValueException($"{name}: '{values[name]}' is not a date (YYYY-MM-DD)");
}
