using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Parley.Coding.Validation;

/// <summary>
/// Reads PETRARCH's XML unit-test records (<c>PETR.UnitTest.records.xml</c>): <c>&lt;Validation&gt;</c> holding an
/// <c>&lt;Environment&gt;</c> (dictionary files, <c>&lt;Include&gt;</c> categories, initial <c>&lt;Config&gt;</c> options)
/// and <c>&lt;Sentences&gt;</c>, where <c>&lt;Sentence&gt;</c> records mix with <c>&lt;Config&gt;</c> elements that change
/// options for the records after them. A <c>&lt;Stop&gt;</c> element ends the suite (the file ships with its Stop
/// records commented out, for debugging). The <c>&lt;Parse&gt;</c> trees are not read: Parley parses the text itself.
/// </summary>
public static class PetrarchSuiteReader
{
    /// <summary>Reads the suite at <paramref name="path"/>; dictionary paths are resolved against its directory.</summary>
    /// <exception cref="ValidationFormatException">The file is not well-formed XML or not a PETRARCH suite.</exception>
    public static ValidationSuite Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        XDocument document = Load(path);
        XElement root = document.Root!;
        if (root.Name.LocalName != "Validation")
        {
            throw Error(path, root, $"expected <Validation> as the root element, found <{root.Name.LocalName}>");
        }
        XElement environment = Required(path, root, "Environment");
        XElement sentences = Required(path, root, "Sentences");
        string directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        ValidationDictionaries dictionaries = ReadDictionaries(environment, directory);
        HashSet<string>? included = ReadIncluded(environment);
        var options = new OptionState([]);
        foreach (XElement config in environment.Elements("Config"))
        {
            options.Apply(ReadConfig(path, config));
        }
        IReadOnlyDictionary<string, string> initial = options.Snapshot();
        List<ValidationRecord> records = ReadSentences(path, sentences, included, options);
        return new ValidationSuite(path, ValidationFormat.Petrarch, dictionaries, initial, records);
    }

    private static XDocument Load(string path)
    {
        // No DTDs or external entities: the suite is data, and XmlException carries the line of any defect.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            // A stream rather than the path: XmlReader would read the path as a URI ('#' and '%' in names break it).
            using FileStream stream = File.OpenRead(path);
            using XmlReader reader = XmlReader.Create(stream, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException error)
        {
            throw new ValidationFormatException(path, Math.Max(1, error.LineNumber), $"malformed XML: {TrimLocation(error.Message)}");
        }
    }

    /// <summary>XmlException appends "Line 3, position 7." to its message; the location is already in ours.</summary>
    private static string TrimLocation(string message)
    {
        int at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at].TrimEnd() : message;
    }

    private static ValidationDictionaries ReadDictionaries(XElement environment, string directory)
    {
        string? File(string name) => environment.Elements(name).Select(e => e.Value.Trim()).FirstOrDefault(v => v.Length > 0) is { } file
            ? Path.Combine(directory, file)
            : null;
        string[] actors = environment.Elements("Actorfile").Select(e => e.Value.Trim()).Where(v => v.Length > 0)
            .Select(v => Path.Combine(directory, v)).ToArray();
        return new ValidationDictionaries(File("Verbfile"), actors, File("Agentfile"), File("Discardfile"), Options: null);
    }

    /// <summary>The categories of the <c>&lt;Include&gt;</c> list, or null when there is none (every record is standard).</summary>
    private static HashSet<string>? ReadIncluded(XElement environment)
    {
        XElement? include = environment.Element("Include");
        return include is null
            ? null
            : new HashSet<string>(include.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
    }

    private static ValidationOption ReadConfig(string path, XElement config)
    {
        string option = RequiredAttribute(path, config, "option").Trim();
        string value = RequiredAttribute(path, config, "value").Trim();
        if (option.Length == 0)
        {
            throw Error(path, config, "empty option name in <Config>");
        }
        return new ValidationOption(option, value, $"{option}={value}", LineOf(config));
    }

    private static List<ValidationRecord> ReadSentences(string path, XElement sentences, HashSet<string>? included, OptionState options)
    {
        var records = new List<ValidationRecord>();
        var changes = new List<ValidationOption>();
        foreach (XElement element in sentences.Elements())
        {
            switch (element.Name.LocalName)
            {
                case "Config":
                    ValidationOption change = ReadConfig(path, element);
                    options.Apply(change);
                    changes.Add(change);
                    break;
                case "Sentence":
                    records.Add(PetrarchSentence.Read(path, element, included, changes.ToArray(), options.Snapshot()));
                    changes.Clear();
                    break;
                case "Stop":
                    return records;
                default:
                    throw Error(path, element, $"unexpected <{element.Name.LocalName}> in <Sentences>");
            }
        }
        return records;
    }

    internal static string RequiredAttribute(string path, XElement element, string name) =>
        element.Attribute(name)?.Value ?? throw Error(path, element, $"<{element.Name.LocalName}> lacks the {name} attribute");

    private static XElement Required(string path, XElement parent, string name) =>
        parent.Element(name) ?? throw Error(path, parent, $"<{parent.Name.LocalName}> lacks <{name}>");

    internal static int LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;

    internal static ValidationFormatException Error(string path, XObject node, string reason) => new(path, LineOf(node), reason);

    internal static DateOnly ParseDate(string path, XElement sentence, string text)
    {
        string trimmed = text.Trim();
        if (!DateOnly.TryParseExact(trimmed, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            throw Error(path, sentence, $"date '{trimmed}' is not YYYYMMDD");
        }
        return date;
    }
}
