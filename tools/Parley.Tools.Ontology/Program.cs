using Parley.Tools.Ontology;

// Generates data/ontology/cameo.tsv from the shared CAMEO tables; see OntologyGenerator.
const string Usage = """
    Usage: dotnet run --project tools/Parley.Tools.Ontology -- [--data DIR] [--out FILE]

    Writes Parley's CAMEO ontology (codes, names, Goldstein values, quad classes, PLOVER mapping).
      --data DIR   shared data directory (default: $PARLEY_DATA, else ../shared/data)
      --out FILE   output file (default: data/ontology/cameo.tsv)
    Relative paths are taken from the current directory.
    """;

var options = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["--out"] = Path.Combine("data", "ontology", "cameo.tsv"),
};
return GeneratorCommand.Run(args, Usage, options, values =>
{
    (string text, string summary) = OntologyGenerator.Generate(values[GeneratorCommand.DataOption]);
    GeneratorCommand.WriteOutput(values["--out"], text, summary);
});
