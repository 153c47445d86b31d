using Parley.Tools.Gazetteer;

// Generates data/gazetteer/places.tsv from the shared GeoNames tables; see GazetteerGenerator.
const string Usage = """
    Usage: dotnet run --project tools/Parley.Tools.Gazetteer -c Release -- [--data DIR] [--out FILE] [--aliases FILE] [--english-names FILE]

    Writes Parley's gazetteer (cities of more than 15,000 people and countries, with coordinates and population).
      --data DIR       shared data directory (default: $PARLEY_DATA, else ../shared/data)
      --out FILE       output file (default: data/gazetteer/places.tsv)
      --aliases FILE   curated other names (default: tools/Parley.Tools.Gazetteer/curated/aliases.tsv)
      --english-names FILE  curated English names shown for places (default: tools/Parley.Tools.Gazetteer/curated/english-names.tsv)
    Relative paths are taken from the current directory.
    """;

var options = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["--out"] = Path.Combine("data", "gazetteer", "places.tsv"),
    ["--aliases"] = Path.Combine("tools", "Parley.Tools.Gazetteer", "curated", "aliases.tsv"),
    ["--english-names"] = Path.Combine("tools", "Parley.Tools.Gazetteer", "curated", "english-names.tsv"),
};
return GeneratorCommand.Run(args, Usage, options, values =>
{
    (string text, string summary) = GazetteerGenerator.Generate(values[GeneratorCommand.DataOption], values["--aliases"], values["--english-names"]);
    GeneratorCommand.WriteOutput(values["--out"], text, summary);
});
