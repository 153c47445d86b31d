namespace Parley.Syntax.Model;

/// <summary>Finds the syntax model directory: an explicit path, $PARLEY_MODEL, the copy beside the program, or data/models/en above the working directory.</summary>
public static class ModelLocator
{
    /// <summary>The model directory to load: <paramref name="explicitPath"/> when given, else the first that holds a model.</summary>
    public static string Find(string? explicitPath)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return explicitPath;
        }
        string? fromEnvironment = Environment.GetEnvironmentVariable("PARLEY_MODEL");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }
        string besideProgram = Path.Combine(AppContext.BaseDirectory, "models", "en");
        if (File.Exists(Path.Combine(besideProgram, "parser.bin")))
        {
            return besideProgram;
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "data", "models", "en");
            if (File.Exists(Path.Combine(candidate, "parser.bin")))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("no syntax model found: pass --model DIR, set PARLEY_MODEL, or train one with 'parley train-syntax'");
    }
}
