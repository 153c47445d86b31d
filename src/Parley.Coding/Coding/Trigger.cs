namespace Parley.Coding.Coding;

/// <summary>
/// A verb of the sentence that the dictionaries code, with its best pattern match. <see cref="ComposedGovernor"/>
/// is set when a governing verb's meaning was folded into <see cref="Code"/> ("agreed to meet" → 036);
/// <see cref="Suppressed"/> when this trigger's own event is replaced by such a composition.
/// </summary>
internal sealed class Trigger(int token, PatternMatch match, bool nominal, bool linear)
{
    /// <summary>
    /// True for a word read the shallow TABARI way: patterns over the whole sentence, source the actor before it,
    /// target the actor after it.
    /// </summary>
    public bool Linear { get; } = linear;

    /// <summary>True for an event noun ("the Russian veto"), false for a verb.</summary>
    public bool Nominal { get; } = nominal;

    /// <summary>The trigger word: for a multiword event noun its head ("strike" of "hunger strike").</summary>
    public int Token { get; } = token;

    /// <summary>The first token of the trigger phrase ("hunger" of "hunger strike"); <see cref="Token"/> for one word.</summary>
    public int SpanStart { get; init; } = token;

    public PatternMatch Match { get; } = match;

    public string? Code { get; set; } = match.Code.Code;

    public int ComposedGovernor { get; set; } = -1;

    public bool Suppressed { get; set; }

    /// <summary>A second event this trigger carries: the event itself when a refusal was composed from it.</summary>
    public bool AlsoCodeOwnEvent { get; set; }
}
