namespace Parley.Coding.Validation;

/// <summary>What a TABARI <c>{...}</c> block in a record's comment says.</summary>
internal enum TabariBlockKind
{
    /// <summary><c>{ SRC / TGT / CODE }</c>.</summary>
    Event,

    /// <summary><c>{---}</c>: no events.</summary>
    NoEvents,

    /// <summary><c>{+++}</c>: rejected as complex.</summary>
    Complex,

    /// <summary><c>{###}</c>: discarded.</summary>
    Discard,

    /// <summary><c>{ OPTION: ... }</c>: an options command.</summary>
    Option,
}

/// <summary>A block of a TABARI record comment; <paramref name="Deactivated"/> for <c>-{...}</c>.</summary>
internal sealed record TabariBlock(TabariBlockKind Kind, bool Deactivated, int Line, ExpectedEvent? Event = null, ValidationOption? Option = null);
