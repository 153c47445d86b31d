using static Parley.Text.Tests.TokenizerTestHelper;

namespace Parley.Text.Tests;

public class TokenizerTests
{
    [Fact]
    public void SplitsNegationClitic()
    {
        AssertTokens("The U.S. didn't veto the resolution, officials said.",
            "The", "U.S.", "did", "n't", "veto", "the", "resolution", ",", "officials", "said", ".");
    }

    [Fact]
    public void SplitsCantAndWontIntoUdForms()
    {
        AssertTokens("Rebels can't hold the city and won't negotiate.",
            "Rebels", "ca", "n't", "hold", "the", "city", "and", "wo", "n't", "negotiate", ".");
    }

    [Fact]
    public void SplitsCannot()
    {
        AssertTokens("The ministry cannot confirm the report.",
            "The", "ministry", "can", "not", "confirm", "the", "report", ".");
    }

    [Fact]
    public void SplitsPossessiveAndVerbClitics()
    {
        AssertTokens("Russia's envoy said they're ready and we've agreed, but I'd wait and you'll see I'm right.",
            "Russia", "'s", "envoy", "said", "they", "'re", "ready", "and", "we", "'ve", "agreed", ",", "but",
            "I", "'d", "wait", "and", "you", "'ll", "see", "I", "'m", "right", ".");
    }

    [Fact]
    public void SplitsPluralPossessiveApostrophe()
    {
        AssertTokens("The protesters' demands were rejected.",
            "The", "protesters", "'", "demands", "were", "rejected", ".");
    }

    [Fact]
    public void SplitsCliticsWithCurlyApostrophe()
    {
        AssertTokens("Iran’s leader doesn’t plan to attend.",
            "Iran", "’s", "leader", "does", "n’t", "plan", "to", "attend", ".");
    }

    [Fact]
    public void SplitsInformalContractions()
    {
        AssertTokens("\"We're gonna win and they wanna talk, so we gotta listen,\" he said.",
            "\"", "We", "'re", "gon", "na", "win", "and", "they", "wan", "na", "talk", ",", "so", "we", "got", "ta",
            "listen", ",", "\"", "he", "said", ".");
    }

    [Fact]
    public void SplitsContractionsWrittenWithoutApostrophe()
    {
        AssertTokens("i dont know why they cant come",
            "i", "do", "nt", "know", "why", "they", "ca", "nt", "come");
    }

    [Fact]
    public void KeepsNamesWithApostrophesWhole()
    {
        AssertTokens("Police arrested Sean O'Brien on Tuesday.",
            "Police", "arrested", "Sean", "O'Brien", "on", "Tuesday", ".");
    }

    [Fact]
    public void KeepsDecadesWithApostropheWhole()
    {
        AssertTokens("Unrest in the '90s and the 1970's shaped the party.",
            "Unrest", "in", "the", "'90s", "and", "the", "1970's", "shaped", "the", "party", ".");
    }

    [Fact]
    public void KeepsTitlesAndInitialsWithTheirPeriod()
    {
        AssertTokens("Gen. Mark A. Milley met Sen. Jack Reed and Dr. Jill Biden.",
            "Gen.", "Mark", "A.", "Milley", "met", "Sen.", "Jack", "Reed", "and", "Dr.", "Jill", "Biden", ".");
    }

    [Fact]
    public void KeepsChainedInitials()
    {
        AssertTokens("J. R. R. Tolkien served in the war.",
            "J.", "R.", "R.", "Tolkien", "served", "in", "the", "war", ".");
    }

    [Fact]
    public void SplitsPeriodOffSentenceFinalAbbreviation()
    {
        AssertTokens("The troops are returning to the U.S. The first flight lands today.",
            "The", "troops", "are", "returning", "to", "the", "U.S", ".", "The", "first", "flight", "lands", "today", ".");
    }

    [Fact]
    public void SplitsPeriodOffAbbreviationAtEndOfText()
    {
        AssertTokens("The deal was signed by Acme Corp.", "The", "deal", "was", "signed", "by", "Acme", "Corp", ".");
    }

    [Fact]
    public void KeepsAbbreviationBeforeNameOrLowercaseWord()
    {
        AssertTokens("U.S. Army officials and Acme Inc. executives met on Dec. 3 at 5 p.m. local time.",
            "U.S.", "Army", "officials", "and", "Acme", "Inc.", "executives", "met", "on", "Dec.", "3", "at", "5",
            "p.m.", "local", "time", ".");
    }

