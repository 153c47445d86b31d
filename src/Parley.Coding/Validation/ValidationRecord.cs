using System.Collections.ObjectModel;

namespace Parley.Coding.Validation;

/// <summary>
/// One test record of a validation suite: a sentence (or, for PETRARCH <c>sentence="false"</c>, a short story), its
/// date, the events the suite expects, and the option settings in force when it is coded. The flags say what kind
/// of outcome the suite expects; <see cref="ValidationScorer"/> turns them into pass or fail, and
/// <see cref="IsScored"/> says whether a runner should count the record at all.
/// </summary>
public sealed record ValidationRecord
{
    private readonly string id = "";
    private readonly string text = "";
    private readonly int sourceLine = 1;

    /// <summary>The record id as written (<c>DEMO-01</c>); not necessarily unique (both suites repeat a few).</summary>
    public required string Id { get => id; init => id = value ?? throw new ArgumentNullException(nameof(Id)); }

    /// <summary>
    /// PETRARCH's <c>category</c> attribute; for TABARI the id up to its first hyphen (<c>DEMO</c> for
    /// <c>DEMO-01</c>). Null when there is none.
    /// </summary>
    public string? Category { get; init; }

    /// <summary>The story date, which selects date-restricted actor codes.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The text to code: its lines trimmed and joined by single spaces, without the suite's comments.</summary>
    public required string Text { get => text; init => text = value ?? throw new ArgumentNullException(nameof(Text)); }

    /// <summary>The expected events, in suite order; a multiset (the same event may be expected twice).</summary>
    public IReadOnlyList<ExpectedEvent> Expected { get; init; } = [];

    /// <summary>
    /// The coder should produce nothing: PETRARCH <c>noevents="True"</c>, TABARI <c>{---}</c>, or a record that
    /// states no expectation at all. TABARI sometimes lists events as well (an alternative outcome).
    /// </summary>
    public bool ExpectsNoEvents { get; init; }

    /// <summary>
    /// TABARI <c>{+++}</c>: TABARI rejects the sentence as too complex and codes nothing. When events are listed too,
    /// they are what the sentence codes with the complexity filter off, and either outcome passes.
    /// </summary>
    public bool ExpectsComplex { get; init; }

    /// <summary>TABARI <c>{###}</c>: the sentence holds a discard phrase or code and nothing is coded.</summary>
    public bool ExpectsDiscard { get; init; }

    /// <summary>PETRARCH <c>&lt;EventCoding error="..."&gt;</c>: the coder should reject the record with <see cref="ErrorKind"/>.</summary>
    public bool ExpectsError { get; init; }

    /// <summary>The expected error as written (<c>dateline</c>, <c>bad_input_parse</c>, <c>storydiscard</c>, <c>sentencediscard</c>), or null.</summary>
    public string? ErrorKind { get; init; }

    /// <summary>
    /// TABARI records with an expectation deactivated as <c>-{...}</c>. The file uses the minus for expectations it
    /// says "currently don't work", lists it admits are incomplete, or outcomes that need other options; TABARI
    /// does not check them, so a runner should skip them. The active expectations are kept all the same.
    /// </summary>
    public bool IsOptional { get; init; }

    /// <summary>The events of deactivated <c>-{...}</c> blocks (empty for deactivated markers such as <c>-{---}</c>).</summary>
    public IReadOnlyList<ExpectedEvent> Deactivated { get; init; } = [];

    /// <summary>A TABARI <c>{ OPTION: ... }</c> record: its text is filler, and its job is the changes in <see cref="OptionChanges"/>.</summary>
    public bool IsOptionRecord { get; init; }

    /// <summary>
    /// The option changes that take effect with this record: for TABARI those of its own <c>{ OPTION: ... }</c> blocks,
    /// for PETRARCH the <c>&lt;Config&gt;</c> elements between the previous sentence and this one.
    /// </summary>
    public IReadOnlyList<ValidationOption> OptionChanges { get; init; } = [];

    /// <summary>
    /// Every option in force for this record: the suite's initial <see cref="ValidationSuite.Options"/> with all
    /// changes up to and including <see cref="OptionChanges"/> applied (keys case-insensitive).
    /// </summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>
    /// In the suite's standard set: for TABARI the records up to and including <c>FINAL-01</c> (later ones exercise
    /// error handling or need other options); for PETRARCH those whose category the <c>&lt;Include&gt;</c> list names.
    /// </summary>
    public bool IsStandard { get; init; } = true;

    /// <summary>
    /// PETRARCH's <c>sentence</c> attribute: false means the text is a story that PETRARCH splits into sentences. The
    /// unit-test file also sets it on records whose feature PETRARCH does not implement. Always true for TABARI.
    /// </summary>
    public bool IsSentence { get; init; } = true;

    /// <summary>1-based line where the record starts (the TABARI date line, the PETRARCH <c>&lt;Sentence</c> tag).</summary>
    public int SourceLine
    {
        get => sourceLine;
        init => sourceLine = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(SourceLine), value, "line numbers start at 1");
    }

    /// <summary>
    /// Whether a runner counts the record as passed or failed: standard, not an error test, not deactivated and
    /// not an option record. The rest are skipped (error tests may be counted separately).
    /// </summary>
    public bool IsScored => IsStandard && !ExpectsError && !IsOptional && !IsOptionRecord;
}
