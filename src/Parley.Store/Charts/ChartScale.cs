namespace Parley.Store.Charts;

/// <summary>Round axis steps (1, 2 or 5 times a power of ten) so ticks fall on numbers a reader expects.</summary>
internal static class ChartScale
{
    /// <summary>
    /// A step of at least 1 (counts are whole numbers) that divides 0..<paramref name="max"/> into about
    /// <paramref name="ticks"/> intervals.
    /// </summary>
    public static double Step(double max, int ticks)
    {
        if (max <= 0 || ticks <= 0)
        {
            return 1;
        }
        double raw = max / ticks;
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return Math.Max(1, nice * magnitude);
    }

    /// <summary>The top of an axis from 0 that holds <paramref name="max"/>: a whole number of steps, at least one.</summary>
    public static double Top(double max, double step) => Math.Max(step, Math.Ceiling(max / step) * step);

    /// <summary>A tick value as text: whole numbers without decimals.</summary>
    public static string Label(double value) => SvgWriter.Number(value);

    /// <summary>
    /// <paramref name="text"/> cut to <paramref name="max"/> characters with an ellipsis, so a long name does not run
    /// over the plot (the full text stays in the tooltip and the printed table).
    /// </summary>
    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>A rough width of <paramref name="text"/> at <paramref name="size"/> pixels (about 0.6 em a character).</summary>
    public static double TextWidth(string text, double size) => text.Length * size * 0.6;
}
