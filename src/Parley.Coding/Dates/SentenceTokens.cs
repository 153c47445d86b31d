using System.Collections.Frozen;
using Parley.Text;

namespace Parley.Coding.Dates;

/// <summary>
/// The tokens [<see cref="First"/>, <see cref="End"/>) of one sentence, with the word, tag and tree queries the date
/// rules need. Every query is safe for indices outside the sentence (it answers "no"), so rules can look around
/// without bounds checks. Tags and trees are used when the document has them and ignored otherwise.
/// </summary>
internal readonly struct SentenceTokens
{
    // Governors whose infinitive complement is planned rather than done: "talks are due to resume on Saturday".
    private static readonly FrozenSet<string> FutureGovernors =
        FrozenSet.Create(StringComparer.Ordinal, "schedule", "plan", "expect", "due", "set", "intend", "aim", "likely", "poised", "prepare");

    public SentenceTokens(Document document, int first, int end)
    {
        Document = document;
        First = first;
        End = end;
        Tagged = first < end && document.Annotations.Upos[first] != UPos.None;
        bool parsed = false;
        int[] heads = document.Annotations.Head;
        for (int t = first; t < end && !parsed; t++)
        {
            parsed = heads[t] >= 0;
        }
        Parsed = parsed;
    }

    public Document Document { get; }

    public int First { get; }

    public int End { get; }

    /// <summary>True when the tagger has run over the sentence.</summary>
    public bool Tagged { get; }

    /// <summary>True when the parser has run over the sentence (some token has a head).</summary>
    public bool Parsed { get; }

    public bool InRange(int i) => i >= First && i < End;

    public DateWord Word(int i) => Word(i, out _);

    public DateWord Word(int i, out bool hasPeriod)
    {
        hasPeriod = false;
        return InRange(i) ? DateWords.Find(Document.TokenText(i), out hasPeriod) : default;
    }

    public DateWordKind Kind(int i) => Word(i).Kind;

    public bool Is(int i, string word) => InRange(i) && Document.TokenText(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public ReadOnlySpan<char> Text(int i) => InRange(i) ? Document.TokenText(i) : default;

    public bool IsCapitalized(int i) => InRange(i) && char.IsUpper(Document.TokenText(i)[0]);

    public UPos Upos(int i) => InRange(i) ? Document.Annotations.Upos[i] : UPos.None;

    /// <summary>The head of <paramref name="i"/> inside the sentence, or -1.</summary>
    public int Head(int i)
    {
        int head = InRange(i) ? Document.Annotations.Head[i] : -1;
        return InRange(head) && head != i ? head : -1;
    }

    public string Relation(int i) => InRange(i) ? Document.Annotations.Relation[i] ?? "" : "";

    /// <summary>True when token <paramref name="i"/> is a preposition that may introduce the date kind <paramref name="flag"/>.</summary>
    public bool IsIntroducer(int i, int flag)
    {
        DateWord word = Word(i);
        return word.Kind == DateWordKind.Introducer && (word.Value & flag) != 0;
    }

    /// <summary>True when the tagger called token <paramref name="i"/> a verb or auxiliary: modal "May", verb "March".</summary>
    public bool IsTaggedVerb(int i) => Upos(i) is UPos.VERB or UPos.AUX;

    /// <summary>
    /// True when token <paramref name="i"/> ends a name begun by the capitalised word before it, as in "Theresa May"
    /// or "USA Today". The word before must not be a date word; when tagged it must be a proper noun (so "Police
    /// Today..." in a headline is a date), and with a tree the two words must be joined as <c>flat</c> or
    /// <c>compound</c>.
    /// </summary>
    public bool PrecededByName(int i)
    {
        int before = i - 1;
        if (!IsCapitalized(before) || !char.IsLetter(Text(before)[0]) || Kind(before) != DateWordKind.None)
        {
            return false;
        }
        if (Parsed)
        {
            return (Head(i) == before && IsNamePart(Relation(i))) || (Head(before) == i && IsNamePart(Relation(before)));
        }
        return !Tagged || Upos(before) == UPos.PROPN;
    }

    /// <summary>
    /// True when token <paramref name="i"/> starts a name such as "Sunday Times". With a tree: the word and the next
    /// are joined as <c>compound</c> or <c>flat</c> (whichever is the head), or "the" precedes and the next word is
    /// capitalised. Without one: the next word is capitalised, not a date word, and (when tagged) a proper noun. Callers
    /// ask only when no preposition introduces the word, since "on Saturday Russia attacked" is a date.
    /// </summary>
    public bool FollowedByName(int i)
    {
        int next = i + 1;
        bool capitalizedNext = IsCapitalized(next) && char.IsLetter(Text(next)[0]) && Kind(next) is not (DateWordKind.Month or DateWordKind.Weekday);
        if (Parsed)
        {
            // The parser may make either word the head of "Sunday Times"; after "the" the capital is enough.
            return (IsNamePart(Relation(i)) && Head(i) > i) || (capitalizedNext && (Is(i - 1, "the")
                || (Head(next) == i && IsNamePart(Relation(next)))));
        }
        return capitalizedNext && (!Tagged || Upos(next) == UPos.PROPN);
    }

    /// <summary>
    /// True when number token <paramref name="t"/> counts things rather than naming a day or year: "1988 people",
    /// "in October 20 people died". With a tree: it is a <c>nummod</c> of a word that is not a month. Tagged only: the
    /// next word is a plural noun. Untagged: never.
    /// </summary>
    public bool IsQuantity(int t)
    {
        if (Parsed)
        {
            return Relation(t) == "nummod" && Kind(Head(t)) != DateWordKind.Month;
        }
        return Tagged && InRange(t + 1) && Document.Annotations.Xpos[t + 1] is "NNS" or "NNPS";
    }

    /// <summary>
    /// The token of [<paramref name="start"/>, <paramref name="end"/>) whose head lies outside the range (the phrase's
    /// syntactic head), or -1 when the sentence is not parsed or every head is inside.
    /// </summary>
    public int Anchor(int start, int end)
    {
        if (!Parsed)
        {
            return -1;
        }
        for (int t = start; t < end; t++)
        {
            int head = Document.Annotations.Head[t];
            if (head < start || head >= end)
            {
                return t;
            }
        }
        return -1;
    }

    /// <summary>
    /// True when the clause of the phrase [<paramref name="start"/>, <paramref name="end"/>) speaks of the future: its
    /// predicate has "will", "'ll" or "shall"; or it is the complement of "due", "expected", "scheduled", "likely"...
    /// ("talks are due to resume on Thursday") or hangs on one in the present ("the vote is expected on 8 November"); or it is an infinitive or adverbial clause of a predicate that is
    /// ("will vote against it when it comes up in March"). Needs a tree; without one the answer is always false, and
    /// dates default to the past.
    /// </summary>
    public bool IsFutureContext(int start, int end)
    {
        int node = Anchor(start, end);
        for (int steps = 0; node >= 0 && steps < End - First; steps++)
        {
            if (HasFutureAuxiliary(node) || IsPlannedComplement(node) || IsPlannedPredicate(node) || HasPlanningAdjective(node))
            {
                return true;
            }
            string relation = Relation(node);
            // A verb ends the search unless its clause takes its tense from the one above: "tried to meet on
            // Saturday" is as past as "tried", while a reported clause ("said they attacked on Saturday") keeps its own.
            if (Upos(node) == UPos.VERB && relation != "xcomp" && !relation.StartsWith("advcl", StringComparison.Ordinal))
            {
                return false;
            }
            node = Head(node);
        }
        return false;
    }

    // The parser attaches the infinitive of "due to resume" as xcomp or ccomp, and "expected to be 5 May" at the date;
    // it may also read "due to" as one preposition and make "resume" a conjunct of "due": an infinitive right after
    // "to" is the planning word's complement whatever its relation.
    private bool IsPlannedComplement(int node)
    {
        string relation = Relation(node);
        int governor = Head(node);
        if (governor < 0 || !FutureGovernors.Contains(Document.Annotations.Lemma[governor] ?? ""))
        {
            return false;
        }
        return relation is "xcomp" or "ccomp"
            || (Upos(node) == UPos.VERB && node > governor && node - 1 >= First && Document.TokenText(node - 1).Equals("to", StringComparison.OrdinalIgnoreCase));
    }

    // "A decision is due on Thursday", parsed with the date as the head and "due" as its modifier: an adjective of
    // planning ("due", "likely") hung on the date phrase still puts it ahead.
    private bool HasPlanningAdjective(int node)
    {
        int[] heads = Document.Annotations.Head;
        for (int t = First; t < End; t++)
        {
            if (heads[t] == node && Upos(t) == UPos.ADJ && FutureGovernors.Contains(Document.Annotations.Lemma[t] ?? ""))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsNamePart(string relation) =>
        relation.StartsWith("compound", StringComparison.Ordinal) || relation.StartsWith("flat", StringComparison.Ordinal);

    /// <summary>The characters from the first token of the range to the last.</summary>
    public string TextOf(int start, int end)
    {
        int from = Document.TokenStarts[start];
        return Document.Text.Substring(from, Document.TokenEnds[end - 1] - from);
    }

    // "is expected ... on 8 November", "talks are due on Saturday": the parser often hangs the date on the planning word
    // itself. Only its passive or adjectival use counts; "planned the attack on Saturday" is past.
    private bool IsPlannedPredicate(int node)
    {
        if (!FutureGovernors.Contains(Document.Annotations.Lemma[node] ?? ""))
        {
            return false;
        }
        if (Upos(node) == UPos.ADJ)
        {
            return true;
        }
        int[] heads = Document.Annotations.Head;
        for (int t = First; t < End; t++)
        {
            if (heads[t] == node && Relation(t) == "aux:pass" && Upos(t) == UPos.AUX && Document.Annotations.Lemma[t] == "be"
                && !IsPastAuxiliary(t))
            {
                return true;
            }
        }
        return false;
    }

    // "was expected on Saturday" reports an expectation that has passed; "is expected" one still ahead.
    private bool IsPastAuxiliary(int t) => Document.Annotations.Xpos[t] is "VBD" or "VBN";

    private bool HasFutureAuxiliary(int node)
    {
        int[] heads = Document.Annotations.Head;
        for (int t = First; t < End; t++)
        {
            if (heads[t] == node && Relation(t).StartsWith("aux", StringComparison.Ordinal))
            {
                ReadOnlySpan<char> text = Document.TokenText(t);
                if (text.Equals("will", StringComparison.OrdinalIgnoreCase) || text.Equals("shall", StringComparison.OrdinalIgnoreCase)
                    || text.Equals("'ll", StringComparison.OrdinalIgnoreCase) || text.Equals("\u2019ll", StringComparison.OrdinalIgnoreCase)
                    || text.Equals("wo", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
