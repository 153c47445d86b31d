namespace Parley.Cli;

/// <summary>
/// How far a run has read its inputs, for an ETA: the total size of the input files is known before the start; the
/// share read so far is the size of the files finished plus the text of the stories taken from the current one.
/// Standard input has no known size (the total is then 0 and no ETA is shown).
/// </summary>
internal sealed class InputProgress
{
    private readonly Dictionary<string, long> _sizes = new(StringComparer.Ordinal);
    private string? _currentFile;
    private long _finished;
    private long _currentChars;

    public InputProgress(IEnumerable<string> inputs)
    {
        foreach (string input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (string file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
                {
                    Add(file);
                }
            }
            else if (File.Exists(input))
            {
                Add(input);
            }
        }
    }

    /// <summary>The total size of the input files in bytes, or 0 when unknown.</summary>
    public long Total { get; private set; }

    /// <summary>An estimate of the bytes read so far (never more than <see cref="Total"/>).</summary>
    public long Done => Math.Min(Total, Interlocked.Read(ref _finished) + Interlocked.Read(ref _currentChars));

    /// <summary>Notes a story read from <paramref name="origin"/> ("FILE" or "FILE:LINE") with <paramref name="chars"/> characters of text.</summary>
    public void Note(string origin, int chars)
    {
        string file = FileOf(origin);
        if (!string.Equals(file, _currentFile, StringComparison.Ordinal))
        {
            if (_currentFile is not null && _sizes.TryGetValue(_currentFile, out long size))
            {
                Interlocked.Add(ref _finished, size);
            }
            _currentFile = file;
            Interlocked.Exchange(ref _currentChars, 0);
        }
        long cap = _sizes.TryGetValue(file, out long current) ? current : 0;
        Interlocked.Exchange(ref _currentChars, Math.Min(cap, Interlocked.Read(ref _currentChars) + chars));
    }

    private void Add(string file)
    {
        string full = Path.GetFullPath(file);
        if (_sizes.TryAdd(full, new FileInfo(file).Length))
        {
            Total += _sizes[full];
        }
    }

    private static string FileOf(string origin)
    {
        int colon = origin.LastIndexOf(':');
        bool line = colon > 0 && colon < origin.Length - 1 && origin.AsSpan(colon + 1).IndexOfAnyExceptInRange('0', '9') < 0;
        return Path.GetFullPath(line ? origin[..colon] : origin);
    }
}
