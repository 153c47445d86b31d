using System.Globalization;

namespace Parley.Text.Evaluation;

/// <summary>
/// Token and sentence scores of a tokenizer and sentence splitter against a gold treebank. A
/// predicted token or sentence is correct when both its character start and end equal those of a
/// gold one.
/// </summary>
/// <param name="Documents">Number of documents evaluated.</param>
/// <param name="GoldTokens">Gold syntactic words.</param>
/// <param name="PredictedTokens">Predicted tokens.</param>
/// <param name="CorrectTokens">Predicted tokens that match a gold word exactly.</param>
/// <param name="GoldSentences">Gold sentences.</param>
/// <param name="PredictedSentences">Predicted sentences.</param>
/// <param name="CorrectSentences">Predicted sentences that match a gold sentence exactly.</param>
/// <param name="UnalignedWords">Gold words whose form could not be found in the sentence text (counted as missed).</param>
public sealed record TokenizationResult(
    int Documents,
    int GoldTokens,
    int PredictedTokens,
    int CorrectTokens,
    int GoldSentences,
    int PredictedSentences,
    int CorrectSentences,
    int UnalignedWords)
{
    /// <summary>Correct tokens over predicted tokens.</summary>
    public double TokenPrecision => Ratio(CorrectTokens, PredictedTokens);

    /// <summary>Correct tokens over gold tokens.</summary>
    public double TokenRecall => Ratio(CorrectTokens, GoldTokens);

    /// <summary>Harmonic mean of token precision and recall.</summary>
    public double TokenF1 => F1(TokenPrecision, TokenRecall);

    /// <summary>Correct sentences over predicted sentences.</summary>
    public double SentencePrecision => Ratio(CorrectSentences, PredictedSentences);

    /// <summary>Correct sentences over gold sentences.</summary>
    public double SentenceRecall => Ratio(CorrectSentences, GoldSentences);

    /// <summary>Harmonic mean of sentence precision and recall.</summary>
    public double SentenceF1 => F1(SentencePrecision, SentenceRecall);

    /// <summary>A one-line summary with percentages.</summary>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "docs {0}; tokens P {1:F2} R {2:F2} F1 {3:F2} (gold {4}, predicted {5}); sentences P {6:F2} R {7:F2} F1 {8:F2} (gold {9}, predicted {10}); unaligned {11}",
        Documents, 100 * TokenPrecision, 100 * TokenRecall, 100 * TokenF1, GoldTokens, PredictedTokens,
        100 * SentencePrecision, 100 * SentenceRecall, 100 * SentenceF1, GoldSentences, PredictedSentences, UnalignedWords);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
