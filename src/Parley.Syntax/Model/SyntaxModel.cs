using System.IO.Compression;
using System.Runtime.ExceptionServices;
using Parley.Syntax.Lemmatization;
using Parley.Syntax.Parsing;
using Parley.Syntax.Tagging;

namespace Parley.Syntax.Model;

/// <summary>
/// The trained English syntax model: tagger, lemmatizer, parser and, optionally, a second-stage relabeller.
/// Immutable and safe to share between threads; stored as three or four compressed binary files in one directory.
/// </summary>
public sealed class SyntaxModel
{
    /// <summary>
    /// File names of the model parts inside a model directory; the last, <see cref="RelabellerFileName"/>, is optional
    /// (a model without it labels arcs with the parser alone).
    /// </summary>
    public static readonly IReadOnlyList<string> FileNames = ["tagger.bin", "lemmas.bin", "parser.bin", RelabellerFileName];

    /// <summary>File name of the optional relabeller part.</summary>
    public const string RelabellerFileName = "relabel.bin";

    private const string Magic = "PARLEY-SYNTAX";
    // Format 2 added the parser's beam width; format 1 parts are still read. Each part carries its own version, so that
    // a change to one part (the parser's beam margin, its format 3) leaves the bytes of the others as they were.
    private const int FormatVersion = 2;

    /// <summary>Creates a model from its parts; <paramref name="relabeller"/> is optional.</summary>
    public SyntaxModel(Tagger tagger, Lemmatizer lemmatizer, DependencyParser parser, Relabeller? relabeller = null)
    {
        Tagger = tagger ?? throw new ArgumentNullException(nameof(tagger));
        Lemmatizer = lemmatizer ?? throw new ArgumentNullException(nameof(lemmatizer));
        Parser = parser ?? throw new ArgumentNullException(nameof(parser));
        if (relabeller != null && relabeller.Labels.Count != parser.Labels.Count)
        {
            throw new ArgumentException("the relabeller was trained with other labels than the parser's", nameof(relabeller));
        }
        Relabeller = relabeller;
    }

    /// <summary>The part-of-speech tagger.</summary>
    public Tagger Tagger { get; }

    /// <summary>The lemmatizer.</summary>
    public Lemmatizer Lemmatizer { get; }

    /// <summary>The dependency parser.</summary>
    public DependencyParser Parser { get; }

    /// <summary>The second-stage relabeller applied after parsing, or null when the model has none.</summary>
    public Relabeller? Relabeller { get; }

    /// <summary>Writes the model into <paramref name="directory"/> (created if needed).</summary>
    public void Save(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        WritePart(Path.Combine(directory, FileNames[0]), "tagger", Tagger.Write, Tagger.FormatVersion);
        WritePart(Path.Combine(directory, FileNames[1]), "lemmas", Lemmatizer.Write);
        WritePart(Path.Combine(directory, FileNames[2]), "parser", Parser.Write, DependencyParser.FormatVersion);
        string relabel = Path.Combine(directory, RelabellerFileName);
        if (Relabeller != null)
        {
            WritePart(relabel, "relabel", Relabeller.Write);
        }
        else
        {
            // A relabeller left from an earlier model in the directory would be loaded with this one.
            File.Delete(relabel);
        }
    }

    /// <summary>Loads a model saved by <see cref="Save"/>; errors name the file at fault.</summary>
    public static SyntaxModel Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new FileNotFoundException($"model directory '{directory}' does not exist");
        }
        // The tagger and the lemmas load beside the parser and relabeller (which needs the parser's labels): the parts
        // are independent, and decompressing and compiling them is the load's whole cost.
        Tagger? tagger = null;
        Lemmatizer? lemmatizer = null;
        DependencyParser? parser = null;
        Relabeller? relabeller = null;
        string relabel = Path.Combine(directory, RelabellerFileName);
        try
        {
            Parallel.Invoke(
                () =>
                {
                    tagger = ReadPart(Path.Combine(directory, FileNames[0]), "tagger", Tagger.Read, Tagger.FormatVersion);
                    lemmatizer = ReadPart(Path.Combine(directory, FileNames[1]), "lemmas", (r, _) => Lemmatizer.Read(r));
                },
                () =>
                {
                    parser = ReadPart(Path.Combine(directory, FileNames[2]), "parser", DependencyParser.Read, DependencyParser.FormatVersion);
                    relabeller = File.Exists(relabel) ? ReadPart(relabel, "relabel", (r, _) => Relabeller.Read(r, parser.Labels)) : null;
                });
        }
        catch (AggregateException e)
        {
            // The first part at fault, with its own message (which names the file).
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return new SyntaxModel(tagger!, lemmatizer!.WithVocabulary(tagger!.Clusters), parser!, relabeller);
    }

    private static void WritePart(string path, string kind, Action<BinaryWriter> write, int version = FormatVersion)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        using (var header = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            header.Write(Magic);
            header.Write(kind);
            header.Write(version);
        }
        using var zip = new ZLibStream(file, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(new BufferedStream(zip, 1 << 16));
        write(writer);
    }

    private static T ReadPart<T>(string path, string kind, Func<BinaryReader, int, T> read, int newestVersion = FormatVersion)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"model file '{path}' is missing");
        }
        try
        {
            using var file = new BufferedStream(new FileStream(path, FileMode.Open, FileAccess.Read), 1 << 16);
            using var header = new BinaryReader(file, System.Text.Encoding.UTF8, leaveOpen: true);
            if (header.ReadString() != Magic || header.ReadString() != kind)
            {
                throw new InvalidDataException("not a Parley syntax model part");
            }
            int version = header.ReadInt32();
            if (version < 1 || version > newestVersion)
            {
                throw new InvalidDataException($"format version {version} is not supported");
            }
            using var zip = new ZLibStream(file, CompressionMode.Decompress);
            using var reader = new BinaryReader(new BufferedStream(zip, 1 << 16));
            return read(reader, version);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }
}
