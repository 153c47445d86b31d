namespace Parley.Coding.Dictionaries;

/// <summary>A content line of a dictionary file, its comment removed.</summary>
/// <param name="Number">1-based line number in the file.</param>
/// <param name="Text">The content, comment removed and trimmed; never empty.</param>
/// <param name="IsTag">True for a markup line such as <c>&lt;TIME&gt;</c> or <c>&lt;/SYNSETS&gt;</c>.</param>
internal readonly record struct DictionaryLine(int Number, string Text, bool IsTag);
