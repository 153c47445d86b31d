using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Web.Api;

/// <summary>
/// Collects what is wrong with a request's parameters, by parameter name, while they are parsed; a request with any
/// error is answered 400 with all of them as an RFC 7807 validation problem.
/// </summary>
internal sealed partial class ApiErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    /// <summary>Whether any parameter was wrong.</summary>
    public bool Any => _errors.Count > 0;

    /// <summary>The errors by parameter, as <see cref="Microsoft.AspNetCore.Http.TypedResults.ValidationProblem"/> takes them.</summary>
    public IDictionary<string, string[]> ByParameter => _errors;

    /// <summary>Records that <paramref name="parameter"/> is wrong and why.</summary>
    public void Add(string parameter, string message) => _errors[parameter] = [message];

    /// <summary>A YYYY-MM-DD date, or null when absent.</summary>
    public DateOnly? Date(string parameter, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }
        Add(parameter, $"'{Clip(value)}' is not a date (YYYY-MM-DD)");
        return null;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or <paramref name="fallback"/> when absent.</summary>
    public int Int(string parameter, string? value, int min, int max, int fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= min && n <= max)
        {
            return n;
        }
        Add(parameter, $"'{Clip(value)}' is not a whole number from {min} to {max}");
        return fallback;
    }

    /// <summary>true/false (also 1/0), or false when absent.</summary>
    public bool Flag(string parameter, string? value)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "false" or "0":
                return false;
            case "true" or "1":
                return true;
            default:
                Add(parameter, $"'{Clip(value)}' is not true or false");
                return false;
        }
    }

    /// <summary>An actor code or code prefix (letters, digits and '-', at most 30), or null when absent.</summary>
    public string? Actor(string parameter, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (ActorPattern().IsMatch(value.Trim()))
        {
            return value.Trim();
        }
        Add(parameter, $"'{Clip(value)}' is not an actor code (letters, digits and '-', at most 30)");
        return null;
    }

    /// <summary>At most <paramref name="maxLength"/> digits (an event code or root), or null when absent.</summary>
    public string? Digits(string parameter, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        string v = value.Trim();
        if (v.Length <= maxLength && v.All(char.IsAsciiDigit))
        {
            return v;
        }
        Add(parameter, $"'{Clip(value)}' is not a code of at most {maxLength} digits");
        return null;
    }

    /// <summary>Free text of at most <paramref name="maxLength"/> characters, or null when absent.</summary>
    public string? Text(string parameter, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (value.Length <= maxLength)
        {
            return value;
        }
        Add(parameter, $"longer than {maxLength} characters");
        return null;
    }

    // Echoes of bad values are cut short: an error message must not carry a megabyte back to the client.
    private static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex("^[A-Za-z0-9-]{1,30}$")]
    private static partial Regex ActorPattern();
}
