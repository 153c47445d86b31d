using Parley.Text;

namespace Parley.Coding.Places;

/// <summary>
/// Chooses where an event happened among the place names of its sentence, from the dependency parse
/// (<see cref="TokenAnnotations.Head"/> and <see cref="TokenAnnotations.Relation"/>).
/// </summary>
/// <remarks>
/// <para>First choice: a place attached to the trigger's own clause through a locative oblique: an obl or nmod whose
/// case marker is "in", "at", "near", "outside" (or "inside", "within", "across", "throughout", "around"), hanging
/// from the trigger directly ("met in Geneva") or through the trigger's nominal dependents ("attacked the village in
/// Aleppo province", "met at the chancellery in Berlin"), or from a verb the trigger controls ("agreed to meet in
/// Geneva"). A place name that modifies or names a designator noun counts as that noun ("Aleppo province", "the city
/// of Aleppo"), and so does a name in apposition or coordination ("in Kramatorsk, Ukraine", "in Aleppo and Idlib").
/// When the trigger is a noun that is an argument of a verb ("carried out an attack"), the verb's obliques count
/// too. The walk up from the place stops at an oblique about time, circumstance or topic ("after talks in Paris",
/// "called for talks in Geneva"): the event did not necessarily happen there. Several attached places: a city before a country (the finer place), then the one closest in the tree, then
/// in the text.</para>
/// <para>Otherwise: another place of the same sentence, preferring one after a locative case marker or preposition,
/// then one in any other oblique ("from Aleppo"), a city before a country, the closest to the trigger. Places that
/// are subjects, objects or possessors ("Russia attacked Kyiv", "Ukraine's army") are actors, which the coder codes
/// as such, and are never chosen; nor are names that modify another noun ("Kyiv officials").</para>
/// <para>Never a place from another sentence; null when nothing qualifies, and the caller may use the story's
/// dateline. On an unparsed sentence (no heads) only the preposition before a name is used.</para>
/// </remarks>
public static class EventPlaceSelector
{
    private const int MaximumClimb = 8;

    /// <summary>The place of the event triggered by token <paramref name="triggerToken"/>, or null.</summary>
    /// <param name="document">The annotated document.</param>
    /// <param name="mentions">Place mentions (from <see cref="PlaceFinder"/>); those outside the trigger's sentence are ignored.</param>
    /// <param name="triggerToken">Document-wide index of the event's trigger (its verb or noun).</param>
    public static PlaceMention? Select(Document document, IReadOnlyList<PlaceMention> mentions, int triggerToken) =>
        SelectAttached(document, mentions, triggerToken) ?? SelectInSentence(document, mentions, triggerToken);

    /// <summary>
    /// Only the first choice: the place attached to the trigger's clause through a locative oblique, or null.
    /// </summary>
    public static PlaceMention? SelectAttached(Document document, IReadOnlyList<PlaceMention> mentions, int triggerToken)
    {
        Check(document, mentions, triggerToken);
        var tree = new SentenceTree(document, document.SentenceOf(triggerToken));
        int clauseHead = tree.GoverningVerb(triggerToken);
        PlaceMention? best = null;
        int bestSteps = int.MaxValue;
        foreach (PlaceMention mention in mentions)
        {
            if (!tree.Contains(mention))
            {
                continue;
            }
            int role = tree.Role(tree.NameHead(mention));
            if (!tree.HasAttachingCase(role))
            {
                continue;
            }
            int steps = tree.StepsTo(role, triggerToken, clauseHead);
            if (steps >= 0 && (best is null || AttachedBetter(mention, steps, best, bestSteps, triggerToken)))
            {
                best = mention;
                bestSteps = steps;
            }
        }
        return best;
    }

    private static PlaceMention? SelectInSentence(Document document, IReadOnlyList<PlaceMention> mentions, int triggerToken)
    {
        var tree = new SentenceTree(document, document.SentenceOf(triggerToken));
        PlaceMention? best = null;
        int bestRank = int.MaxValue;
        foreach (PlaceMention mention in mentions)
        {
            if (!tree.Contains(mention))
            {
                continue;
            }
            int rank = tree.FallbackRank(mention);
            if (rank < 0)
            {
                continue;
            }
            if (best is null || rank < bestRank
                || (rank == bestRank && Distance(mention, triggerToken) < Distance(best, triggerToken)))
            {
                best = mention;
                bestRank = rank;
            }
        }
        return best;
    }

    private static bool AttachedBetter(PlaceMention mention, int steps, PlaceMention best, int bestSteps, int trigger)
    {
        if (mention.IsCountry != best.IsCountry)
        {
            return !mention.IsCountry;
        }
        if (steps != bestSteps)
        {
            return steps < bestSteps;
        }
        return Distance(mention, trigger) < Distance(best, trigger);
    }

    private static int Distance(PlaceMention mention, int trigger) =>
        trigger < mention.FirstToken ? mention.FirstToken - trigger : Math.Max(0, trigger - (mention.EndToken - 1));

    private static void Check(Document document, IReadOnlyList<PlaceMention> mentions, int triggerToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentOutOfRangeException.ThrowIfNegative(triggerToken);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(triggerToken, document.TokenCount);
    }

