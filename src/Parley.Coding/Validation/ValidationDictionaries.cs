namespace Parley.Coding.Validation;

/// <summary>
/// The dictionary and options files a suite names, resolved against the directory of the suite (or project)
/// file. The files are not opened; a runner loads them with the dictionary readers.
/// </summary>
/// <param name="Verbs">The verbs dictionary, or null when the suite names none.</param>
/// <param name="Actors">The actor dictionaries in the order named (PETRARCH and TABARI both allow several).</param>
/// <param name="Agents">The agents dictionary, or null.</param>
/// <param name="Discards">The discard list (PETRARCH only; TABARI writes discards into its actor and verb files), or null.</param>
/// <param name="Options">The options file (TABARI only; PETRARCH sets options with <c>&lt;Config&gt;</c>), or null.</param>
public sealed record ValidationDictionaries(string? Verbs, IReadOnlyList<string> Actors, string? Agents, string? Discards, string? Options)
{
    /// <summary>The actor dictionaries.</summary>
    public IReadOnlyList<string> Actors { get; init; } = Actors ?? throw new ArgumentNullException(nameof(Actors));

    /// <summary>Every named file, in the order verbs, actors, agents, discards, options.</summary>
    public IEnumerable<string> All =>
        new[] { Verbs }.Concat(Actors).Concat([Agents, Discards, Options]).OfType<string>();
}
