using Parley.Text;

namespace Parley.Coding.Evaluation;

/// <summary>An event gold file is malformed; the message is "FILE:LINE: reason".</summary>
public sealed class GoldFormatException : LineFormatException
{
    /// <summary>Creates the exception for line <paramref name="line"/> of <paramref name="sourceName"/>.</summary>
    public GoldFormatException(string sourceName, int line, string reason)
        : base(sourceName, line, reason)
    {
    }
}
