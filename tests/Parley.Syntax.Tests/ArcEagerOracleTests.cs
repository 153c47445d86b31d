using Parley.Syntax.Parsing;
using Parley.Syntax.Training;
using Parley.Testing;

namespace Parley.Syntax.Tests;

public sealed class ArcEagerOracleTests
{
    [Fact]
    public void StaticOracleReproducesFixtureTrees()
    {
        foreach (TreebankSentence sentence in Fixture.Sentences())
        {
            Assert.True(Reproduces(sentence), sentence.Document.Text);
        }
    }

    [SkippableFact]
    public void StaticOracleReproducesEveryProjectiveTreeOfEwtDev()
    {
        string path = TestPaths.DataFile("ud/en_ewt/en_ewt-ud-dev.conllu");
        Skip.IfNot(File.Exists(path), $"EWT dev not found at {path}; set PARLEY_DATA to the shared data directory");
        int projective = 0;
        foreach (TreebankSentence sentence in TreebankSentence.Load(path))
        {
            if (!IsProjective(sentence.Heads))
            {
                continue;
            }
            projective++;
            Assert.True(Reproduces(sentence), sentence.Source.SentId);
        }
        Assert.True(projective > 1900, $"only {projective} projective trees");
    }

    [Fact]
    public void EveryTransitionFromAWrongStateKeepsAZeroCostOption()
    {
        // "France and Britain condemned the strike." parsed by always shifting first: the oracle must
        // still offer the best remaining moves rather than leaving no option.
        TreebankSentence sentence = Fixture.Sentences()[6];
        var state = new ParserState();
        state.Reset(sentence.Length);
        var costs = new int[4];
        state.Shift();
        state.Shift();
        while (!state.IsTerminal)
        {
            ArcEagerOracle.Costs(state, sentence.Heads, costs);
            int best = MinIndex(costs);
            Assert.NotEqual(ArcEagerOracle.Invalid, costs[best]);
            DependencyParser.Apply(state, (Transition)best, 0);
        }
    }

    private static bool Reproduces(TreebankSentence sentence)
    {
        var state = new ParserState();
        state.Reset(sentence.Length);
        var costs = new int[4];
        while (!state.IsTerminal)
        {
            ArcEagerOracle.Costs(state, sentence.Heads, costs);
            int best = Array.IndexOf(costs, 0);
            if (best < 0)
            {
                return false;
            }
            DependencyParser.Apply(state, (Transition)best, 0);
        }
        DependencyParser.Finish(state, 0, 0);
        for (int i = 1; i <= sentence.Length; i++)
        {
            if (state.Head[i] != sentence.Heads[i])
            {
                return false;
            }
        }
        return true;
    }

    private static int MinIndex(int[] costs)
    {
        int best = 0;
        for (int i = 1; i < costs.Length; i++)
        {
            if (costs[i] < costs[best])
            {
                best = i;
            }
        }
        return best;
    }

    private static bool IsProjective(int[] heads)
    {
        for (int d = 1; d < heads.Length; d++)
        {
            int h = heads[d];
            for (int k = Math.Min(d, h) + 1; k < Math.Max(d, h); k++)
            {
                int x = k;
                while (x != 0 && x != h)
                {
                    x = heads[x];
                }
                if (x != h)
                {
                    return false;
                }
            }
        }
        return true;
    }
}
