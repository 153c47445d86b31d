namespace Parley.Coding.Evaluation;

/// <summary>The names reports give the <see cref="MissCause"/> values: "no actor", "wrong code", ….</summary>
public static class MissCauses
{
    /// <summary>Every cause, in report order.</summary>
    public static IReadOnlyList<MissCause> All { get; } = Enum.GetValues<MissCause>();

    /// <summary>The report name of <paramref name="cause"/>.</summary>
    public static string Name(MissCause cause) => cause switch
    {
        MissCause.NoActor => "no actor",
        MissCause.NoVerb => "no verb",
        MissCause.Modality => "modality",
        MissCause.WrongCode => "wrong code",
        MissCause.WrongActor => "wrong actor",
        MissCause.NoEvent => "no event",
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, "unknown miss cause"),
    };
}
