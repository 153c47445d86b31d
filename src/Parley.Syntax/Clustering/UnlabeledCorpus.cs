using System.Text.RegularExpressions;
using Parley.Text;

namespace Parley.Syntax.Clustering;

/// <summary>
/// Reads raw text files (plain text, SGML, HTML, or whatever else is mostly text) as sentences of
/// word keys for <see cref="WordClusterer"/>: markup is removed crudely, the text is tokenized and
/// split into sentences exactly as documents are at run time, and each token becomes the stable hash
/// of its lower-cased text, except that every token containing a digit becomes <see cref="NumberKey"/>.
/// </summary>
internal static partial class UnlabeledCorpus
{
    /// <summary>Files larger than this are skipped.</summary>
    public const long MaxFileBytes = 64L << 20;

    /// <summary>Sentences with more tokens than this are skipped (tables, lists, junk).</summary>
    public const int MaxSentenceTokens = 200;

    // A NUL byte within this many leading bytes marks a file as binary.
    private const int BinaryProbeBytes = 8192;

    /// <summary>The key shared by all tokens that contain a digit, so that numbers fall into one class.</summary>
    public static ulong NumberKey { get; } = StableHash.Of("<num>");

    /// <summary>
    /// The clustering key of the token at <paramref name="index"/> of <paramref name="document"/>:
    /// <see cref="NumberKey"/> when it contains a digit, else its lower-case hash.
    /// </summary>
    public static ulong KeyOf(Document document, int index)
    {
        ArgumentNullException.ThrowIfNull(document);
        return HasDigit(document.TokenText(index)) ? NumberKey : document.LowerHashes[index];
    }

    /// <summary>
    /// Yields the sentences of every text file under <paramref name="paths"/> (files, or directories
    /// searched recursively) as arrays of word keys. Files are read in ordinal order of their full
    /// paths; files over <see cref="MaxFileBytes"/> and binary files (a NUL byte in the first 8 KB,
    /// unless the file starts with a UTF-16 byte-order mark) are skipped, and so are sentences longer
    /// than <see cref="MaxSentenceTokens"/> tokens.
    /// </summary>
    /// <param name="paths">Files or directories.</param>
    /// <param name="tokenizer">Tokenizer used for the text.</param>
    /// <param name="splitter">Sentence splitter used for the tokens.</param>
    /// <param name="cancellationToken">Stops the reading between files and text blocks.</param>
    public static IEnumerable<ulong[]> ReadSentences(IEnumerable<string> paths, Tokenizer tokenizer, SentenceSplitter splitter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(splitter);
        return ReadSentencesCore(ListFiles(paths), tokenizer, splitter, cancellationToken);
    }

    /// <summary>The files named by <paramref name="paths"/> or found below them, full paths in ordinal order without duplicates.</summary>
    public static List<string> ListFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            string full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                foreach (string file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
                {
                    files.Add(Path.GetFullPath(file));
                }
            }
            else if (File.Exists(full))
            {
                files.Add(full);
            }
            else
            {
                throw new FileNotFoundException($"no such file or directory: {path}", path);
            }
        }
        return [.. files];
    }

    /// <summary>Replaces every markup tag (<c>&lt;...&gt;</c>, at most 200 characters, on one line) and every character or entity reference (<c>&amp;lt;</c>, <c>&amp;#3;</c>) by a space.</summary>
    public static string StripMarkup(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOfAny(['<', '&']) < 0)
        {
            return text;
        }
        return MarkupPattern().Replace(text, " ");
    }

    /// <summary>True when <paramref name="bytes"/> has a NUL byte in its first 8 KB and no UTF-16 byte-order mark.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return false;
        }
        return bytes[..Math.Min(bytes.Length, BinaryProbeBytes)].Contains((byte)0);
    }

    private static IEnumerable<ulong[]> ReadSentencesCore(List<string> files, Tokenizer tokenizer, SentenceSplitter splitter, CancellationToken cancellationToken)
    {
        foreach (string file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (new FileInfo(file).Length > MaxFileBytes)
            {
                continue;
            }
            byte[] bytes = File.ReadAllBytes(file);
            if (LooksBinary(bytes))
            {
                continue;
            }
            string text = StripMarkup(TextDecoder.Decode(bytes));
            foreach ((int start, int length) in TextBlocks.Split(text))
            {
                cancellationToken.ThrowIfCancellationRequested();
                string block = start == 0 && length == text.Length ? text : text.Substring(start, length);
                Document document = DocumentFactory.Create(file, block, tokenizer, splitter);
                for (int s = 0; s < document.SentenceCount; s++)
                {
                    Sentence sentence = document.GetSentence(s);
                    if (sentence.TokenCount > MaxSentenceTokens)
                    {
                        continue;
                    }
                    var keys = new ulong[sentence.TokenCount];
                    for (int i = 0; i < keys.Length; i++)
                    {
                        keys[i] = KeyOf(document, sentence.FirstToken + i);
                    }
                    yield return keys;
                }
            }
        }
    }

    private static bool HasDigit(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"<[^<>\n]{0,200}>|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});", RegexOptions.CultureInvariant)]
    private static partial Regex MarkupPattern();
}
