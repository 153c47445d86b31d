namespace Parley.Text;

/// <summary>
/// Base of Parley's "this file is malformed" errors: the message is always "SOURCE:LINE: reason",
/// one line that names the input, so every reader reports problems the same way.
/// </summary>
public abstract class LineFormatException : FormatException
{
    /// <summary>Creates the exception for line <paramref name="line"/> of <paramref name="sourceName"/>.</summary>
    protected LineFormatException(string sourceName, int line, string reason)
        : base($"{sourceName}:{line}: {reason}")
    {
        SourceName = sourceName;
        LineNumber = line;
        Reason = reason;
    }

    /// <summary>The file or input name.</summary>
    public string SourceName { get; }

    /// <summary>1-based line number.</summary>
    public int LineNumber { get; }

    /// <summary>The reason without the location prefix.</summary>
    public string Reason { get; }
}
