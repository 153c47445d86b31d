using System.Xml.Linq;
using Parley.Coding.Dictionaries;
using Parley.Testing;
using static Parley.Coding.Tests.Dictionaries.DictionaryTestHelper;

namespace Parley.Coding.Tests.Dictionaries;

/// <summary>
/// Loads the established TABARI and PETRARCH dictionaries from the shared data (skipped where absent). They
/// hold a few defects, so they are read in <see cref="DictionaryReadMode.Lenient"/> mode; the counts of warnings
/// are asserted loosely and shown in the messages.
/// </summary>
public class RealDictionaryTests
{
    private static readonly string[] NotDictionaries =
    [
        "LICENSE",
        "PETR.UnitTest.records.xml",   // unit-test sentences; names the dictionaries it uses (see below)
        "Phoenix.IssueCoding.txt",     // issue phrases: a different format, not read yet
        "Phoenix.prepositions.txt",    // a plain word list
    ];

    private static string PetrarchFile(string name)
    {
        string path = TestPaths.DataFile(Path.Combine("petrarch", name));
        Skip.IfNot(File.Exists(path), $"{path} is absent (no shared data on this machine)");
        return path;
    }

    private static string TabariFile(string name)
    {
        string path = TestPaths.DataFile(Path.Combine("tabari", name));
        Skip.IfNot(File.Exists(path), $"{path} is absent (no shared data on this machine)");
        return path;
    }

    private static IReadOnlyList<DictionaryWarning> Load(string path)
    {
        string name = Path.GetFileName(path);
        if (name.Contains(".actors", StringComparison.Ordinal))
        {
            return ActorDictionaryReader.Read(path, DictionaryReadMode.Lenient).Warnings;
        }
        if (name.Contains("agents", StringComparison.Ordinal))
        {
            return AgentDictionaryReader.Read(path, DictionaryReadMode.Lenient).Warnings;
        }
        if (name.Contains("discards", StringComparison.Ordinal))
        {
            return DiscardDictionaryReader.Read(path, DictionaryReadMode.Lenient).Warnings;
        }
        if (name.Contains("verb", StringComparison.Ordinal) || name.StartsWith("CAMEO.", StringComparison.Ordinal))
        {
            return VerbDictionaryReader.Read(path, DictionaryReadMode.Lenient).Warnings;
        }
        throw new InvalidOperationException($"{name}: no reader for this file; add it to a reader or to NotDictionaries");
    }

    [SkippableFact]
    public void EveryPetrarchDictionaryLoads()
    {
        string directory = Path.GetDirectoryName(PetrarchFile("CAMEO.2.0.txt"))!;
        var loaded = new List<string>();
        foreach (string path in Directory.GetFiles(directory).Order(StringComparer.Ordinal))
        {
            if (NotDictionaries.Contains(Path.GetFileName(path)))
            {
                continue;
            }
            IReadOnlyList<DictionaryWarning> warnings = Load(path);
            Assert.True(warnings.Count < 100, $"{Path.GetFileName(path)}: {Summary(warnings)}");
            loaded.Add(Path.GetFileName(path));
        }
        Assert.True(loaded.Count >= 11, $"loaded only {string.Join(", ", loaded)}");
    }

    [SkippableFact]
    public void UnitTestRecordsNameLoadableDictionaries()
    {
        string records = PetrarchFile("PETR.UnitTest.records.xml");
        XElement environment = XDocument.Load(records).Root!.Element("Environment")!;
        string[] files = ["Verbfile", "Actorfile", "Agentfile", "Discardfile"];
        foreach (string element in files)
        {
            string path = Path.Combine(Path.GetDirectoryName(records)!, environment.Element(element)!.Value.Trim());
            Assert.True(File.Exists(path), $"{element} {path}");
            Load(path);
        }
    }

