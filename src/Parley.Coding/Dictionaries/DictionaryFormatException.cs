namespace Parley.Coding.Dictionaries;

/// <summary>A dictionary file is malformed; the message is "FILE:LINE: reason".</summary>
public sealed class DictionaryFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file or input name.</param>
    /// <param name="line">1-based line number.</param>
    /// <param name="reason">What is wrong with the line.</param>
    public DictionaryFormatException(string source, int line, string reason)
        : base($"{source}:{line}: {reason}")
    {
        Source = source;
        LineNumber = line;
        Reason = reason;
    }

    /// <summary>The file or input name.</summary>
    public new string Source { get; }

    /// <summary>1-based line number.</summary>
    public int LineNumber { get; }

    /// <summary>The reason without the location prefix.</summary>
    public string Reason { get; }
}
