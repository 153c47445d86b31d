namespace Parley.Coding.Ontology;

/// <summary>An ontology file is malformed; the message is "SOURCE:LINE: reason".</summary>
public sealed class OntologyFormatException : FormatException
{
    /// <summary>Creates the exception for line <paramref name="line"/> of <paramref name="sourceName"/>.</summary>
    public OntologyFormatException(string sourceName, int line, string reason)
        : base($"{sourceName}:{line}: {reason}")
    {
        SourceName = sourceName;
        LineNumber = line;
    }

    /// <summary>The file or input name.</summary>
    public string SourceName { get; }

    /// <summary>1-based line number.</summary>
    public int LineNumber { get; }
}
