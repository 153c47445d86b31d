namespace Parley.Testing;

/// <summary>
/// Locates test inputs: the shared reference data ($PARLEY_DATA, or a "shared/data" folder above the
/// test assembly), the repository's bundled English model (data/models/en) and Parley's own coding
/// dictionaries (data/dictionaries).
/// </summary>
internal static class TestPaths
{
    /// <summary>The shared data directory, or null when this machine has none.</summary>
    public static string? DataDirectory { get; } = LocateData();

    /// <summary>The bundled model directory, or null when it has not been trained yet.</summary>
    public static string? ModelDirectory { get; } = LocateModel();

    /// <summary>Parley's own dictionaries (data/dictionaries above the test assembly), or null when not found.</summary>
    public static string? DictionaryDirectory { get; } =
        FindUp(dir => Path.Combine(dir, "data", "dictionaries"), path => File.Exists(Path.Combine(path, "verbs.txt")));

    /// <summary>The path of <paramref name="relative"/> inside the data directory (which may not exist).</summary>
    public static string DataFile(string relative) => Path.Combine(DataDirectory ?? "(no data directory)", relative);

    private static string? LocateData()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("PARLEY_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }
        return FindUp(dir => Path.Combine(dir, "shared", "data"), Directory.Exists);
    }

    private static string? LocateModel() =>
        FindUp(dir => Path.Combine(dir, "data", "models", "en"), path => File.Exists(Path.Combine(path, "parser.bin")));

    private static string? FindUp(Func<string, string> candidateOf, Func<string, bool> exists)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = candidateOf(dir.FullName);
            if (exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
