namespace Parley.Text.Evaluation;

/// <summary>
/// Counts exact span matches between two ascending span lists with a single merge pass, and can
/// print each region where they disagree, for error analysis.
/// </summary>
internal static class SpanMatcher
{
    private const int Context = 30;

    /// <summary>Number of predicted spans equal to a gold span (each gold span matches at most once).</summary>
    public static int CountMatches(ReadOnlySpan<int> goldStarts, ReadOnlySpan<int> goldEnds, ReadOnlySpan<int> predStarts, ReadOnlySpan<int> predEnds)
    {
        int i = 0, j = 0, matches = 0;
        while (i < goldStarts.Length && j < predStarts.Length)
        {
            int cmp = Compare(goldStarts[i], goldEnds[i], predStarts[j], predEnds[j]);
            if (cmp == 0)
            {
                matches++;
                i++;
                j++;
            }
            else if (cmp < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return matches;
    }

    /// <summary>Writes each region where gold and predicted tokens differ, as "gold ⇒ predicted".</summary>
    public static void LogTokenDifferences(string text, ReadOnlySpan<int> goldStarts, ReadOnlySpan<int> goldEnds,
        ReadOnlySpan<int> predStarts, ReadOnlySpan<int> predEnds, TextWriter log)
    {
        int i = 0, j = 0;
        while (i < goldStarts.Length && j < predStarts.Length)
        {
            if (Compare(goldStarts[i], goldEnds[i], predStarts[j], predEnds[j]) == 0)
            {
                i++;
                j++;
                continue;
            }
            int gi = i, pj = j;
            int goldEnd = goldEnds[i++], predEnd = predEnds[j++];
            while (true)
            {
                if (i < goldStarts.Length && goldStarts[i] < goldEnd)
                {
                    // Words of a multiword token that share one span belong to the same region.
                    goldEnd = Math.Max(goldEnd, goldEnds[i++]);
                }
                else if (goldEnd == predEnd)
                {
                    break;
                }
                else if (goldEnd < predEnd && i < goldStarts.Length)
                {
                    goldEnd = Math.Max(goldEnd, goldEnds[i++]);
                }
                else if (goldEnd > predEnd && j < predStarts.Length)
                {
                    predEnd = Math.Max(predEnd, predEnds[j++]);
                }
                else
                {
                    break;
                }
            }
            log.WriteLine($"TOK  {Join(text, goldStarts[gi..i], goldEnds[gi..i])}  =>  {Join(text, predStarts[pj..j], predEnds[pj..j])}   in: {Snippet(text, goldStarts[gi], goldEnd)}");
        }
    }

    /// <summary>Writes each sentence start that only one side has, with context.</summary>
    public static void LogSentenceDifferences(string text, ReadOnlySpan<int> goldStarts, ReadOnlySpan<int> predStarts, TextWriter log)
    {
        int i = 0, j = 0;
        while (i < goldStarts.Length || j < predStarts.Length)
        {
            int g = i < goldStarts.Length ? goldStarts[i] : int.MaxValue;
            int p = j < predStarts.Length ? predStarts[j] : int.MaxValue;
            if (g == p)
            {
                i++;
                j++;
            }
            else if (g < p)
            {
                log.WriteLine($"SENT missed split: {Snippet(text, g, g)}");
                i++;
            }
            else
            {
                log.WriteLine($"SENT false split:  {Snippet(text, p, p)}");
                j++;
            }
        }
    }

    private static int Compare(int s1, int e1, int s2, int e2) => s1 != s2 ? s1.CompareTo(s2) : e1.CompareTo(e2);

    private static string Join(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        var parts = new string[starts.Length];
        for (int k = 0; k < starts.Length; k++)
        {
            parts[k] = text[starts[k]..ends[k]];
        }
        return "[" + string.Join("|", parts) + "]";
    }

    private static string Snippet(string text, int start, int end)
    {
        int a = Math.Max(0, start - Context);
        int b = Math.Min(text.Length, end + Context);
        string s = text[a..start] + "‖" + text[start..b];
        return s.Replace('\n', '¶');
    }
}
