using Parley.Syntax.Parsing;
using Spectre.Console;

namespace Parley.Cli;

/// <summary>Validates the beam-width options (<c>--beam</c> of <c>eval-syntax</c> and <c>train-syntax</c>, <c>--parse-beam</c>).</summary>
internal static class BeamWidthOption
{
    /// <summary>An error naming <paramref name="option"/> when <paramref name="width"/> is given and out of range; success otherwise.</summary>
    public static ValidationResult Validate(string option, int? width) =>
        width is int value && !DependencyParser.IsValidBeamWidth(value)
            ? ValidationResult.Error($"{option} must be between 1 and {DependencyParser.MaxBeamWidth}")
            : ValidationResult.Success();
}
