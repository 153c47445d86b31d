namespace Parley.Syntax.Model;

/// <summary>
/// Finds the syntax model directory: an explicit path or bundled model name, $PARLEY_MODEL, the copy beside the
/// program, or data/models/en above the working directory.
/// </summary>
public static class ModelLocator
{
    /// <summary>Name of the default bundled model: greedy parsing, the one the event coder is tuned to.</summary>
    public const string DefaultName = "en";

    /// <summary>Name of the bundled beam-search model: more accurate parses at about a third of the speed.</summary>
    public const string AccurateName = "en-accurate";

    /// <summary>
    /// The model directory to load: <paramref name="explicitPath"/> when given (a directory, or the name of a
    /// bundled model such as <see cref="AccurateName"/>), else the first default model that exists.
    /// </summary>
    public static string Find(string? explicitPath)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            if (Directory.Exists(explicitPath) || !IsName(explicitPath))
            {
                return explicitPath;
            }
            return FindBundled(explicitPath) ?? throw new FileNotFoundException(
                $"no model directory '{explicitPath}' and no bundled model of that name (bundled: {DefaultName}, {AccurateName})");
        }
        string? fromEnvironment = Environment.GetEnvironmentVariable("PARLEY_MODEL");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }
        return FindBundled(DefaultName)
            ?? throw new FileNotFoundException("no syntax model found: pass --model DIR, set PARLEY_MODEL, or train one with 'parley train-syntax'");
    }

    // A bundled model travels beside the program (models/NAME) or sits in data/models/NAME of the repository.
    private static string? FindBundled(string name)
    {
        string besideProgram = Path.Combine(AppContext.BaseDirectory, "models", name);
        if (File.Exists(Path.Combine(besideProgram, "parser.bin")))
        {
            return besideProgram;
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "data", "models", name);
            if (File.Exists(Path.Combine(candidate, "parser.bin")))
            {
                return candidate;
            }
        }
        return null;
    }

    private static bool IsName(string value) =>
        value.IndexOfAny([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar, '.']) < 0;
}