    [Fact]
    public void KeepsLatinAbbreviations()
    {
        AssertTokens("Allies, e.g. France, i.e. the largest, etc. will attend vs. last year.",
            "Allies", ",", "e.g.", "France", ",", "i.e.", "the", "largest", ",", "etc.", "will", "attend", "vs.",
            "last", "year", ".");
    }

    [Fact]
    public void TreatsNoAsAbbreviationOnlyBeforeANumber()
    {
        AssertTokens("He said no. The No. 2 official agreed.",
            "He", "said", "no", ".", "The", "No.", "2", "official", "agreed", ".");
    }

    [Fact]
    public void SplitsOrdinaryHyphenatedCompounds()
    {
        AssertTokens("The 8-hour search-engine outage hit pro-government sites.",
            "The", "8", "-", "hour", "search", "-", "engine", "outage", "hit", "pro-government", "sites", ".");
    }

    [Fact]
    public void KeepsBoundPrefixesAcrossHyphen()
    {
        AssertTokens("Non-violent co-workers e-mailed ex-members about post-war re-election plans in mid-July.",
            "Non-violent", "co-workers", "e-mailed", "ex-members", "about", "post-war", "re-election", "plans", "in",
            "mid-July", ".");
        AssertTokens("The Vice-President met the vice-chancellor.", "The", "Vice-President", "met", "the", "vice-chancellor", ".");
    }

    [Fact]
    public void SplitsHyphenatedNames()
    {
        AssertTokens("Al-Qaeda claimed the attack on Jean-Pierre's office.",
            "Al", "-", "Qaeda", "claimed", "the", "attack", "on", "Jean", "-", "Pierre", "'s", "office", ".");
    }

    [Fact]
    public void KeepsPhoneNumbersAndDatesWhole()
    {
        AssertTokens("Call 713-853-3989 or 1-800-555-0199 before 2016-10-20.",
            "Call", "713-853-3989", "or", "1-800-555-0199", "before", "2016-10-20", ".");
    }

    [Fact]
    public void KeepsDayMonthYearDatesWhole()
    {
        AssertTokens("The filing dated 01-Feb-02 was amended on 20-Oct-2016.",
            "The", "filing", "dated", "01-Feb-02", "was", "amended", "on", "20-Oct-2016", ".");
    }

    [Fact]
    public void SplitsNumericRangesAndScores()
    {
        AssertTokens("The 1969-1970 season ended 3-4 after pages 10-12.",
            "The", "1969", "-", "1970", "season", "ended", "3", "-", "4", "after", "pages", "10", "-", "12", ".");
    }

    [Fact]
    public void KeepsDecimalsThousandsAndTimesWhole()
    {
        AssertTokens("About 1,000.5 tonnes, or 3.5 percent, arrived at 10:30 on 9/11.",
            "About", "1,000.5", "tonnes", ",", "or", "3.5", "percent", ",", "arrived", "at", "10:30", "on", "9/11", ".");
    }

    [Fact]
    public void SplitsCurrencyAndPercentSigns()
    {
        AssertTokens("Prices rose 10% to $5 billion, or £4.2 billion.",
            "Prices", "rose", "10", "%", "to", "$", "5", "billion", ",", "or", "£", "4.2", "billion", ".");
    }

    [Fact]
    public void SplitsUnitsAttachedToNumbers()
    {
        AssertTokens("The 5pm curfew covers a 10km zone around the 35mm gun.",
            "The", "5", "pm", "curfew", "covers", "a", "10", "km", "zone", "around", "the", "35", "mm", "gun", ".");
    }

    [Fact]
    public void KeepsDecadesAndOrdinalsWhole()
    {
        AssertTokens("In the 1990s the 3rd Division and 21st Brigade withdrew.",
            "In", "the", "1990s", "the", "3rd", "Division", "and", "21st", "Brigade", "withdrew", ".");
    }

    [Fact]
    public void SplitsStraightAndCurlyQuotes()
    {
        AssertTokens("“We will not retreat,” she said, calling it ‘unacceptable’ and \"illegal\".",
            "“", "We", "will", "not", "retreat", ",", "”", "she", "said", ",", "calling", "it", "‘", "unacceptable", "’",
            "and", "\"", "illegal", "\"", ".");
    }

    [Fact]
    public void SplitsBracketsColonsAndSemicolons()
    {
        AssertTokens("Officials (two of them) said: talks failed; [sic] more {later}.",
            "Officials", "(", "two", "of", "them", ")", "said", ":", "talks", "failed", ";", "[", "sic", "]", "more",
            "{", "later", "}", ".");
    }

