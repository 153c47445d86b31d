using Parley.Coding.Coding;
using Parley.Text;

namespace Parley.Coding.Tests.Coding;

/// <summary>The repair of a trailing reporting clause, on hand-made parses of sentences written for Parley.</summary>
public sealed class ReportingClauseRepairTests
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase) { "say", "announce" };

    [Fact]
    public void AReportingVerbWithoutASubjectTakesThePhraseAfterTheComma()
    {
        // Kenya(0) signed(1) a(2) pact(3) ,(4) the(5) White(6) House(7) announced(8) .(9)
        Document document = Parse("Kenya signed a pact, the White House announced.",
            [1, -1, 3, 1, 7, 7, 7, 3, 1, 1],
            ["nsubj", "root", "det", "obj", "punct", "det", "compound", "appos", "advcl", "punct"]);
        ReportingClauseRepair.Apply(document.GetSentence(0), SpeechVerbs);
        Assert.Equal(8, document.Annotations.Head[7]);
        Assert.Equal("nsubj", document.Annotations.Relation[7]);
    }

    [Fact]
    public void AReportingVerbThatHasASubjectIsLeftAlone()
    {
        // Kenya(0) signed(1) a(2) pact(3) ,(4) the(5) ministry(6) said(7) it(8) .(9) — "it" already the subject.
        Document document = Parse("Kenya signed a pact, the ministry said it.",
            [1, -1, 3, 1, 7, 6, 3, 1, 7, 1],
            ["nsubj", "root", "det", "obj", "punct", "det", "appos", "parataxis", "nsubj", "punct"]);
        ReportingClauseRepair.Apply(document.GetSentence(0), SpeechVerbs);
        Assert.Equal(3, document.Annotations.Head[6]);
        Assert.Equal("appos", document.Annotations.Relation[6]);
    }

    private static Document Parse(string text, int[] heads, string[] relations)
    {
        UPos[] upos = relations.Select((r, t) => r switch
        {
            "root" or "advcl" or "parataxis" => UPos.VERB,
            "punct" => UPos.PUNCT,
            "det" => UPos.DET,
            "nsubj" when t == 8 => UPos.PRON,
            _ => UPos.NOUN,
        }).ToArray();
        Document document = HandParse.Make(text, heads, relations, upos, relations.Select(_ => "").ToArray());
        for (int t = 0; t < document.TokenCount; t++)
        {
            document.Annotations.Lemma[t] = document.Annotations.Lemma[t] switch { "announced" => "announce", "said" => "say", var word => word };
        }
        return document;
    }
}
