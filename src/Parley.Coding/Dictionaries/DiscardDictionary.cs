namespace Parley.Coding.Dictionaries;

/// <summary>A discard list read by <see cref="DiscardDictionaryReader"/>.</summary>
/// <param name="File">The file or input name.</param>
/// <param name="Entries">The phrases in file order.</param>
/// <param name="Warnings">Unsupported constructs, and defects tolerated in <see cref="DictionaryReadMode.Lenient"/> mode.</param>
public sealed record DiscardDictionary(string File, IReadOnlyList<DiscardEntry> Entries, IReadOnlyList<DictionaryWarning> Warnings);
