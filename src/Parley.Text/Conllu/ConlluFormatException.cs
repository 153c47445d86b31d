namespace Parley.Text.Conllu;

/// <summary>A CoNLL-U file is malformed; the message names the source and line.</summary>
public sealed class ConlluFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public ConlluFormatException(string source, int line, string reason)
        : base($"{source}:{line}: {reason}")
    {
        Source = source;
        LineNumber = line;
    }

    /// <summary>The file or input name.</summary>
    public new string Source { get; }

    /// <summary>1-based line number.</summary>
    public int LineNumber { get; }
}
