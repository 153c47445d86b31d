using System.Text;

namespace Parley.Text.Stories;

/// <summary>
/// Reads the stories of a run from files, directories and standard input, lazily: items are produced
/// one at a time as they are enumerated, and JSONL is read line by line, so an input of any size is
/// read with bounded memory (one text or HTML file, or one JSONL line, is held at a time).
/// Problems with the input (a missing file, a malformed JSONL line, a binary or empty file) become
/// failure items naming the input, and reading goes on with what follows.
/// </summary>
public sealed class StoryReader
{
    /// <summary>The input argument that stands for standard input.</summary>
    public const string StandardInputArgument = "-";

    /// <summary>The name of standard input in origins, and the id of a text story read from it.</summary>
    public const string StandardInputName = "stdin";

    /// <summary>The largest text or HTML input read as one story (1 GiB); JSONL has no such limit.</summary>
    public const long MaxDocumentBytes = 1L << 30;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly Func<Stream> _openStandardInput;
    private readonly Lazy<StoryFetcher> _fetcher;

    /// <summary>Creates a reader.</summary>
    /// <param name="format">How inputs are read; <see cref="StoryInputFormat.Auto"/> decides per input.</param>
    /// <param name="defaultDate">The date of stories whose input gives none (null: unknown).</param>
    /// <param name="openStandardInput">Opens standard input when an input is "-"; the console's by default.</param>
    /// <param name="httpHandler">Sends the requests of http(s) inputs; the platform's network stack by default (tests pass their own).</param>
    public StoryReader(StoryInputFormat format = StoryInputFormat.Auto, DateOnly? defaultDate = null, Func<Stream>? openStandardInput = null,
        HttpMessageHandler? httpHandler = null)
    {
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "unknown story input format");
        }
        Format = format;
        DefaultDate = defaultDate;
        _openStandardInput = openStandardInput ?? Console.OpenStandardInput;
        // Made on first use, so runs over files never set up a network client.
        _fetcher = new Lazy<StoryFetcher>(() => new StoryFetcher(httpHandler));
    }

    /// <summary>How inputs are read.</summary>
    public StoryInputFormat Format { get; }

    /// <summary>The date of stories whose input gives none (null: unknown).</summary>
    public DateOnly? DefaultDate { get; }

    /// <summary>
    /// Reads <paramref name="inputs"/> in order: a file is read in <see cref="Format"/> (in Auto mode chosen
    /// by its extension), a directory gives all its files recursively in ordinal path order (hidden
    /// files and directories are skipped), "-" is standard input (in Auto mode sniffed by content), and an
    /// http(s) address is fetched (a feed or a page; in Auto mode by its content type, else sniffed).
    /// </summary>
    public IEnumerable<StoryReadResult> Read(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return ReadInputs(inputs);
    }

    /// <summary>
    /// Reads one already open stream named <paramref name="name"/> (used in origins and as the id of a
    /// text or HTML story, without extension). In Auto mode the format is sniffed from the content.
    /// The stream is read when the result is enumerated, once, and is not disposed.
    /// </summary>
    public IEnumerable<StoryReadResult> Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Deferred(() => ReadStream(stream, name, null));
    }

    // Nothing is read until the caller enumerates, as with paths; the stream is read only once.
    private static IEnumerable<StoryReadResult> Deferred(Func<IEnumerable<StoryReadResult>> read)
    {
        foreach (StoryReadResult result in read())
        {
            yield return result;
        }
    }

    private IEnumerable<StoryReadResult> ReadInputs(IEnumerable<string> inputs)
    {
        foreach (string input in inputs)
        {
            IEnumerable<StoryReadResult> results = ReadInput(input);
            foreach (StoryReadResult result in results)
            {
                yield return result;
            }
        }
    }

    private IEnumerable<StoryReadResult> ReadInput(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return [StoryReadResult.Failure("\"\"", "empty path")];
        }
        if (input == StandardInputArgument)
        {
            return ReadStandardInput();
        }
        if (StoryFetcher.IsUrl(input))
        {
            return Deferred(() => ReadUrl(input));
        }
        if (Directory.Exists(input))
        {
            return ReadDirectory(input);
        }
        if (File.Exists(input))
        {
            return ReadFile(input);
        }
        return [StoryReadResult.Failure(input, "no such file or directory")];
    }

    private IEnumerable<StoryReadResult> ReadStandardInput()
    {
        using Stream stream = _openStandardInput();
        foreach (StoryReadResult result in ReadStream(stream, StandardInputName, null))
        {
            yield return result;
        }
    }

    private IEnumerable<StoryReadResult> ReadUrl(string url)
    {
        byte[]? body = _fetcher.Value.Fetch(url, out string? mediaType, out string? error);
        if (body == null)
        {
            return [StoryReadResult.Failure(url, error!)];
        }
        return ReadStream(new MemoryStream(body, writable: false), url, InputSniffer.FormatOfMediaType(mediaType));
    }

    private IEnumerable<StoryReadResult> ReadDirectory(string directory)
    {
        List<string>? files = InputFiles.List(directory, out string? error);
        if (files == null)
        {
            yield return StoryReadResult.Failure(directory, error!);
            yield break;
        }
        if (files.Count == 0)
        {
            yield return StoryReadResult.Failure(directory, "no files in directory");
        }
        foreach (string file in files)
        {
            foreach (StoryReadResult result in ReadFile(file))
            {
                yield return result;
            }
        }
    }

    private IEnumerable<StoryReadResult> ReadFile(string path)
    {
        FileStream? stream = InputFiles.Open(path, out string? error);
        if (stream == null)
        {
            yield return StoryReadResult.Failure(path, error!);
            yield break;
        }
        using (stream)
        {
            foreach (StoryReadResult result in ReadStream(stream, path, InputSniffer.FormatOfPath(path)))
            {
                yield return result;
            }
        }
    }

    private IEnumerable<StoryReadResult> ReadStream(Stream stream, string origin, StoryInputFormat? formatOfName)
    {
        byte[] sample = new byte[InputSniffer.SampleSize];
        int length;
        try
        {
            length = InputSniffer.ReadSample(stream, sample);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return [StoryReadResult.Failure(origin, e.Message)];
        }
        if (InputSniffer.LooksBinary(sample.AsSpan(0, length)))
        {
            return [StoryReadResult.Failure(origin, "binary file")];
        }
        StoryInputFormat format = Format != StoryInputFormat.Auto
            ? Format
            : formatOfName ?? InputSniffer.FormatOfContent(sample.AsSpan(0, length));
        if (Format == StoryInputFormat.Auto && format == StoryInputFormat.Text && InputSniffer.IsFeed(sample.AsSpan(0, length)))
        {
            // An .xml file, or one without a telling extension, that starts with a feed root.
            format = StoryInputFormat.Feed;
        }
        var whole = new PrefixedStream(sample, length, stream);
        if (format == StoryInputFormat.Jsonl)
        {
            return ReadJsonl(whole, origin);
        }
        if (format == StoryInputFormat.ReutersSgml)
        {
            string? error = InputFiles.ReadAll(whole, MaxDocumentBytes, out string archive);
            return error != null ? [StoryReadResult.Failure(origin, error)] : ReutersSgmlParser.Parse(archive, origin);
        }
        if (format == StoryInputFormat.Feed)
        {
            string? error = InputFiles.ReadAllBytes(whole, MaxDocumentBytes, out MemoryStream feed);
            using (feed)
            {
                return error != null ? [StoryReadResult.Failure(origin, error)] : FeedStoryParser.Parse(feed.ToArray(), origin, DefaultDate);
            }
        }
        return [ReadDocument(whole, origin, format == StoryInputFormat.Html)];
    }

    private IEnumerable<StoryReadResult> ReadJsonl(Stream stream, string origin)
    {
        // A 64 KB buffer; lines of many megabytes are fine, only one is held at a time.
        using var reader = new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        int lineNumber = 0;
        bool anyStory = false;
        while (true)
        {
            string? error = InputFiles.ReadLine(reader, out string? line);
            if (error != null)
            {
                yield return StoryReadResult.Failure($"{origin}:{lineNumber + 1}", error);
                yield break;
            }
            if (line == null)
            {
                break;
            }
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            anyStory = true;
            yield return JsonlStoryParser.Parse(line, $"{origin}:{lineNumber}", DefaultDate);
        }
        if (!anyStory)
        {
            yield return StoryReadResult.Failure(origin, "empty file");
        }
    }

    private StoryReadResult ReadDocument(Stream stream, string origin, bool html)
    {
        string? error = InputFiles.ReadAll(stream, MaxDocumentBytes, out string text);
        if (error != null)
        {
            return StoryReadResult.Failure(origin, error);
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return StoryReadResult.Failure(origin, "empty story");
        }
        string? title = null;
        if (html)
        {
            (title, text) = HtmlStoryExtractor.Extract(text);
            if (string.IsNullOrWhiteSpace(text))
            {
                return StoryReadResult.Failure(origin, "no text in HTML");
            }
        }
        string? url = StoryFetcher.IsUrl(origin) ? origin : null;
        return StoryReadResult.Success(new Story(url ?? IdOf(origin), DefaultDate, text, origin, title, url));
    }

    private static string IdOf(string origin)
    {
        string id = Path.GetFileNameWithoutExtension(origin);
        // A file named ".txt" has no name before its extension; its whole name is the better id.
        return id.Length > 0 ? id : Path.GetFileName(origin);
    }
}
