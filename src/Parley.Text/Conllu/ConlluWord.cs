namespace Parley.Text.Conllu;

/// <summary>One syntactic word line of a CoNLL-U sentence (ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL, DEPS, MISC).</summary>
/// <param name="Id">1-based word index within the sentence.</param>
/// <param name="Form">Word form.</param>
/// <param name="Lemma">Lemma.</param>
/// <param name="Upos">Universal POS tag.</param>
/// <param name="Xpos">Language-specific tag (Penn Treebank for English).</param>
/// <param name="Feats">Morphological features.</param>
/// <param name="Head">1-based head index, 0 for the root.</param>
/// <param name="Deprel">Dependency relation.</param>
/// <param name="Misc">MISC column.</param>
public sealed record ConlluWord(int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel, string Misc)
{
    /// <summary>False when MISC holds <c>SpaceAfter=No</c>.</summary>
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}
