using System.Text.RegularExpressions;

namespace Parley.Coding.Validation;

/// <summary>
/// Parses one TABARI options command (<c>COMMAND: arguments</c>), as written in an options file or in an
/// <c>{ OPTION: ... }</c> block, into a key and value so that later commands replace earlier ones.
/// </summary>
internal static partial class TabariOptionCommand
{
    /// <summary>The key of the mutually exclusive <c>SET: CODE BY SENTENCE</c>, <c>CODE BY CLAUSE</c> and <c>CODE ALL</c>.</summary>
    public const string CodeBy = "CODE BY";

    /// <summary>The <c>SET:</c> flag that switches record dates from YYMMDD to YYYYMMDD.</summary>
    public const string FourDigitYears = "YYYY";

    /// <summary>Parses <paramref name="text"/>; returns null when it is not <c>COMMAND: arguments</c>.</summary>
    public static ValidationOption? Parse(string text, int line)
    {
        string normalized = Spaces().Replace(text.Trim(), " ");
        int colon = normalized.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !Command().IsMatch(normalized[..colon]))
        {
            return null;
        }
        string command = normalized[..colon].Trim().ToUpperInvariant();
        string arguments = normalized[(colon + 1)..].Trim();
        string written = $"{command}: {arguments}".TrimEnd();
        if (command != "SET")
        {
            return new ValidationOption(command, arguments, written, line);
        }
        if (arguments.Length == 0)
        {
            return null;
        }
        int equals = arguments.IndexOf('=', StringComparison.Ordinal);
        if (equals >= 0)
        {
            string key = arguments[..equals].Trim();
            return key.Length == 0 ? null : new ValidationOption(key.ToUpperInvariant(), arguments[(equals + 1)..].Trim(), written, line);
        }
        string flag = arguments.ToUpperInvariant();
        // CODE BY SENTENCE/CLAUSE and CODE ALL choose one mode, so they share a key and replace each other.
        if (flag.StartsWith(CodeBy + " ", StringComparison.Ordinal))
        {
            return new ValidationOption(CodeBy, flag[(CodeBy.Length + 1)..], written, line);
        }
        if (flag == "CODE ALL")
        {
            return new ValidationOption(CodeBy, "ALL", written, line);
        }
        return new ValidationOption(flag, "TRUE", written, line);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z ]*$")]
    private static partial Regex Command();
}
