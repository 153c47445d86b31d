namespace Parley.Syntax.Evaluation;

/// <summary>Accuracies in percent over syntactic words (CoNLL 2018 definitions, punctuation included).</summary>
/// <param name="Tokens">Number of words scored.</param>
/// <param name="Upos">UPOS accuracy.</param>
/// <param name="Xpos">XPOS accuracy.</param>
/// <param name="Lemma">Lemma accuracy.</param>
/// <param name="Uas">Unlabelled attachment score.</param>
/// <param name="Las">Labelled attachment score on universal relations (subtypes ignored, as CoNLL 2018 does).</param>
/// <param name="LasFull">Labelled attachment score with full relations including subtypes (nsubj:pass).</param>
/// <param name="TokensPerSecond">Tag + lemmatize + parse throughput on one thread.</param>
public sealed record SyntaxScores(int Tokens, double Upos, double Xpos, double Lemma, double Uas, double Las, double LasFull, double TokensPerSecond);