    [SkippableFact]
    public void Cameo20VerbDictionary()
    {
        VerbDictionary dictionary = VerbDictionaryReader.Read(PetrarchFile("CAMEO.2.0.txt"), DictionaryReadMode.Lenient);
        string summary = Summary(dictionary.Warnings);
        Assert.True(dictionary.Entries.Count > 1000, $"{dictionary.Entries.Count} verbs; {summary}");
        Assert.True(dictionary.Blocks.Count > 300, $"{dictionary.Blocks.Count} blocks; {summary}");
        Assert.True(dictionary.PatternCount > 4000, $"{dictionary.PatternCount} patterns; {summary}");
        Assert.True(dictionary.Sets.Count >= 30, $"{dictionary.Sets.Count} sets; {summary}");
        Assert.NotEmpty(dictionary.Transformations);
        Assert.True(dictionary.Warnings.Count <= 20, summary);
        Assert.Contains(dictionary.Entries, e => e.Words.Count > 1 && e.Forms.Count > 0);
        Assert.Contains(dictionary.Blocks.SelectMany(b => b.Patterns), p => p.Code.PairedCode is not null);
        Assert.Contains(dictionary.Blocks.SelectMany(b => b.Patterns), p => p.Tokens.Any(t => t.Kind == PatternTokenKind.PrepositionalPhrase));
        Assert.All(dictionary.Blocks.SelectMany(b => b.Patterns), p => Assert.Equal(1, CountVerbs(p.Tokens)));
    }

    [SkippableFact]
    public void StrictModeStopsAtTheFirstDefectOfARealFile()
    {
        string path = PetrarchFile("CAMEO.2.0.txt");
        DictionaryFormatException error = Assert.Throws<DictionaryFormatException>(() => VerbDictionaryReader.Read(path));
        Assert.StartsWith(path + ":", error.Message, StringComparison.Ordinal);
        DictionaryWarning first = VerbDictionaryReader.Read(path, DictionaryReadMode.Lenient).Warnings.First(w => w.Kind != DictionaryWarningKind.Unsupported);
        Assert.Equal(first.Line, error.LineNumber);
    }

    [SkippableFact]
    public void Petrarch1VerbPatterns()
    {
        VerbDictionary dictionary = VerbDictionaryReader.Read(PetrarchFile("CAMEO.verbpatterns.150430.txt"), DictionaryReadMode.Lenient);
        string summary = Summary(dictionary.Warnings);
        Assert.True(dictionary.Entries.Count > 1000, $"{dictionary.Entries.Count} verbs; {summary}");
        Assert.True(dictionary.PatternCount > 10000, $"{dictionary.PatternCount} patterns; {summary}");
        Assert.True(dictionary.Sets.Count >= 30, $"{dictionary.Sets.Count} sets; {summary}");
        Assert.True(dictionary.Warnings.Count <= 20, summary);
    }

    [SkippableFact]
    public void ValidationVerbDictionaries()
    {
        VerbDictionary petrarch = VerbDictionaryReader.Read(PetrarchFile("PETR.Validate.verbs.txt"), DictionaryReadMode.Lenient);
        Assert.True(petrarch.Blocks.Count > 200 && petrarch.Sets.Count > 10, $"{petrarch.Blocks.Count} blocks, {petrarch.Sets.Count} sets; {Summary(petrarch.Warnings)}");
        VerbDictionary tabari = VerbDictionaryReader.Read(TabariFile("TABARI.Demo.verbs"), DictionaryReadMode.Lenient);
        string summary = Summary(tabari.Warnings);
        Assert.True(tabari.Blocks.Count > 200 && tabari.PatternCount > 300 && tabari.Sets.Count >= 5, $"{tabari.Blocks.Count} verbs, {tabari.PatternCount} patterns; {summary}");
        Assert.Contains(tabari.Warnings, w => w.Kind == DictionaryWarningKind.Unsupported && w.Message.Contains("<TIME>", StringComparison.Ordinal));
        Assert.Contains(tabari.Blocks.SelectMany(b => b.Patterns), p => p.Tokens.Any(t => t.Kind == PatternTokenKind.Alternatives));
    }

    [SkippableFact]
    public void PhoenixCountryActors()
    {
        ActorDictionary dictionary = ActorDictionaryReader.Read(PetrarchFile("Phoenix.Countries.actors.txt"), DictionaryReadMode.Lenient);
        string summary = Summary(dictionary.Warnings);
        List<ActorCode> restricted = dictionary.Entries.SelectMany(e => e.Codes).Where(c => !c.IsUnrestricted).ToList();
        Assert.True(dictionary.Entries.Count > 10000, $"{dictionary.Entries.Count} actors; {summary}");
        Assert.True(restricted.Count > 10000, $"{restricted.Count} restricted codes; {summary}");
        Assert.Contains(restricted, c => c.From is null && c.To is not null);
        Assert.Contains(restricted, c => c.From is not null && c.To is null);
        Assert.Contains(restricted, c => c.From?.Year < 1950);
        Assert.Contains(restricted, c => c.To?.Year > 2000);
        Assert.Contains(dictionary.Entries.SelectMany(e => e.Names), n => n.Contains('\uFFFD', StringComparison.Ordinal));
        Assert.True(dictionary.Warnings.Count <= 30, summary);
    }

