using System.Diagnostics;
using Parley.Syntax.Training;
using Parley.Text;

namespace Parley.Syntax.Evaluation;

/// <summary>Re-tags and re-parses gold-tokenised sentences and compares with the gold annotation.</summary>
public static class SyntaxEvaluator
{
    /// <summary>Scores <paramref name="pipeline"/> on <paramref name="gold"/>.</summary>
    public static SyntaxScores Evaluate(SyntaxPipeline pipeline, IReadOnlyList<TreebankSentence> gold, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(gold);
        var stopwatch = Stopwatch.StartNew();
        foreach (TreebankSentence sentence in gold)
        {
            pipeline.Annotate(sentence.Document, cancellationToken);
        }
        stopwatch.Stop();
        long words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, lasFull = 0;
        foreach (TreebankSentence sentence in gold)
        {
            TokenAnnotations a = sentence.Document.Annotations;
            for (int i = 0; i < sentence.Length; i++)
            {
                var word = sentence.Source.Words[i];
                words++;
                upos += a.Upos[i].ToString() == word.Upos ? 1 : 0;
                xpos += a.Xpos[i] == word.Xpos ? 1 : 0;
                lemma += a.Lemma[i] == word.Lemma ? 1 : 0;
                int head = a.Head[i] < 0 ? 0 : a.Head[i] + 1;
                if (head != word.Head)
                {
                    continue;
                }
                uas++;
                las += Universal(a.Relation[i]).SequenceEqual(Universal(word.Deprel)) ? 1 : 0;
                lasFull += a.Relation[i] == word.Deprel ? 1 : 0;
            }
        }
        double Percent(long count) => words == 0 ? 0 : 100.0 * count / words;
        double seconds = Math.Max(stopwatch.Elapsed.TotalSeconds, 1e-9);
        return new SyntaxScores((int)words, Percent(upos), Percent(xpos), Percent(lemma), Percent(uas), Percent(las), Percent(lasFull), words / seconds);
    }

    private static ReadOnlySpan<char> Universal(string relation)
    {
        int colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }
}
