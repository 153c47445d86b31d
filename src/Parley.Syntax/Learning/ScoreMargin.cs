namespace Parley.Syntax.Learning;

/// <summary>
/// The margins that let a stage skip work where a model is sure (the beam's margin below its best item, the tagger's
/// and the relabeller's leads over the runner-up) are positive scores, or infinity to skip nothing; never zero,
/// negative or NaN.
/// </summary>
public static class ScoreMargin
{
    /// <summary>Whether <paramref name="margin"/> is a positive score or infinity (never NaN).</summary>
    public static bool IsValid(float margin) => margin > 0f;
}
