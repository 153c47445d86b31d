using System.Runtime.CompilerServices;

namespace Parley.Syntax.Learning;

/// <summary>
/// The best classes of a score vector, as the tagger, the parser and its beam rank them: the first of equal scores
/// wins, so that a ranking never depends on anything but the scores and the class order.
/// </summary>
internal static class ScoreRanking
{
    /// <summary>The class with the highest score (the first of equals).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Best(ReadOnlySpan<float> scores)
    {
        int best = 0;
        float bestScore = scores[0];
        for (int c = 1; c < scores.Length; c++)
        {
            if (scores[c] > bestScore)
            {
                bestScore = scores[c];
                best = c;
            }
        }
        return best;
    }

    /// <summary>
    /// The best class (as <see cref="Best"/>) and, in <paramref name="second"/>, the best of the others (the first of
    /// equals), in one pass; with a single class, <paramref name="second"/> is that class too. How far the best leads the
    /// second is how sure the model is: "plans" in "Turkey plans to build a wall" is a VBZ by 2.9 score units over NNS.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int TopTwo(ReadOnlySpan<float> scores, out int second)
    {
        if (scores.Length == 1)
        {
            second = 0;
            return 0;
        }
        int first = 0, runnerUp = 1;
        if (scores[1] > scores[0])
        {
            (first, runnerUp) = (1, 0);
        }
        float best = scores[first], next = scores[runnerUp];
        // Most classes score below the runner-up: one compare, and a branch that is rarely taken. The runner-up is a
        // local, not the out parameter, which the loop would otherwise read and write in memory on every class
        // (session 14, in-process on EWT test: 1-2% less time for the whole pipeline).
        for (int c = 2; c < scores.Length; c++)
        {
            float score = scores[c];
            if (score > next)
            {
                if (score > best)
                {
                    (runnerUp, next) = (first, best);
                    (first, best) = (c, score);
                }
                else
                {
                    (runnerUp, next) = (c, score);
                }
            }
        }
        second = runnerUp;
        return first;
    }
}
