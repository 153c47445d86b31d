namespace Parley.Tools.Gazetteer;

/// <summary>A source table is missing or malformed; the message names the file and, when known, the line.</summary>
internal sealed class SourceFormatException : Exception
{
    /// <summary>Creates the exception for line <paramref name="line"/> of <paramref name="file"/>.</summary>
    public SourceFormatException(string file, int line, string reason)
        : base($"{file}:{line}: {reason}")
    {
    }

    /// <summary>Creates the exception for <paramref name="file"/> as a whole (e.g. it does not exist).</summary>
    public SourceFormatException(string file, string reason)
        : base($"{file}: {reason}")
    {
    }
}
