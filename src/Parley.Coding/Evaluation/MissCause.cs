namespace Parley.Coding.Evaluation;

/// <summary>Why a gold record was not fully matched, from the coder's point of view (see <see cref="EventScorer"/>).</summary>
public enum MissCause
{
    /// <summary>No actor name of the dictionaries occurs in the text.</summary>
    NoActor,

    /// <summary>Actor names occur, nothing was emitted, and no word of the text is in the verb or noun dictionaries.</summary>
    NoVerb,

    /// <summary>Nothing was emitted, but coding with every modality gives the right root (a negated, hypothetical or future event).</summary>
    Modality,

    /// <summary>Events were emitted, none with an accepted root.</summary>
    WrongCode,

    /// <summary>An event has an accepted root, but none has the gold source and target countries.</summary>
    WrongActor,

    /// <summary>
    /// Names and dictionary words occur, but nothing was emitted for another reason (no target found, a parse that
    /// loses the subject, a discarded sentence, …).
    /// </summary>
    NoEvent,
}
