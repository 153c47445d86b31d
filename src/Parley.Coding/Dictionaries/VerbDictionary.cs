namespace Parley.Coding.Dictionaries;

/// <summary>A verb dictionary read by <see cref="VerbDictionaryReader"/>.</summary>
public sealed record VerbDictionary
{
    /// <summary>Creates the dictionary.</summary>
    public VerbDictionary(string file, IReadOnlyList<VerbBlock> blocks, IReadOnlyList<SynonymSet> sets,
        IReadOnlyList<VerbTransformation> transformations, IReadOnlyList<DictionaryWarning> warnings)
    {
        File = file;
        Blocks = blocks;
        Sets = sets;
        Transformations = transformations;
        Warnings = warnings;
        Entries = blocks.SelectMany(b => b.Verbs).ToArray();
        PatternCount = blocks.Sum(b => b.Patterns.Count);
    }

    /// <summary>The file or input name.</summary>
    public string File { get; }

    /// <summary>The verb blocks in file order.</summary>
    public IReadOnlyList<VerbBlock> Blocks { get; }

    /// <summary>Every verb of every block, in file order.</summary>
    public IReadOnlyList<VerbEntry> Entries { get; }

    /// <summary>The number of patterns over all blocks.</summary>
    public int PatternCount { get; }

    /// <summary>The synonym sets in file order.</summary>
    public IReadOnlyList<SynonymSet> Sets { get; }

    /// <summary>PETRARCH 2 transformation lines, kept as written.</summary>
    public IReadOnlyList<VerbTransformation> Transformations { get; }

    /// <summary>Unsupported constructs, and defects tolerated in <see cref="DictionaryReadMode.Lenient"/> mode.</summary>
    public IReadOnlyList<DictionaryWarning> Warnings { get; }
}
