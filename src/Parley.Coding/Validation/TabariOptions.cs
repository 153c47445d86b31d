namespace Parley.Coding.Validation;

/// <summary>
/// A TABARI options file (<c>Validate.options</c>) read by <see cref="TabariSuiteReader.ReadOptions"/>: its commands
/// as key/value settings, and its output labels (<c>LABEL: 064=GRANT PRIVILEGE</c>) apart.
/// </summary>
/// <param name="File">The options file as given to the reader.</param>
/// <param name="Settings">The settings after all commands, keyed as in <see cref="ValidationOption.Key"/> (case-insensitive).</param>
/// <param name="Labels">Code or actor → label text from the <c>LABEL:</c> commands, in TABARI's output only.</param>
/// <param name="Commands">Every command except the labels, in file order.</param>
public sealed record TabariOptions(
    string File,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<ValidationOption> Commands)
{
    /// <summary>The options file.</summary>
    public string File { get; init; } = File ?? throw new ArgumentNullException(nameof(File));

    /// <summary>The settings.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = Settings ?? throw new ArgumentNullException(nameof(Settings));

    /// <summary>The output labels.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = Labels ?? throw new ArgumentNullException(nameof(Labels));

    /// <summary>The commands.</summary>
    public IReadOnlyList<ValidationOption> Commands { get; init; } = Commands ?? throw new ArgumentNullException(nameof(Commands));
}
