using Parley.Coding.Coding;
using Parley.Coding.Dictionaries;
using Parley.Coding.Events;
using Parley.Coding.Lexicon;
using Parley.Coding.Tabari;
using Parley.Syntax;
using Parley.Text;

namespace Parley.Coding.Validation;

/// <summary>
/// Runs a TABARI or PETRARCH validation suite through Parley's own pipeline (tokenizer, tagger, parser, coder)
/// with the dictionaries the suite names, and scores each record as the suite defines it.
/// </summary>
public sealed class ValidationRunner
{
    private readonly StoryCoder _annotator;
    private readonly EventCoder _coder;
    private readonly EventCoder _monadicCoder;
    private readonly TabariSurfaceCoder? _tabari;

    /// <summary>
    /// Creates a runner that codes with <paramref name="dictionaries"/> and <paramref name="options"/>; given
    /// <paramref name="tabari"/> (a suite of TABARI-format dictionaries), records are coded by TABARI's own shallow
    /// algorithm instead of Parley's parser and coder.
    /// </summary>
    public ValidationRunner(SyntaxPipeline syntax, CodingDictionaries dictionaries, CodingOptions options, TabariSurfaceCoder? tabari = null)
    {
        _tabari = tabari;
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(options);
        _coder = new EventCoder(dictionaries, options);
        _monadicCoder = new EventCoder(dictionaries, options with { RequireTarget = false });
        _annotator = new StoryCoder(syntax, _coder);
    }

    /// <summary>
    /// The suite's dictionaries, read leniently (the established files contain a few defects, reported as
    /// warnings naming file and line). PETRARCH matches agent words whole ("diplomatic ties" names no diplomat);
    /// TABARI reads a final word without <c>_</c> as a stem.
    /// </summary>
    public static CodingDictionaries LoadDictionaries(ValidationSuite suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        const DictionaryReadMode mode = DictionaryReadMode.Lenient;
        ValidationDictionaries files = suite.Dictionaries;
        return new CodingDictionaries(
            files.Actors.Select(path => ActorDictionaryReader.Read(path, mode)).ToArray(),
            files.Agents is { } agents ? [AgentDictionaryReader.Read(agents, mode)] : [],
            files.Verbs is { } verbs ? [VerbDictionaryReader.Read(verbs, mode)] : [],
            [],
            files.Discards is { } discards ? [DiscardDictionaryReader.Read(discards, mode)] : [],
            wholeAgentWords: suite.Format == ValidationFormat.Petrarch);
    }

    /// <summary>Codes <paramref name="record"/> and scores the events against its expectations.</summary>
    public ValidationOutcome Run(ValidationRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return ValidationScorer.Score(record, Code(record, trace: null, cancellationToken));
    }

    /// <summary>The events Parley codes for <paramref name="record"/>, as (source, target, code) triples.</summary>
    public IReadOnlyList<ExpectedEvent> Code(ValidationRecord record, Action<string>? trace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_tabari is not null)
        {
            return _tabari.Code(record, trace);
        }
        Document document = _annotator.Annotate(record.Id, record.Text, cancellationToken);
        // PETRARCH's require_dyad=false codes events without a target ("a senior official said": ---GOV → --- 023).
        bool monadic = record.Options.TryGetValue("require_dyad", out string? dyad) && dyad.Equals("false", StringComparison.OrdinalIgnoreCase);
        EventCoder coder = monadic ? _monadicCoder : _coder;
        IReadOnlyList<CodedEvent> events = coder.Code(document, record.Date, trace, cancellationToken);
        var produced = new List<ExpectedEvent>(events.Count);
        foreach (CodedEvent e in events)
        {
            produced.Add(new ExpectedEvent(e.Source?.Code ?? "---", e.Target?.Code ?? "---", e.Code));
        }
        return produced;
    }
}
