using Parley.Syntax.Learning;
using Parley.Syntax.Parsing;
using Spectre.Console;

namespace Parley.Cli;

/// <summary>
/// Validates the beam options: widths (<c>--beam</c> of <c>eval-syntax</c> and <c>train-syntax</c>, <c>--parse-beam</c>)
/// and margins (<c>--beam-margin</c>, <c>--parse-margin</c>).
/// </summary>
internal static class BeamWidthOption
{
    /// <summary>An error naming <paramref name="option"/> when <paramref name="width"/> is given and out of range; success otherwise.</summary>
    public static ValidationResult Validate(string option, int? width) =>
        width is int value && !DependencyParser.IsValidBeamWidth(value)
            ? ValidationResult.Error($"{option} must be between 1 and {DependencyParser.MaxBeamWidth}")
            : ValidationResult.Success();

    /// <summary>An error naming <paramref name="option"/> when <paramref name="margin"/> is given and not a positive score.</summary>
    public static ValidationResult ValidateMargin(string option, float? margin) =>
        margin is float value && !ScoreMargin.IsValid(value)
            ? ValidationResult.Error($"{option} must be a positive score")
            : ValidationResult.Success();
}
