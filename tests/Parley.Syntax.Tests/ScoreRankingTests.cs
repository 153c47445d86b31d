using Parley.Syntax.Learning;

namespace Parley.Syntax.Tests;

/// <summary>
/// The ranking every model's decisions go through: the best class and the runner-up, the first of equal scores winning,
/// whatever the order in which the scores arrive.
/// </summary>
public sealed class ScoreRankingTests
{
    [Fact]
    public void TopTwoAgreesWithSortingOnScoresFullOfTies()
    {
        var random = new Random(14);
        for (int trial = 0; trial < 2000; trial++)
        {
            // Few distinct values, so that best and runner-up often tie with other classes.
            var scores = new float[1 + random.Next(12)];
            for (int c = 0; c < scores.Length; c++)
            {
                scores[c] = random.Next(4) - 1.5f;
            }
            int[] ranked = Enumerable.Range(0, scores.Length).OrderByDescending(c => scores[c]).ThenBy(c => c).ToArray();
            int first = ScoreRanking.TopTwo(scores, out int second);
            Assert.Equal(ranked[0], first);
            Assert.Equal(ranked.Length > 1 ? ranked[1] : ranked[0], second);
            Assert.Equal(ranked[0], ScoreRanking.Best(scores));
        }
    }

    [Fact]
    public void TheRunnerUpOfTwoEqualLeadersIsTheLaterOne()
    {
        // "plans" scored equally as VBZ (class 2) and NNS (class 5): the earlier class leads, the later one is second.
        float[] scores = [0f, 1f, 7.5f, -3f, 2f, 7.5f];
        Assert.Equal(2, ScoreRanking.TopTwo(scores, out int second));
        Assert.Equal(5, second);
    }
}
