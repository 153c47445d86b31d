namespace Parley.Text.Conllu;

/// <summary>A CoNLL-U file is malformed; the message is "SOURCE:LINE: reason".</summary>
public sealed class ConlluFormatException : LineFormatException
{
    /// <summary>Creates the exception.</summary>
    public ConlluFormatException(string source, int line, string reason)
        : base(source, line, reason)
    {
    }
}
