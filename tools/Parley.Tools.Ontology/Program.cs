using System.Text;
using Parley.Tools.Ontology;

// Generates data/ontology/cameo.tsv from the shared CAMEO tables; see OntologyGenerator.
const string Usage = """
    Usage: dotnet run --project tools/Parley.Tools.Ontology -- [--data DIR] [--out FILE]

    Writes Parley's CAMEO ontology (codes, names, Goldstein values, quad classes, PLOVER mapping).
      --data DIR   shared data directory (default: $PARLEY_DATA, else ../shared/data)
      --out FILE   output file (default: data/ontology/cameo.tsv)
    Relative paths are taken from the current directory.
    """;

string? dataDirectory = null;
string output = Path.Combine("data", "ontology", "cameo.tsv");
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "-h":
        case "--help":
            Console.WriteLine(Usage);
            return 0;
        case "--data" when i + 1 < args.Length:
            dataDirectory = args[++i];
            break;
        case "--out" when i + 1 < args.Length:
            output = args[++i];
            break;
        default:
            Console.Error.WriteLine($"error: unexpected argument \"{args[i]}\" (try --help)");
            return 2;
    }
}
if (dataDirectory is null)
{
    string? fromEnvironment = Environment.GetEnvironmentVariable("PARLEY_DATA");
    dataDirectory = string.IsNullOrEmpty(fromEnvironment) ? Path.Combine("..", "shared", "data") : fromEnvironment;
}

try
{
    (string text, string summary) = OntologyGenerator.Generate(dataDirectory);
    string? directory = Path.GetDirectoryName(Path.GetFullPath(output));
    if (directory is not null)
    {
        Directory.CreateDirectory(directory);
    }
    File.WriteAllText(output, text, new UTF8Encoding(false));
    Console.WriteLine($"wrote {output}: {summary}");
    return 0;
}
catch (SourceFormatException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}
catch (IOException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}
catch (UnauthorizedAccessException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}
