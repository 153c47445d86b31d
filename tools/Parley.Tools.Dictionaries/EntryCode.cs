using System.Globalization;

namespace Parley.Tools.Dictionaries;

/// <summary>One code of a generated actor, with an optional period (both bounds inclusive, as Parley reads them).</summary>
internal sealed record EntryCode(string Code, DateOnly? From, DateOnly? To)
{
    /// <summary>True when the code has no period.</summary>
    public bool IsUnrestricted => From is null && To is null;

    /// <summary>The code in actor-file syntax: <c>[USAGOV 20130201-20170120]</c>.</summary>
    public override string ToString() => (From, To) switch
    {
        (null, null) => $"[{Code}]",
        (null, { } to) => $"[{Code} <{Day(to)}]",
        ({ } from, null) => $"[{Code} >{Day(from)}]",
        ({ } from, { } to) => $"[{Code} {Day(from)}-{Day(to)}]",
    };

    private static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
