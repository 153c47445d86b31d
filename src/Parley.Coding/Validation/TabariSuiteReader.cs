using System.Collections.ObjectModel;
using System.Text.RegularExpressions;
using Parley.Text;

namespace Parley.Coding.Validation;

/// <summary>
/// Reads TABARI's validation suite: the project file (<c>Validate.project</c>: <c>&lt;actorsfile&gt;</c>,
/// <c>&lt;verbsfile&gt;</c>, <c>&lt;optionsfile&gt;</c>, <c>&lt;agentsfile&gt;</c>, <c>&lt;textfile&gt;</c> lines), its options
/// file and its text file of records with expected events in <c>{ SRC / TGT / CODE }</c> comment blocks.
/// </summary>
/// <remarks>
/// Expectation blocks: <c>{---}</c> no events; <c>{+++}</c> rejected as complex; <c>{###}</c> discarded;
/// <c>{ OPTION: SET: ... }</c> an options command for this and later records. A block written <c>-{...}</c> is
/// deactivated (the file says "currently doesn't work -- deactivated", or the list is incomplete); such records
/// are marked <see cref="ValidationRecord.IsOptional"/> and are not scored. Records after <c>FINAL-01</c> test
/// error handling or need other settings and have <see cref="ValidationRecord.IsStandard"/> false.
/// </remarks>
public static partial class TabariSuiteReader
{
    private static readonly string[] FileTags = ["actorsfile", "verbsfile", "optionsfile", "agentsfile", "textfile"];

    /// <summary>Reads the project at <paramref name="projectPath"/> and the options and text files it names.</summary>
    /// <exception cref="ValidationFormatException">A file is malformed or the project names no text file.</exception>
    public static ValidationSuite Read(string projectPath)
    {
        ArgumentNullException.ThrowIfNull(projectPath);
        Dictionary<string, List<string>> files = ReadProject(projectPath);
        string? FileOf(string tag) => files.TryGetValue(tag, out List<string>? paths) ? paths[0] : null;
        string textFile = FileOf("textfile")!;
        string? optionsFile = FileOf("optionsfile");
        var dictionaries = new ValidationDictionaries(
            FileOf("verbsfile"), files.GetValueOrDefault("actorsfile") ?? [], FileOf("agentsfile"), Discards: null, optionsFile);
        IReadOnlyDictionary<string, string> initial = optionsFile is null
            ? ReadOnlyDictionary<string, string>.Empty
            : ReadOptions(optionsFile).Settings;
        var state = new OptionState(initial);
        using var reader = new StringReader(TextDecoder.Decode(File.ReadAllBytes(textFile)));
        List<ValidationRecord> records = TabariTextParser.Parse(reader, textFile, state);
        return new ValidationSuite(projectPath, ValidationFormat.Tabari, dictionaries, initial, records);
    }

    /// <summary>
    /// Reads a TABARI options file: one <c>COMMAND: arguments</c> a line, <c>//</c> comment lines, and an optional
    /// <c>~~~~~</c> line that ends it.
    /// </summary>
    /// <exception cref="ValidationFormatException">A line is not a command, or a label lacks <c>CODE=TEXT</c>.</exception>
    public static TabariOptions ReadOptions(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StringReader(TextDecoder.Decode(File.ReadAllBytes(path)));
        return ParseOptions(reader, path);
    }

    /// <summary>Parses options from <paramref name="reader"/>; <paramref name="sourceName"/> names it in messages.</summary>
    internal static TabariOptions ParseOptions(TextReader reader, string sourceName)
    {
        var state = new OptionState([]);
        var labels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var commands = new List<ValidationOption>();
        int number = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            number++;
            string text = line.Trim().TrimStart('\uFEFF');
            if (text.StartsWith("~~", StringComparison.Ordinal))
            {
                break;
            }
            if (text.Length == 0 || text.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }
            ValidationOption option = TabariOptionCommand.Parse(text, number)
                ?? throw new ValidationFormatException(sourceName, number, $"expected 'COMMAND: arguments', found '{text}'");
            if (option.Text.StartsWith("LABEL:", StringComparison.Ordinal))
            {
                // Labels name codes and actors in TABARI's output; they are no settings, and there are a hundred.
                int equals = option.Value.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    throw new ValidationFormatException(sourceName, number, $"expected 'LABEL: CODE=TEXT', found '{text}'");
                }
                labels[option.Value[..equals].Trim()] = option.Value[(equals + 1)..].Trim();
                continue;
            }
            commands.Add(option);
            state.Apply(option);
        }
        return new TabariOptions(sourceName, state.Snapshot(), new ReadOnlyDictionary<string, string>(labels), commands);
    }

    /// <summary>The file tags of the project, values resolved against its directory; other lines are ignored.</summary>
    private static Dictionary<string, List<string>> ReadProject(string projectPath)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(projectPath)) ?? ".";
        var files = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        string[] lines = TextDecoder.Decode(File.ReadAllBytes(projectPath)).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            Match match = ProjectLine().Match(lines[i].Trim());
            string tag = match.Groups[1].Value.ToLowerInvariant();
            if (!match.Success || !FileTags.Contains(tag))
            {
                continue;
            }
            string value = match.Groups[2].Value.Trim();
            if (value.Length == 0)
            {
                throw new ValidationFormatException(projectPath, i + 1, $"<{tag}> names no file");
            }
            if (tag != "actorsfile" && files.ContainsKey(tag))
            {
                throw new ValidationFormatException(projectPath, i + 1, $"a second <{tag}>; the suite reader takes one");
            }
            (files.TryGetValue(tag, out List<string>? list) ? list : files[tag] = []).Add(Path.Combine(directory, value));
        }
        if (!files.ContainsKey("textfile"))
        {
            throw new ValidationFormatException(projectPath, 1, "the project names no <textfile>");
        }
        return files;
    }

    [GeneratedRegex(@"^<([A-Za-z]+)>(.*)$")]
    private static partial Regex ProjectLine();
}
