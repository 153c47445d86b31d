using System.Text;
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

string? dataDirectory = null;
string output = Path.Combine("data", "dictionaries");
string curated = Path.Combine("tools", "Parley.Tools.Dictionaries", "curated");
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
        case "--curated" when i + 1 < args.Length:
            curated = args[++i];
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
    List<GeneratedFile> files = DictionaryGenerator.Generate(dataDirectory, curated);
    Directory.CreateDirectory(output);
    foreach (GeneratedFile file in files)
    {
        string path = Path.Combine(output, file.Name);
        File.WriteAllText(path, file.Text, new UTF8Encoding(false));
        Console.WriteLine($"wrote {path}: {file.Summary}");
    }
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
