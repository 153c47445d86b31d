using static Parley.Text.Tests.TokenizerTestHelper;

namespace Parley.Text.Tests;

public class SentenceSplitterTests
{
    [Fact]
    public void SplitsAtPeriodsQuestionAndExclamationMarks()
    {
        Assert.Equal(
            ["Troops withdrew .", "Will they return ?", "Nobody knows !"],
            Sentences("Troops withdrew. Will they return? Nobody knows!"));
    }

    [Fact]
    public void KeepsClosingQuoteWithTheSentenceItEnds()
    {
        Assert.Equal(
            ["He said \" No . \"", "She left ."],
            Sentences("He said \"No.\" She left."));
    }

    [Fact]
    public void KeepsClosingBracketWithTheSentenceItEnds()
    {
        Assert.Equal(
            ["The talks resumed ( briefly . )", "Then they stopped ."],
            Sentences("The talks resumed (briefly.) Then they stopped."));
    }

    [Fact]
    public void DoesNotSplitWhenQuotationEndsMidSentence()
    {
        Assert.Equal(
            ["“ Why now ? ” asked the senator .", "Nobody answered ."],
            Sentences("“Why now?” asked the senator. Nobody answered."));
    }

    [Fact]
    public void DoesNotSplitAfterTitlesAndInitials()
    {
        Assert.Equal(
            ["Dr. Ana Ruiz met Gen. John F. Kelly in St. Louis on Jan. 5 .", "They spoke for an hour ."],
            Sentences("Dr. Ana Ruiz met Gen. John F. Kelly in St. Louis on Jan. 5. They spoke for an hour."));
    }

    [Fact]
    public void DoesNotSplitAfterAbbreviationBeforeAName()
    {
        Assert.Equal(
            ["The U.S. Navy and Acme Inc. Chief Executive Jo Lee spoke ."],
            Sentences("The U.S. Navy and Acme Inc. Chief Executive Jo Lee spoke."));
    }

    [Fact]
    public void SplitsAfterAbbreviationThatEndsTheSentence()
    {
        // UD English writes the final period as its own token: "U.S" ".".
        Assert.Equal(
            ["Sanctions were imposed by the U.S .", "It was the third round ."],
            Sentences("Sanctions were imposed by the U.S. It was the third round."));
    }

    [Fact]
    public void SplitsAfterEllipsisBeforeCapital()
    {
        Assert.Equal(
            ["The ceasefire held ...", "Then the shelling resumed ."],
            Sentences("The ceasefire held... Then the shelling resumed."));
    }

    [Fact]
    public void DoesNotSplitAfterEllipsisBeforeLowercase()
    {
        Assert.Equal(
            ["The ceasefire held ... for a while ."],
            Sentences("The ceasefire held... for a while."));
    }

    [Fact]
    public void SplitsAtBlankLineWithoutPunctuation()
    {
        Assert.Equal(
            ["Floods Hit Northern Province", "Heavy rain forced thousands to flee on Sunday ."],
            Sentences("Floods Hit Northern Province\n\nHeavy rain forced thousands to flee on Sunday."));
    }

    [Fact]
    public void SplitsAfterShortHeadlineLine()
    {
        Assert.Equal(
            ["Parliament Approves Budget", "By Maria Lopez", "The vote was 210 to 95 ."],
            Sentences("Parliament Approves Budget\nBy Maria Lopez\nThe vote was 210 to 95."));
    }

    [Fact]
    public void DoesNotSplitHardWrappedLines()
    {
        Assert.Equal(
            ["The minister said on Tuesday that the government would hold talks with the National Assembly next week ."],
            Sentences("The minister said on Tuesday that the government would hold talks with the\nNational Assembly next week."));
    }

    [Fact]
    public void SplitsAtWindowsBlankLine()
    {
        Assert.Equal(["Markets closed", "Oil fell ."], Sentences("Markets closed\r\n\r\nOil fell."));
    }

    [Fact]
    public void KeepsNumberedListLabelWithItsItem()
    {
        Assert.Equal(
            ["The plan has two parts .", "1 . Cut taxes .", "2 . Raise spending ."],
            Sentences("The plan has two parts. 1. Cut taxes. 2. Raise spending."));
    }

    [Fact]
    public void ForcesSplitInVeryLongSentence()
    {
        string text = string.Join(" ", Enumerable.Repeat("word", 1000));
        string[] sentences = Sentences(text);
        Assert.Equal(3, sentences.Length);
        Assert.Equal(SentenceSplitter.MaxSentenceTokens, sentences[0].Split(' ').Length);
    }

    [Fact]
    public void ReturnsEmptyArrayForNoTokens()
    {
        Assert.Empty(new SentenceSplitter().Split("", [], []));
    }

    [Fact]
    public void FirstSentenceStartsAtTokenZero()
    {
        var starts = new List<int>();
        var ends = new List<int>();
        const string text = "One. Two. Three.";
        new Tokenizer().Tokenize(text, starts, ends);
        int[] firsts = new SentenceSplitter().Split(text, starts.ToArray(), ends.ToArray());
        Assert.Equal([0, 2, 4], firsts);
    }
}
