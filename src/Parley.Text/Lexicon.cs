using System.Collections.Frozen;

namespace Parley.Text;

/// <summary>How a word followed by a period behaves as an abbreviation.</summary>
internal enum AbbreviationKind
{
    /// <summary>Not an abbreviation: the period is punctuation.</summary>
    None,

    /// <summary>Titles and similar ("Mr.", "Dr.", "vs."): keep the period, never end a sentence.</summary>
    Title,

    /// <summary>Keeps its period only before a number ("No. 5", "pp. 12").</summary>
    BeforeNumber,

    /// <summary>
    /// Keeps its period unless the sentence ends there ("Inc.", "U.S.", "etc."): UD English then
    /// splits the final period off as a separate token.
    /// </summary>
    CanEndSentence,

    /// <summary>A single capital letter ("J."), part of a name unless the sentence clearly ends.</summary>
    Initial,
}

/// <summary>
/// Immutable word lists behind the English tokenizer and sentence splitter, chosen to follow the
/// tokenization of the Universal Dependencies English Web Treebank.
/// </summary>
internal static class Lexicon
{
    // Words that are (almost) never the last word of a sentence when written with a period.
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.Ordinal,
        "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs", "Rev", "Hon", "Fr",
        "Msgr", "Gen", "Col", "Lt", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Gov", "Govs",
        "Sen", "Sens", "Rep", "Reps", "Pres", "Supt", "Insp", "Det", "Atty", "Amb", "Gens", "Lieut", "Cmdt",
        "vs", "Vs", "cf", "viz", "approx", "Approx", "ca", "Attn", "attn",
        "Fig", "fig", "Figs", "Eq", "Vol", "vol", "Vols", "ext", "Ext", "Tel", "tel",
        "Dept", "Univ", "Assn", "Inst", "Intl", "Natl", "Mgr", "Dir", "Sec", "Secy", "Treas", "Dist", "Gov't",
        "P.S", "PS", "P.P.S", "PPS", "et", "esp", "Esp", "Asst", "asst", "Ass't", "Spec");

    // Words that keep their period only when a number follows ("No. 1", "p. 35").
    private static readonly FrozenSet<string> BeforeNumber = FrozenSet.Create(StringComparer.Ordinal,
        "No", "no", "Nos", "nos", "Nr", "nr", "p", "pp", "Art", "art", "Ch", "ch", "Op", "op", "Para", "para",
        "Sect", "sect", "Pt", "pt", "Rm", "rm", "Apt", "apt", "Ps", "Ex", "ex");

    // Abbreviations that may well be the last word of a sentence.
    private static readonly FrozenSet<string> CanEnd = FrozenSet.Create(StringComparer.Ordinal,
        "etc", "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Jr", "Sr", "Esq", "Plc", "Pty", "Mfg", "al", "Assoc",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky",
        "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn",
        "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Ave", "Blvd", "Rd", "Hwy", "Pkwy", "Sq", "Bldg",
        "yrs", "hrs", "mins", "secs", "min", "sec", "lbs", "oz", "ft", "sq", "est", "misc", "Misc", "dept",
        "Mgmt", "mgmt", "govt", "Govt", "cont", "Cont", "St", "Ste", "Sts", "Mt", "Ft", "ect", "INC", "LTD", "CORP",
        "PVT", "Pvt", "Pte", "PTE", "LLP", "CO", "info");

    // Bound prefixes that UD English writes together with the rest of the word across a hyphen.
    private static readonly FrozenSet<string> HyphenPrefixes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "e", "non", "mid", "anti", "pre", "re", "post", "over", "co", "pro", "multi", "ex", "semi", "sub", "cross",
        "neo", "counter", "psycho", "socio", "arch", "intra", "un", "mis", "micro", "inter", "ultra", "extra",
        "macro", "bi", "tri", "de", "quasi", "pseudo", "trans", "infra", "supra", "hyper", "mega", "meta", "geo",
        "uni", "mono", "poly", "auto", "omni", "under", "ante", "vice");

    // Units and multipliers that UD English splits off an attached number ("5pm" -> "5" "pm").
    private static readonly FrozenSet<string> Units = FrozenSet.Create(StringComparer.Ordinal,
        "am", "pm", "AM", "PM", "a.m.", "p.m.", "k", "K", "m", "M", "MM", "mm", "cm", "km", "kg", "g", "mg",
        "lb", "lbs", "oz", "ft", "bn", "b", "B", "BN", "x", "mph", "kph", "hrs", "hr", "yrs", "yr", "mins", "min",
        "ml", "mL", "GB", "MB", "TB", "KB", "gb", "mb", "kb", "tb", "Ghz", "GHz", "Mhz", "MHz", "kw", "kW", "MW", "mw");

    // Contractions written without an apostrophe, with the length of their first word.
    private static readonly FrozenDictionary<string, int> Contractions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["dont"] = 2, ["didnt"] = 3, ["doesnt"] = 4, ["isnt"] = 2, ["wasnt"] = 3, ["couldnt"] = 5,
        ["wouldnt"] = 5, ["shouldnt"] = 6, ["cant"] = 2, ["wont"] = 2, ["arent"] = 3, ["werent"] = 4,
        ["havent"] = 4, ["hasnt"] = 3, ["hadnt"] = 3, ["aint"] = 2, ["im"] = 1, ["ive"] = 1, ["youre"] = 3,
        ["theyre"] = 4, ["thats"] = 4, ["whats"] = 4, ["hes"] = 2, ["gonna"] = 3, ["wanna"] = 3,
        ["gotta"] = 3, ["cannot"] = 3, ["outta"] = 3, ["itll"] = 2, ["alot"] = 1, ["awhile"] = 1,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Capitalised words that very often begin a sentence and rarely continue a name or company
    // after an abbreviation, used to tell "in the U.S. The ..." from "U.S. Army".
    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "My", "Your", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For",
        "With", "As", "After", "Before", "When", "While", "If", "Although", "Though", "Since", "Because",
        "However", "Meanwhile", "Also", "There", "Here", "Some", "Many", "Most", "All", "Not", "Now", "Then",
        "Still", "Other", "Another", "What", "Who", "Why", "How", "Where", "Which", "Thanks", "Thank", "Please",
        "Last", "Earlier", "Later", "According", "During", "Under", "Both", "Each", "Such", "Even", "Only",
        "Yes", "No", "Instead", "Indeed", "Despite", "Officials", "Police", "Let", "Do", "Does", "Did", "Is",
        "Are", "Was", "Were", "Will", "Would", "Can", "Could", "Should", "May", "Has", "Have", "Had",
        "Hi", "Hello", "Dear", "See", "Regards", "Best", "Sincerely", "Cheers", "Oh", "Well", "OK", "Ok", "Okay");

    // Words after which "its" can only be "it's" (its a, its not ...): never a noun or adjective
    // that the possessive "its" would take.
    private static readonly FrozenSet<string> AfterItIs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "not", "really", "still", "simply", "like", "your", "my", "just", "in",
        "from", "for", "been", "getting", "also", "definitely", "now", "nothing", "called", "between", "anyone",
        "about", "because", "gonna", "going", "probably", "actually", "always", "never", "pretty", "too", "ok",
        "okay", "that", "what", "there", "here", "something");

    // Words that continue a clock time ("5:30 PM Eastern", "9:00 AM Monday").
    private static readonly FrozenSet<string> TimeQualifiers = FrozenSet.Create(StringComparer.Ordinal,
        "Eastern", "Central", "Pacific", "Mountain", "ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "MT",
        "MST", "MDT", "GMT", "UTC", "BST", "CET", "CEST", "IST", "JST", "AEST", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Local", "Time");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberLookup = BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CanEndLookup = CanEnd.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup = HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterItIsLookup = AfterItIs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeQualifierLookup = TimeQualifiers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ContractionLookup = Contractions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Classifies <paramref name="word"/> (without its period) as an abbreviation.</summary>
    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > 12)
        {
            return AbbreviationKind.None;
        }
        if (word.Length == 1)
        {
            // "v." is the legal "versus" (Roe v. Wade); other lower-case letters are list labels or typos.
            return CharClass.IsUpper(word[0]) ? AbbreviationKind.Initial
                : word[0] == 'v' ? AbbreviationKind.Title : AbbreviationKind.None;
        }
        if (TitleLookup.Contains(word))
        {
            return AbbreviationKind.Title;
        }
        if (BeforeNumberLookup.Contains(word))
        {
            return AbbreviationKind.BeforeNumber;
        }
        if (CanEndLookup.Contains(word) || IsDottedAcronym(word))
        {
            return AbbreviationKind.CanEndSentence;
        }
        return AbbreviationKind.None;
    }

    /// <summary>"U.S", "a.m", "e.g", "Ph.D": letter groups of one or two separated by single periods.</summary>
    public static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        int group = 0;
        bool sawDot = false;
        foreach (char c in word)
        {
            if (c == '.')
            {
                if (group == 0)
                {
                    return false;
                }
                sawDot = true;
                group = 0;
            }
            else if (CharClass.IsLetter(c) && group < 2)
            {
                group++;
            }
            else
            {
                return false;
            }
        }
        return sawDot && group > 0;
    }

    /// <summary>True for bound prefixes such as "non" or "re" that stay joined across a hyphen.</summary>
    public static bool IsHyphenPrefix(ReadOnlySpan<char> segment) => segment.Length <= 7 && PrefixLookup.Contains(segment);

    /// <summary>True for unit words split off an attached number.</summary>
    public static bool IsUnit(ReadOnlySpan<char> suffix) => suffix.Length <= 4 && UnitLookup.Contains(suffix);

    /// <summary>True for capitalised words that usually start a sentence.</summary>
    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => word.Length <= 12 && StarterLookup.Contains(word);

    /// <summary>True for time zones and weekdays that continue a clock time.</summary>
    public static bool IsTimeQualifier(ReadOnlySpan<char> word) => word.Length <= 12 && TimeQualifierLookup.Contains(word);

    /// <summary>True when "its" followed by <paramref name="nextWord"/> must be "it's" without its apostrophe.</summary>
    public static bool FollowsItIs(ReadOnlySpan<char> nextWord) => nextWord.Length <= 12 && AfterItIsLookup.Contains(nextWord);

    /// <summary>Length of the first word of an apostrophe-less contraction ("dont" gives 2), or 0.</summary>
    public static int ContractionSplit(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 8 || !ContractionLookup.TryGetValue(word, out int split))
        {
            return 0;
        }
        // "IM" in capitals is the instant message, not "I'm".
        if (word.Length == 2 && word[1] == 'M')
        {
            return 0;
        }
        return split;
    }
}
