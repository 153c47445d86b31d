namespace Parley.Coding.Validation;

/// <summary>
/// An event as a validation suite writes it, and as a coder's output is compared with it: source and target
/// actor codes and the CAMEO event code, all as written (PETRARCH's quoted new-actor texts such as
/// <c>"INJURY TOLL"</c> and TABARI's <c>~REB</c> included).
/// </summary>
/// <param name="Source">The source actor code.</param>
/// <param name="Target">The target actor code.</param>
/// <param name="Code">The event code, e.g. <c>064</c> or <c>1721</c>.</param>
public sealed record ExpectedEvent(string Source, string Target, string Code)
{
    /// <summary>The source actor code.</summary>
    public string Source { get; init; } = Source ?? throw new ArgumentNullException(nameof(Source));

    /// <summary>The target actor code.</summary>
    public string Target { get; init; } = Target ?? throw new ArgumentNullException(nameof(Target));

    /// <summary>The event code.</summary>
    public string Code { get; init; } = Code ?? throw new ArgumentNullException(nameof(Code));

    /// <summary>
    /// The event date TABARI writes after some events (<c>{ DAG / GON / 032 } 941204</c>), which differs from the
    /// story date in the time-shifting tests; null when none is given. Not part of equality: the suites score
    /// events by source, target and code only.
    /// </summary>
    public DateOnly? Date { get; init; }

    /// <summary>Equal when source, target and code are equal (ordinal); <see cref="Date"/> is ignored.</summary>
    public bool Equals(ExpectedEvent? other) =>
        other is not null
        && string.Equals(Source, other.Source, StringComparison.Ordinal)
        && string.Equals(Target, other.Target, StringComparison.Ordinal)
        && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <summary>A hash of source, target and code.</summary>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Source), StringComparer.Ordinal.GetHashCode(Target), StringComparer.Ordinal.GetHashCode(Code));

    /// <summary>The event as <c>SRC→TGT CODE</c>, e.g. <c>ARN→GON 064</c>.</summary>
    public override string ToString() => $"{Source}→{Target} {Code}";
}
