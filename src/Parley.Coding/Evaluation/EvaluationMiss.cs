using Parley.Coding.Events;

namespace Parley.Coding.Evaluation;

/// <summary>A gold record that was not fully matched: the record, the cause, and what Parley emitted.</summary>
/// <param name="Gold">The gold record.</param>
/// <param name="Cause">Why it missed.</param>
/// <param name="Emitted">The events coded with the evaluation's options.</param>
/// <param name="EmittedWithAllModalities">
/// For a miss with nothing emitted, the events coded with every modality (what a <see cref="MissCause.Modality"/>
/// miss would have given); otherwise empty.
/// </param>
public sealed record EvaluationMiss(GoldEvent Gold, MissCause Cause, IReadOnlyList<CodedEvent> Emitted, IReadOnlyList<CodedEvent> EmittedWithAllModalities)
{
    /// <summary>The gold record's id.</summary>
    public string Id => Gold.Id;

    /// <summary>The gold text.</summary>
    public string Text => Gold.Text;

    /// <summary>The gold label as written ("AGREE", "0231").</summary>
    public string GoldLabel => Gold.Label;

    /// <summary>The events, one per item, as "SOURCE CODE TARGET [modality]" ("RUSGOV 129 FRA", "- " for a missing actor).</summary>
    public static IReadOnlyList<string> Describe(IEnumerable<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events.Select(e => $"{e.Source?.Code ?? "-"} {e.Code} {e.Target?.Code ?? "-"}"
            + (e.Modality == Modality.Asserted ? "" : $" [{ModalityNames.Of(e.Modality)}]")).ToArray();
    }
}
