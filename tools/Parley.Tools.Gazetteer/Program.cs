using System.Text;
using Parley.Tools.Gazetteer;

// Generates data/gazetteer/places.tsv from the shared GeoNames tables; see GazetteerGenerator.
const string Usage = """
    Usage: dotnet run --project tools/Parley.Tools.Gazetteer -c Release -- [--data DIR] [--out FILE] [--aliases FILE]

    Writes Parley's gazetteer (cities of more than 15,000 people and countries, with coordinates and population).
      --data DIR       shared data directory (default: $PARLEY_DATA, else ../shared/data)
      --out FILE       output file (default: data/gazetteer/places.tsv)
      --aliases FILE   curated other names (default: tools/Parley.Tools.Gazetteer/curated/aliases.tsv)
    Relative paths are taken from the current directory.
    """;

string? dataDirectory = null;
string output = Path.Combine("data", "gazetteer", "places.tsv");
string aliases = Path.Combine("tools", "Parley.Tools.Gazetteer", "curated", "aliases.tsv");
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
        case "--aliases" when i + 1 < args.Length:
            aliases = args[++i];
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
    (string text, string summary) = GazetteerGenerator.Generate(dataDirectory, aliases);
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
