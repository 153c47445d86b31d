using Parley.Coding.Evaluation;
using Parley.Coding.Events;

namespace Parley.Coding.Tests.Evaluation;

/// <summary>Hand-made gold records and coded events for the scorer tests, with invented actors.</summary>
internal static class EvaluationFixtures
{
    public static GoldEvent Gold(string roots, string sources = "", string targets = "", string label = "TEST") =>
        new("G1", "Freedonia denounced Sylvania.", null, Split(roots), Split(sources), Split(targets), label);

    /// <summary>An event "SOURCE CODE TARGET"; "-" for a missing actor.</summary>
    public static CodedEvent Event(string source, string code, string target, Modality modality = Modality.Asserted)
    {
        var span = new CharSpan(0, 1);
        return new CodedEvent("G1", 0, null, Actor(source), Actor(target), code, null, modality, null,
            new EventEvidence(span, null, span, null), "test:1");
    }

    public static MissEvidence NoEvidence { get; } = new(false, false, false);

    private static EventActor? Actor(string code) => code == "-" ? null : new EventActor(code, code, new CharSpan(0, 1));

    private static string[] Split(string list) => list.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
