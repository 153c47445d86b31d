namespace Parley.Coding.Dictionaries;

/// <summary>
/// One code of an actor, possibly restricted to a period. Both bounds are inclusive:
/// <c>[USAGOV 19930120-20010120]</c> gives both; <c>[USAGOV &lt;19930120]</c> gives only <see cref="To"/> = 1993-01-20
/// and <c>[USAGOV &gt;19930120]</c> only <see cref="From"/> = 1993-01-20, as PETRARCH compares story dates with
/// <c>&lt;=</c> and <c>&gt;=</c> (TABARI's manual reads them as "before" and "after"; the readers keep the date as
/// written, so the one-day difference is a coder decision). Six-digit dates are YYMMDD with YY 00–30 read as
/// 2000–2030 and 31–99 as 1931–1999, as in TABARI and PETRARCH.
/// </summary>
/// <param name="Code">The CAMEO actor code (<c>USAGOV</c>), <c>---</c> for "no actor", or several codes joined by <c>/</c>.</param>
/// <param name="From">First day the code applies, or null for no lower bound.</param>
/// <param name="To">Last day the code applies, or null for no upper bound.</param>
public sealed record ActorCode(string Code, DateOnly? From, DateOnly? To)
{
    /// <summary>True when the code has no date restriction.</summary>
    public bool IsUnrestricted => From is null && To is null;

    /// <summary>True when <paramref name="date"/> lies within the restriction.</summary>
    public bool AppliesOn(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);

    /// <summary>The code in dictionary syntax with eight-digit dates, e.g. <c>[USAGOV 19930120-20010120]</c>.</summary>
    public override string ToString() => (From, To) switch
    {
        (null, null) => $"[{Code}]",
        (null, { } to) => $"[{Code} <{to:yyyyMMdd}]",
        ({ } from, null) => $"[{Code} >{from:yyyyMMdd}]",
        ({ } from, { } to) => $"[{Code} {from:yyyyMMdd}-{to:yyyyMMdd}]",
    };
}
