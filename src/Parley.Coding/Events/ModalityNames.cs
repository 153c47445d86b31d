namespace Parley.Coding.Events;

/// <summary>The lower-case modality names of the JSONL contract ("asserted", "negated", …) and back.</summary>
public static class ModalityNames
{
    /// <summary>The contract name of <paramref name="modality"/>.</summary>
    public static string Of(Modality modality) => modality switch
    {
        Modality.Asserted => "asserted",
        Modality.Negated => "negated",
        Modality.Hypothetical => "hypothetical",
        Modality.Future => "future",
        _ => throw new ArgumentOutOfRangeException(nameof(modality), modality, "unknown modality"),
    };

    /// <summary>The modality named <paramref name="name"/> (as the store keeps it).</summary>
    public static Modality Parse(string name) => name switch
    {
        "asserted" => Modality.Asserted,
        "negated" => Modality.Negated,
        "hypothetical" => Modality.Hypothetical,
        "future" => Modality.Future,
        _ => throw new InvalidDataException($"unknown modality '{name}' in the store"),
    };
}