    /// <summary>The dependency tree of one sentence, with the walks the selector needs.</summary>
    private readonly struct SentenceTree
    {
        private readonly Document _document;
        private readonly int[] _head;
        private readonly string[] _relation;
        private readonly int _first;
        private readonly int _end;

        public SentenceTree(Document document, int sentence)
        {
            Sentence s = document.GetSentence(sentence);
            _document = document;
            _head = document.Annotations.Head;
            _relation = document.Annotations.Relation;
            _first = s.FirstToken;
            _end = s.EndToken;
        }

        public bool Contains(PlaceMention mention) => mention.FirstToken >= _first && mention.EndToken <= _end;

        /// <summary>The token of the name whose head lies outside it ("York" of "New York").</summary>
        public int NameHead(PlaceMention mention)
        {
            for (int t = mention.FirstToken; t < mention.EndToken; t++)
            {
                int h = _head[t];
                if (h < mention.FirstToken || h >= mention.EndToken)
                {
                    return t;
                }
            }
            return mention.EndToken - 1;
        }

        /// <summary>
        /// The token that carries the name's role in the clause: the name itself, or the designator noun it
        /// modifies or names ("province" of "Aleppo province"), or the first of a coordination or apposition.
        /// </summary>
        public int Role(int token)
        {
            int r = token;
            for (int i = 0; i < 4; i++)
            {
                int p = Head(r);
                if (p < 0)
                {
                    break;
                }
                ReadOnlySpan<char> rel = BaseRelation(r);
                bool toDesignator = IsDesignator(p)
                    && (rel is "compound" or "flat" || (rel is "nmod" && HasCase(r, "of")));
                bool toNominal = rel is ("appos" or "conj") && IsNominal(p);
                if (!toDesignator && !toNominal)
                {
                    break;
                }
                r = p;
            }
            return r;
        }

        /// <summary>True when <paramref name="role"/> is an obl or nmod with a locative case marker.</summary>
        public bool HasAttachingCase(int role)
        {
            if (BaseRelation(role) is not ("obl" or "nmod"))
            {
                return false;
            }
            for (int t = _first; t < _end; t++)
            {
                if (_head[t] == role && _relation[t] == "case" && PlaceWords.IsAttachingCase(_document.TokenText(t)))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Tree steps from <paramref name="role"/> up to the trigger (or its governing verb) through nominal links; -1 when it leaves the clause.</summary>
        public int StepsTo(int role, int trigger, int clauseHead)
        {
            int p = Head(role);
            for (int steps = 1; p >= 0 && steps <= MaximumClimb; steps++)
            {
                if (p == trigger || p == clauseHead)
                {
                    return steps;
                }
                ReadOnlySpan<char> rel = BaseRelation(p);
                bool chain = rel is "obl" or "nmod" or "obj" or "iobj" or "nsubj" or "compound" or "appos" or "flat" or "xcomp"
                    || (rel is "conj" && IsNominal(p));
                if (!chain || (rel is ("obl" or "nmod") && HasDetachingCase(p)))
                {
                    return -1;
                }
                p = Head(p);
            }
            return -1;
        }

        /// <summary>The verb whose argument a noun trigger is ("carried out an attack"), else -1.</summary>
        public int GoverningVerb(int trigger)
        {
            int p = Head(trigger);
            if (p < 0 || !IsNominal(trigger) || BaseRelation(trigger) is not ("obj" or "nsubj" or "obl"))
            {
                return -1;
            }
            UPos upos = _document.Annotations.Upos[p];
            return upos is UPos.VERB or UPos.AUX ? p : -1;
        }

        /// <summary>Rank of a place that is not attached (lower is better), or -1 when it is an actor or a modifier.</summary>
        public int FallbackRank(PlaceMention mention)
        {
            int role = Role(NameHead(mention));
            ReadOnlySpan<char> rel = BaseRelation(role);
            if (rel is "nsubj" or "csubj" or "obj" or "iobj" or "compound" or "flat" or "vocative" || _relation[role] == "nmod:poss")
            {
                return -1;
            }
            bool afterLocative = mention.FirstToken > _first && PlaceWords.IsLocative(_document.TokenText(mention.FirstToken - 1));
            int rank = HasAttachingCase(role) || afterLocative ? 0 : rel is "obl" or "nmod" ? 2 : 4;
            return rank + (mention.IsCountry ? 1 : 0);
        }

        private int Head(int token)
        {
            int h = _head[token];
            return h >= _first && h < _end ? h : -1;
        }

        // The universal part of a relation ("obl" of "obl:tmod"), without allocating.
        private ReadOnlySpan<char> BaseRelation(int token)
        {
            ReadOnlySpan<char> rel = _relation[token] ?? "";
            int colon = rel.IndexOf(':');
            return colon < 0 ? rel : rel[..colon];
        }

        private bool HasDetachingCase(int token)
        {
            for (int t = _first; t < _end; t++)
            {
                if (_head[t] == token && _relation[t] == "case" && PlaceWords.IsDetachingCase(_document.TokenText(t)))
                {
                    return true;
                }
            }
            return false;
        }

        private bool HasCase(int token, string word)
        {
            for (int t = _first; t < _end; t++)
            {
                if (_head[t] == token && _relation[t] == "case" && _document.TokenText(t).Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            return false;
        }

        private bool IsNominal(int token) => _document.Annotations.Upos[token] is UPos.NOUN or UPos.PROPN or UPos.PRON or UPos.NUM;

        private bool IsDesignator(int token)
        {
            string lemma = _document.Annotations.Lemma[token];
            return PlaceWords.IsDesignator(lemma.Length > 0 ? lemma : _document.TokenText(token));
        }
    }
}
