namespace Parley.Tools.Dictionaries;

/// <summary>A name proposed for an actor, before conflicts between actors are settled.</summary>
/// <param name="Name">The name in actor-file syntax.</param>
/// <param name="Kind">Where it comes from ("capital", "demonym", "curated short form"...).</param>
/// <param name="Comment">A comment to write after it, or null.</param>
/// <param name="Curated">True for names from a hand-curated table, which win conflicts with source names.</param>
internal sealed record NameCandidate(string Name, string Kind, string? Comment, bool Curated);
