using Parley.Text;

namespace Parley.Coding.Places;

/// <summary>A gazetteer file is malformed; the message is "SOURCE:LINE: reason".</summary>
public sealed class GazetteerFormatException : LineFormatException
{
    /// <summary>Creates the exception for line <paramref name="line"/> of <paramref name="sourceName"/>.</summary>
    public GazetteerFormatException(string sourceName, int line, string reason)
        : base(sourceName, line, reason)
    {
    }
}
