using System.Text;

namespace Parley.Tools.Dictionaries;

/// <summary>
/// Words that English text writes in lower case, collected from the UD English-EWT training treebank: written in
/// lower case at least twice and at least as often as capitalised (web text writes "kingston" once, which does
/// not make it a word). A one-word name or abbreviation that is such a word ("who", "can", "male", "island")
/// would match ordinary text, because Parley matches names without regard to case; such names are left out.
/// </summary>
internal sealed class EnglishWords
{
    /// <summary>The treebank, relative to the data directory.</summary>
    public const string SourceFile = "ud/en_ewt/en_ewt-ud-train.conllu";

    private readonly HashSet<string> _words;

    private EnglishWords(HashSet<string> words) => _words = words;

    /// <summary>The number of distinct lower-case words.</summary>
    public int Count => _words.Count;

    /// <summary>Reads the word forms of the treebank under <paramref name="dataDirectory"/>.</summary>
    public static EnglishWords Read(string dataDirectory)
    {
        string path = Path.Combine(dataDirectory, SourceFile);
        if (!File.Exists(path))
        {
            throw new SourceFormatException(path, "file not found");
        }
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        var other = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path, new UTF8Encoding(false)))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            int first = line.IndexOf('\t', StringComparison.Ordinal);
            int second = first < 0 ? -1 : line.IndexOf('\t', first + 1);
            if (second < 0)
            {
                continue;
            }
            string form = line[(first + 1)..second];
            if (form.Length < 2 || !form.All(char.IsAsciiLetter))
            {
                continue;
            }
            Dictionary<string, int> counts = form.All(char.IsAsciiLetterLower) ? lower : other;
            string key = form.ToLowerInvariant();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        var words = new HashSet<string>(
            lower.Where(w => w.Value >= 2 && w.Value >= other.GetValueOrDefault(w.Key)).Select(w => w.Key), StringComparer.Ordinal);
        return new EnglishWords(words);
    }

    /// <summary>True when the one-word entry name <paramref name="entryName"/> is written in lower case in English text.</summary>
    public bool IsCommonWord(string entryName)
    {
        string key = NameForms.Key(entryName);
        return !key.Contains('_', StringComparison.Ordinal) && _words.Contains(key.ToLowerInvariant());
    }
}