    [Fact]
    public void SplitsDashes()
    {
        AssertTokens("The vote -- delayed twice — passed 52–48 late–Tuesday.",
            "The", "vote", "--", "delayed", "twice", "—", "passed", "52", "–", "48", "late", "–", "Tuesday", ".");
    }

    [Fact]
    public void KeepsEllipsesAndRepeatedMarksTogether()
    {
        AssertTokens("Wait... what?! No way!!! Well…",
            "Wait", "...", "what", "?!", "No", "way", "!!!", "Well", "…");
    }

    [Fact]
    public void KeepsUrlsWholeAndSplitsTrailingPeriod()
    {
        AssertTokens("Details are at http://www.example.com/news/2016-10-20.html?id=7. See also www.un.org/en.",
            "Details", "are", "at", "http://www.example.com/news/2016-10-20.html?id=7", ".", "See", "also",
            "www.un.org/en", ".");
    }

    [Fact]
    public void KeepsUrlInsideParenthesesWithoutTheBracket()
    {
        AssertTokens("(source: https://example.org/a_b)", "(", "source", ":", "https://example.org/a_b", ")");
    }

    [Fact]
    public void KeepsEmailAddressesWhole()
    {
        AssertTokens("Send tips to news.desk@example.co.uk.", "Send", "tips", "to", "news.desk@example.co.uk", ".");
    }

    [Fact]
    public void KeepsHandlesHashtagsAndEmoticonsWhole()
    {
        AssertTokens("Thanks @UN_News for the update #Syria :-) ;)",
            "Thanks", "@UN_News", "for", "the", "update", "#Syria", ":-)", ";)");
    }

    [Fact]
    public void DoesNotMistakeColonLetterForEmoticon()
    {
        AssertTokens("Note:Delegates arrive at 10:00.", "Note", ":", "Delegates", "arrive", "at", "10:00", ".");
    }

    [Fact]
    public void KeepsCompanyAmpersandAcronymsWhole()
    {
        AssertTokens("AT&T and Johnson & Johnson reported Q&A sessions.",
            "AT&T", "and", "Johnson", "&", "Johnson", "reported", "Q&A", "sessions", ".");
    }

    [Fact]
    public void SplitsSlashBetweenWords()
    {
        AssertTokens("Ministers and/or deputies attend 24/7 w/o notice.",
            "Ministers", "and", "/", "or", "deputies", "attend", "24", "/", "7", "w/o", "notice", ".");
    }

    [Fact]
    public void SplitsItsOnlyWhenItMeansItIs()
    {
        AssertTokens("its a shame the party lost its majority",
            "it", "s", "a", "shame", "the", "party", "lost", "its", "majority");
    }

    [Fact]
    public void KeepsDoubleQuoteMadeOfTwoApostrophes()
    {
        AssertTokens("He called it ''final'' today.", "He", "called", "it", "''", "final", "''", "today", ".");
    }

    [Fact]
    public void TokenizesAccentedAndNonLatinWords()
    {
        AssertTokens("Café owner Zoë met Владимир Путин in 北京.",
            "Café", "owner", "Zoë", "met", "Владимир", "Путин", "in", "北京", ".");
    }

    [Fact]
    public void KeepsEmojiSequencesTogether()
    {
        AssertTokens("Fans cheered 👍🏽 and 🇺🇦!", "Fans", "cheered", "👍🏽", "and", "🇺🇦", "!");
    }

    [Fact]
    public void EveryTokenTextEqualsTheOriginalSubstring()
    {
        const string text = "  The U.S. and E.U. didn't agree;\r\nMr. Lee's 3.5% rise — \"odd\" — cost $1,000 (roughly).\n\nNext:";
        var starts = new List<int>();
        var ends = new List<int>();
        new Tokenizer().Tokenize(text, starts, ends);
        Document doc = DocumentFactory.Create("sample", text, new Tokenizer(), new SentenceSplitter());
        Assert.Equal(starts.Count, doc.TokenCount);
        int previousEnd = 0;
        for (int i = 0; i < doc.TokenCount; i++)
        {
            Token token = doc[i];
            Assert.Equal(text.Substring(starts[i], ends[i] - starts[i]), token.ToString());
            Assert.True(token.Start >= previousEnd);
            Assert.True(token.End > token.Start);
            Assert.DoesNotContain(token.ToString(), char.IsWhiteSpace);
            previousEnd = token.End;
        }
    }
}