    [SkippableFact]
    public void OtherActorDictionaries()
    {
        ActorDictionary international = ActorDictionaryReader.Read(PetrarchFile("Phoenix.International.actors.txt"), DictionaryReadMode.Lenient);
        Assert.True(international.Entries.Count > 5000, $"{international.Entries.Count} actors; {Summary(international.Warnings)}");
        ActorDictionary nonState = ActorDictionaryReader.Read(PetrarchFile("Phoenix.MilNonState.actors.txt"));
        Assert.True(nonState.Entries.Count > 500, $"{nonState.Entries.Count} actors; {Summary(nonState.Warnings)}");
        ActorDictionary validate = ActorDictionaryReader.Read(PetrarchFile("PETR.Validate.actors.txt"), DictionaryReadMode.Lenient);
        Assert.True(validate.Entries.Count > 100, $"{validate.Entries.Count} actors; {Summary(validate.Warnings)}");
        Assert.Contains(validate.Entries, e => e.Codes.Count > 3 && e.Codes.Any(c => c.IsUnrestricted));
        ActorDictionary tabari = ActorDictionaryReader.Read(TabariFile("TABARI.Demo.actors"), DictionaryReadMode.Lenient);
        Assert.True(tabari.Entries.Count > 100, $"{tabari.Entries.Count} actors; {Summary(tabari.Warnings)}");
        Assert.Contains(tabari.Warnings, w => w.Kind == DictionaryWarningKind.Unsupported);
    }

    [SkippableFact]
    public void AgentDictionaries()
    {
        AgentDictionary phoenix = AgentDictionaryReader.Read(PetrarchFile("Phoenix.agents.txt"), DictionaryReadMode.Lenient);
        string summary = Summary(phoenix.Warnings);
        Assert.True(phoenix.Entries.Count > 2000, $"{phoenix.Entries.Count} agents; {summary}");
        Assert.Contains(phoenix.Entries, e => e.Position == AgentPosition.Prefix);
        Assert.Contains(phoenix.Entries, e => !e.RegularPlurals);
        Assert.True(phoenix.Substitutions.Count >= 2, summary);
        Assert.Contains(phoenix.Entries, e => phoenix.Expand(e.Names[0]).Count > 1);
        Assert.True(phoenix.Warnings.Count <= 10, summary);

        AgentDictionary validate = AgentDictionaryReader.Read(PetrarchFile("PETR.Validate.agents.txt"));
        Assert.True(validate.Entries.Count > 50, Summary(validate.Warnings));
        AgentDictionary tabari = AgentDictionaryReader.Read(TabariFile("Validate.agents"));
        Assert.True(tabari.Entries.Count > 50, Summary(tabari.Warnings));
    }

    [SkippableFact]
    public void DiscardLists()
    {
        DiscardDictionary phoenix = DiscardDictionaryReader.Read(PetrarchFile("Phoenix.discards.txt"));
        Assert.True(phoenix.Entries.Count > 400, $"{phoenix.Entries.Count} discards; {Summary(phoenix.Warnings)}");
        Assert.True(phoenix.Entries.Count(e => e.Scope == DiscardScope.Story) > 30, "story-level discards");
        DiscardDictionary validate = DiscardDictionaryReader.Read(PetrarchFile("PETR.Validate.discards.txt"));
        Assert.Contains(validate.Entries, e => e.Scope == DiscardScope.Story);
        Assert.Contains(validate.Entries, e => e.Scope == DiscardScope.Sentence);
    }

    private static int CountVerbs(IEnumerable<PatternToken> tokens) =>
        tokens.Sum(t => (t.Kind == PatternTokenKind.Verb ? 1 : 0) + CountVerbs(t.Children));
}
