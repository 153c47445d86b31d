using Parley.Text;

namespace Parley.Coding.Validation;

/// <summary>A validation suite file (records, project or options file) is malformed; the message is "SOURCE:LINE: reason".</summary>
public sealed class ValidationFormatException : LineFormatException
{
    /// <summary>Creates the exception for line <paramref name="line"/> of <paramref name="sourceName"/>.</summary>
    public ValidationFormatException(string sourceName, int line, string reason)
        : base(sourceName, line, reason)
    {
    }
}
