using System.Text;

namespace Parley.Tools.Shared;

/// <summary>
/// The command line and output of the generators of data/: <c>--data DIR</c>, the tool's own options with one
/// value each, <c>-h</c>/<c>--help</c>; files written as UTF-8 without a byte order mark.
/// </summary>
internal static class GeneratorCommand
{
    /// <summary>The option naming the shared data directory, which every generator reads.</summary>
    public const string DataOption = "--data";

    /// <summary>
    /// Parses <paramref name="args"/> against the tool's <paramref name="options"/> (name to default value) and
    /// runs <paramref name="generate"/> with the value of each of them and of <see cref="DataOption"/>.
    /// Returns the exit code: 0 done or help shown, 1 a source or output file failed, 2 a bad argument or option value.
    /// </summary>
    public static int Run(string[] args, string usage, IReadOnlyDictionary<string, string> options,
        Action<IReadOnlyDictionary<string, string>> generate)
    {
        var values = new Dictionary<string, string>(options, StringComparer.Ordinal) { [DataOption] = DefaultDataDirectory() };
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is "-h" or "--help")
            {
                Console.WriteLine(usage);
                return 0;
            }
            if (!values.ContainsKey(args[i]) || i + 1 >= args.Length)
            {
                Console.Error.WriteLine($"error: unexpected argument \"{args[i]}\" (try --help)");
                return 2;
            }
            values[args[i]] = args[++i];
        }
        // Bad sources and unwritable outputs are the user's to fix: a message, not a stack trace. Anything else is a bug.
        try
        {
            generate(values);
            return 0;
        }
        catch (OptionValueException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message} (try --help)");
            return 2;
        }
        catch (Exception ex) when (ex is SourceFormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, creating its directory, and reports it with <paramref name="summary"/>.</summary>
    public static void WriteOutput(string path, string text, string summary)
    {
        string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        // Without a byte order mark, like the committed files, so that regenerating them changes no byte.
        File.WriteAllText(path, text, new UTF8Encoding(false));
        Console.WriteLine($"wrote {path}: {summary}");
    }

    // The same default as the tests and the README: $PARLEY_DATA, else the shared data beside the repository.
    private static string DefaultDataDirectory()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("PARLEY_DATA");
        return string.IsNullOrEmpty(fromEnvironment) ? Path.Combine("..", "shared", "data") : fromEnvironment;
    }
}
