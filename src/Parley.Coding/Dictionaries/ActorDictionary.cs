namespace Parley.Coding.Dictionaries;

/// <summary>An actor dictionary read by <see cref="ActorDictionaryReader"/>.</summary>
/// <param name="File">The file or input name.</param>
/// <param name="Entries">The actors in file order.</param>
/// <param name="Warnings">Unsupported constructs, and defects tolerated in <see cref="DictionaryReadMode.Lenient"/> mode.</param>
public sealed record ActorDictionary(string File, IReadOnlyList<ActorEntry> Entries, IReadOnlyList<DictionaryWarning> Warnings);
