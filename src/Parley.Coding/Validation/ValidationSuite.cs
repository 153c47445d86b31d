namespace Parley.Coding.Validation;

/// <summary>A validation suite read by <see cref="PetrarchSuiteReader"/> or <see cref="TabariSuiteReader"/>.</summary>
/// <param name="File">The suite file (PETRARCH records file, TABARI project file) as given to the reader.</param>
/// <param name="Format">Which suite format it is.</param>
/// <param name="Dictionaries">The dictionary and options files the suite names.</param>
/// <param name="Options">
/// The options in force before the first record: PETRARCH's <c>&lt;Config&gt;</c> elements in <c>&lt;Environment&gt;</c>,
/// TABARI's options file (without its output labels). Keys are case-insensitive.
/// </param>
/// <param name="Records">The records in file order.</param>
public sealed record ValidationSuite(
    string File,
    ValidationFormat Format,
    ValidationDictionaries Dictionaries,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlyList<ValidationRecord> Records)
{
    /// <summary>The suite file.</summary>
    public string File { get; init; } = File ?? throw new ArgumentNullException(nameof(File));

    /// <summary>The dictionary and options files.</summary>
    public ValidationDictionaries Dictionaries { get; init; } = Dictionaries ?? throw new ArgumentNullException(nameof(Dictionaries));

    /// <summary>The initial options.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = Options ?? throw new ArgumentNullException(nameof(Options));

    /// <summary>The records.</summary>
    public IReadOnlyList<ValidationRecord> Records { get; init; } = Records ?? throw new ArgumentNullException(nameof(Records));
}
