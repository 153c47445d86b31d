using Parley.Testing;
using Parley.Text.Conllu;
using Parley.Text.Evaluation;

namespace Parley.Text.Tests;

public class EvaluationTests
{
    // Two documents; "won't" is annotated as "will" + "not", which do not concatenate to the surface
    // form, so both words get the whole span and neither can match the tokenizer's "wo" + "n't".
    private const string Sample = """
        # newdoc id = d1
        # sent_id = s1
        # newpar id = p1
        # text = I don't know.
        1	I	I	PRON	PRP	_	3	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = s2
        # text = He won't.
        1	He	he	PRON	PRP	_	0	root	_	_
        2-3	won't	_	_	_	_	_	_	_	_
        2	will	will	AUX	MD	_	1	aux	_	_
        3	not	not	PART	RB	_	1	advmod	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	1	punct	_	_

        # sent_id = s3
        # newpar id = p2
        # text = Fine
        1	Fine	fine	ADJ	JJ	_	0	root	_	_

        # newdoc id = d2
        # sent_id = s4
        # text = Yes.
        1	Yes	yes	INTJ	UH	_	0	root	_	SpaceAfter=No
        2	.	.	PUNCT	.	_	1	punct	_	_

        """;

    [Fact]
    public void ScoresTokensAndSentencesOfASmallTreebank()
    {
        TokenizationResult result = Evaluate(Sample);
        Assert.Equal(2, result.Documents);
        Assert.Equal(12, result.GoldTokens);
        Assert.Equal(12, result.PredictedTokens);
        Assert.Equal(10, result.CorrectTokens);
        Assert.Equal(4, result.GoldSentences);
        Assert.Equal(4, result.CorrectSentences);
        Assert.Equal(10.0 / 12, result.TokenF1, 6);
        Assert.Equal(1.0, result.SentenceF1, 6);
        Assert.Equal(0, result.UnalignedWords);
    }

    [Fact]
    public void RebuildsDocumentsWithParagraphBreaks()
    {
        GoldDocument[] docs = [.. GoldDocumentReader.Read(ConlluReader.Read(new StringReader(Sample), "sample"))];
        Assert.Equal(2, docs.Length);
        Assert.Equal("I don't know. He won't.\n\nFine", docs[0].Text);
        Assert.Equal("Yes.", docs[1].Text);
        // "do" and "n't" get sub-spans; "will" and "not" both get the span of "won't".
        Assert.Equal([0, 2, 4, 8, 12, 14, 17, 17, 22, 25], docs[0].TokenStarts);
        Assert.Equal([1, 4, 7, 12, 13, 16, 22, 22, 23, 29], docs[0].TokenEnds);
        Assert.Equal([0, 14, 25], docs[0].SentenceStarts);
        Assert.Equal([13, 23, 29], docs[0].SentenceEnds);
    }

    [Fact]
    public void CountsWordsMissingFromTheTextAsUnaligned()
    {
        const string conllu = """
            # text = Good  morning, all
            1	Good	good	ADJ	JJ	_	2	amod	_	_
            2	evening	evening	NOUN	NN	_	0	root	_	SpaceAfter=No
            3	,	,	PUNCT	,	_	2	punct	_	_
            4	all	all	DET	DT	_	2	dep	_	_

            """;
        TokenizationResult result = Evaluate(conllu);
        Assert.Equal(1, result.UnalignedWords);
        Assert.Equal(4, result.GoldTokens);
        Assert.Equal(3, result.CorrectTokens);
    }

    [Fact]
    public void ErrorLogListsDisagreements()
    {
        var log = new StringWriter();
        TokenizationEvaluator.Evaluate(ConlluReader.Read(new StringReader(Sample), "sample"), new Tokenizer(), new SentenceSplitter(), log);
        Assert.Contains("[won't|won't]  =>  [wo|n't]", log.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void MeetsTokenTargetOnEwtTest()
    {
        string path = TestPaths.DataFile(Path.Combine("ud", "en_ewt", "en_ewt-ud-test.conllu"));
        Skip.If(!File.Exists(path), $"UD English EWT test set not found at {path}; set PARLEY_DATA to the shared data directory.");
        TokenizationResult result = TokenizationEvaluator.Evaluate(path, new Tokenizer(), new SentenceSplitter());
        Assert.True(result.TokenF1 >= 0.98, result.ToString());
        Assert.True(result.SentenceF1 >= 0.80, result.ToString());
        Assert.Equal(0, result.UnalignedWords);
    }

    [SkippableFact]
    public void MeetsTokenTargetOnPudTest()
    {
        string path = TestPaths.DataFile(Path.Combine("ud", "en_pud", "en_pud-ud-test.conllu"));
        Skip.If(!File.Exists(path), $"UD English PUD test set not found at {path}; set PARLEY_DATA to the shared data directory.");
        TokenizationResult result = TokenizationEvaluator.Evaluate(path, new Tokenizer(), new SentenceSplitter());
        Assert.True(result.TokenF1 >= 0.99, result.ToString());
        Assert.True(result.SentenceF1 >= 0.95, result.ToString());
    }

    private static TokenizationResult Evaluate(string conllu) =>
        TokenizationEvaluator.Evaluate(ConlluReader.Read(new StringReader(conllu), "sample"), new Tokenizer(), new SentenceSplitter());
}
