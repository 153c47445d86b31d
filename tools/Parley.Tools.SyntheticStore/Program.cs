using System.Globalization;
using Parley.Tools.SyntheticStore;

// Writes a synthetic Parley store (for timing queries at scale); see SyntheticStoreWriter.
const string Usage = """
    Usage: dotnet run --project tools/Parley.Tools.SyntheticStore -c Release -- --db FILE [--events N] [--stories N]
           [--seed S] [--from YYYY-MM-DD] [--to YYYY-MM-DD]

    Creates a new Parley event store filled with synthetic stories and events (no news text): Zipf-distributed
    countries and sectors, CAMEO codes with realistic root shares, gazetteer places, dates over the period.
    The same options give the same store.
      --db FILE      the store to create (must not exist)
      --events N     events in all (default 10000000)
      --stories N    stories in all (default: one per four events)
      --seed S       seed (default 1)
      --from, --to   the period of the story dates (default 2000-01-01 to 2025-12-31)
    """;

var options = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["--db"] = "",
    ["--events"] = "10000000",
    ["--stories"] = "",
    ["--seed"] = "1",
    ["--from"] = "2000-01-01",
    ["--to"] = "2025-12-31",
};
return GeneratorCommand.Run(args, Usage, options, values =>
{
    SyntheticOptions settings = SyntheticOptions.Parse(values);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"writing {settings.Events:N0} events in {settings.Stories:N0} stories to {settings.Database} (seed {settings.Seed})"));
    var clock = System.Diagnostics.Stopwatch.StartNew();
    SyntheticReport report = SyntheticStoreWriter.Write(settings, (events, stories) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {events:N0} events ({100.0 * events / Math.Max(1, settings.Events):F1}%), {stories:N0} stories, {events / Math.Max(0.001, clock.Elapsed.TotalSeconds):N0} events/s, {clock.Elapsed.TotalSeconds:F0} s")));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"wrote {settings.Database}: {report.Stories:N0} stories, {report.Sentences:N0} sentences, {report.Events:N0} events in {report.Elapsed.TotalSeconds:F1} s; {report.FileBytes / 1e6:F1} MB, {report.MegabytesPerMillionEvents:F1} MB per million events"));
});
