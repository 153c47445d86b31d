using Parley.Tools.Dictionaries;

// Generates data/dictionaries/*.actors.txt from the shared reference data; see DictionaryGenerator.
const string Usage = """
    Usage: dotnet run --project tools/Parley.Tools.Dictionaries -c Release -- [--data DIR] [--out DIR] [--curated DIR]

    Writes Parley's own actor dictionaries: countries, igos, leaders and groups (.actors.txt).
      --data DIR      shared data directory (default: $PARLEY_DATA, else ../shared/data)
      --out DIR       output directory (default: data/dictionaries)
      --curated DIR   hand-curated tables (default: tools/Parley.Tools.Dictionaries/curated)
    Relative paths are taken from the current directory (run it from the repository root).
    """;

var options = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["--out"] = Path.Combine("data", "dictionaries"),
    ["--curated"] = Path.Combine("tools", "Parley.Tools.Dictionaries", "curated"),
};
return GeneratorCommand.Run(args, Usage, options, values =>
{
    // All four files are built before any is written, so a bad source leaves the old files in place.
    foreach (GeneratedFile file in DictionaryGenerator.Generate(values[GeneratorCommand.DataOption], values["--curated"]))
    {
        GeneratorCommand.WriteOutput(Path.Combine(values["--out"], file.Name), file.Text, file.Summary);
    }
});
