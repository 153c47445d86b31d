using Parley.Text;

namespace Parley.Coding.Ontology;

/// <summary>An ontology file is malformed; the message is "SOURCE:LINE: reason".</summary>
public sealed class OntologyFormatException : LineFormatException
{
    /// <summary>Creates the exception for line <paramref name="line"/> of <paramref name="sourceName"/>.</summary>
    public OntologyFormatException(string sourceName, int line, string reason)
        : base(sourceName, line, reason)
    {
    }
}
