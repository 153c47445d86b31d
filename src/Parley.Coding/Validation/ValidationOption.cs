namespace Parley.Coding.Validation;

/// <summary>
/// One option setting of a suite: a PETRARCH <c>&lt;Config option="require_dyad" value="false"&gt;</c>, or a TABARI
/// options command (<c>SET: TIME SHIFT = FALSE</c>, <c>COMPLEX: VERBS[5] CONJ[4]</c>, <c>DEFAULT: OFF</c>) from the
/// options file or an <c>{ OPTION: ... }</c> record.
/// </summary>
/// <param name="Key">
/// The option name: PETRARCH's option attribute; for TABARI <c>SET:</c> commands the setting name (<c>TIME SHIFT</c>;
/// <c>CODE BY</c> for the exclusive <c>SET: CODE BY SENTENCE</c>/<c>CODE BY CLAUSE</c>/<c>CODE ALL</c>), otherwise the
/// command name (<c>COMPLEX</c>, <c>DEFAULT</c>, <c>COMMA</c>, <c>OUTPUT</c>, <c>FORWARD</c>, <c>LABEL</c>).
/// Keys compare case-insensitively in option dictionaries.
/// </param>
/// <param name="Value">The value: <c>FALSE</c>, <c>SENTENCE</c>, <c>VERBS[5] CONJ[4]</c>, <c>TRUE</c> for a bare <c>SET:</c> flag.</param>
/// <param name="Text">The setting as written, spaces normalised, e.g. <c>SET: TIME SHIFT = FALSE</c> or <c>require_dyad=false</c>.</param>
/// <param name="Line">1-based line where the setting is written.</param>
public sealed record ValidationOption(string Key, string Value, string Text, int Line)
{
    /// <summary>The option name.</summary>
    public string Key { get; init; } = Key ?? throw new ArgumentNullException(nameof(Key));

    /// <summary>The value.</summary>
    public string Value { get; init; } = Value ?? throw new ArgumentNullException(nameof(Value));

    /// <summary>The setting as written.</summary>
    public string Text { get; init; } = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>1-based line of the setting.</summary>
    public int Line { get; init; } = Line >= 1 ? Line : throw new ArgumentOutOfRangeException(nameof(Line), Line, "line numbers start at 1");
}
