using Parley.Syntax.Lemmatization;
using Parley.Text;

namespace Parley.Syntax.Tagging;

/// <summary>
/// Rule-based corrections of the tagger's output where news states its main events: a past form between a subject
/// and its object is a finite past tense ("Russian troops attacked Ukrainian soldiers", however the tagger read
/// "attacked"), a verb of planning or wanting between a named subject and an infinitive is a verb ("Arvania plans
/// to …", not the noun "plans"), and an "-ing" form after a preposition is a gerund ("joined Arvania in voting against
/// the plan"). The first two apply only where the sentence, or its stretch between commas, would otherwise have no
/// finite verb at all.
/// </summary>
internal sealed class TagCorrections
{
    private readonly TagSet _tags;
    private readonly Lemmatizer _lemmatizer;
    private readonly int _pastTense;
    private readonly int _presentThirdPerson;
    private readonly int _gerund;

    public TagCorrections(TagSet tags, Lemmatizer lemmatizer)
    {
        _tags = tags;
        _lemmatizer = lemmatizer;
        _pastTense = tags.Find(UPos.VERB, "VBD");
        _presentThirdPerson = tags.Find(UPos.VERB, "VBZ");
        _gerund = tags.Find(UPos.VERB, "VBG");
    }

    /// <summary>Corrects the tags of the sentence of <paramref name="tags"/>.Length tokens from <paramref name="first"/>.</summary>
    public void Apply(Document document, int first, Span<int> tags)
    {
        if (_pastTense >= 0)
        {
            CorrectBarePastForms(document, first, tags);
        }
        if (_presentThirdPerson >= 0)
        {
            CorrectPlanningVerbs(document, first, tags);
        }
        if (_gerund >= 0)
        {
            CorrectGerunds(document, first, tags);
        }
    }

    /// <summary>
    /// "Belmoria joined Arvania in voting against the plan", "Gondor replied by closing the border": an "-ing" form
    /// right after a preposition (not "of"), with no determiner, that is a form of a verb the treebank knows and that
    /// takes an object or a prepositional phrase, is that verb form (UD tags gerunds as verbs), not a noun.
    /// </summary>
    private void CorrectGerunds(Document document, int first, Span<int> tags)
    {
        for (int i = 1; i + 1 < tags.Length; i++)
        {
            ReadOnlySpan<char> word = document.TokenText(first + i);
            if (_tags.Xpos(tags[i]) == "NN" && word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal)
                && _tags.Xpos(tags[i - 1]) == "IN" && !document.TokenText(first + i - 1).Equals("of", StringComparison.OrdinalIgnoreCase)
                && _tags.Xpos(tags[i + 1]) is "DT" or "PRP" or "PRP$" or "NNP" or "NNPS" or "CD" or "IN" or "TO"
                && IsGerund(word))
            {
                tags[i] = _gerund;
            }
        }
    }

    /// <summary>
    /// "Russian troops attacked Ukrainian soldiers": a past form right after a noun, with no auxiliary before it and
    /// an object after it, is a finite past tense (VBD), not a participle (VBN); the tagger confuses the two forms
    /// most where news states its main events. A past form it took for an adjective, adverb or noun ("rebels shot
    /// two soldiers", "the envoy undertook a tour of the region") is one too, when its stretch of the sentence
    /// between commas has no other finite verb.
    /// </summary>
    private void CorrectBarePastForms(Document document, int first, Span<int> tags)
    {
        for (int i = 1; i + 1 < tags.Length; i++)
        {
            // "Russia never attacked Ukraine": adverbs may stand between the subject and its verb.
            int before = i - 1;
            while (before > 0 && _tags.Xpos(tags[before]) == "RB")
            {
                before--;
            }
            // "Kenzo Oshima, the UN relief coordinator, demanded access": the subject's apposition ends in a comma.
            before = AppositionStart(tags, before);
            string xpos = _tags.Xpos(tags[i]);
            bool participle = xpos == "VBN";
            if (!(IsNoun(_tags.Xpos(tags[before])) || _tags.Xpos(tags[before]) == "PRP"))
            {
                continue;
            }
            bool objectAfter = _tags.Xpos(tags[i + 1]) is "DT" or "JJ" or "NNP" or "NNPS" or "PRP$" or "CD" or "NNS" or "NN" or "PRP" or "VBN";
            // The word's own tests (lemma tables, the other verbs of its stretch) come last: they cost the most.
            if (participle ? !objectAfter && !IsOnlyVerbOfStatement(tags, i) : !objectAfter || !IsMistakenPastForm(document, first + i, xpos, tags, i))
            {
                continue;
            }
            bool auxiliary = false;
            for (int j = Math.Max(0, before - 4); j < i && !auxiliary; j++)
            {
                auxiliary = _tags.Upos(tags[j]) == UPos.AUX || _tags.Xpos(tags[j]) is "WDT" or "WP" or "TO";
            }
            if (!auxiliary)
            {
                tags[i] = _pastTense;
            }
        }
    }

    /// <summary>
    /// A past form of a verb that the tagger called an adjective, adverb or (unknown to the treebank as a noun) a
    /// common noun, alone in its stretch of the sentence without another finite verb ("a man aged 40 was
    /// arrested" keeps its adjective) and, for an adjective, not right before a bare noun.
    /// </summary>
    private bool IsMistakenPastForm(Document document, int token, string xpos, ReadOnlySpan<int> tags, int i)
    {
        ReadOnlySpan<char> word = document.TokenText(token);
        if (xpos is not ("JJ" or "RB" or "NN") || word.Length < 3 || !char.IsLower(word[0]) || !_lemmatizer.IsPastForm(word)
            || (xpos == "NN" && _lemmatizer.Knows(word, "NN")))
        {
            return false;
        }
        // "the militia's armed wing": an adjective right before a bare noun describes it.
        if (xpos == "JJ" && _tags.Xpos(tags[i + 1]) is "NN" or "NNS" or "JJ")
        {
            return false;
        }
        return !HasOtherFiniteVerb(tags, i);
    }

    /// <summary>
    /// "Arvania plans to attack Belmoria", "Gondor wants to meet Arnor": a word the treebank has as a present-tense
    /// verb, tagged a plural noun right after a name or pronoun and right before "to" and a verb, is that verb, when
    /// its stretch of the sentence has no other finite verb ("Arvania's plans to …" keeps its noun).
    /// </summary>
    private void CorrectPlanningVerbs(Document document, int first, Span<int> tags)
    {
        for (int i = 1; i + 2 < tags.Length; i++)
        {
            int before = i - 1;
            while (before > 0 && _tags.Xpos(tags[before]) == "RB")
            {
                before--;
            }
            ReadOnlySpan<char> word = document.TokenText(first + i);
            if (_tags.Xpos(tags[i]) == "NNS" && _tags.Xpos(tags[before]) is "NNP" or "NNPS" or "PRP"
                && _tags.Xpos(tags[i + 1]) == "TO" && _tags.Xpos(tags[i + 2]) == "VB" && char.IsLower(word[0])
                && _lemmatizer.Knows(word, "VBZ") && !HasOtherFiniteVerb(tags, i))
            {
                tags[i] = _presentThirdPerson;
            }
        }
    }

    /// <summary>An "-ing" form the treebank has as a gerund-participle, or whose verb lemma it knows ("voting": vote).</summary>
    private bool IsGerund(ReadOnlySpan<char> word)
    {
        if (_lemmatizer.Knows(word, "VBG"))
        {
            return true;
        }
        string lemma = _lemmatizer.Lemmatize(word, "VBG", UPos.VERB);
        return !word.Equals(lemma, StringComparison.OrdinalIgnoreCase) && _lemmatizer.IsKnownLemma(lemma);
    }

    /// <summary>True when the stretch between the commas (or sentence ends) around <paramref name="i"/> has another finite verb.</summary>
    private bool HasOtherFiniteVerb(ReadOnlySpan<int> tags, int i)
    {
        int start = i;
        while (start > 0 && _tags.Xpos(tags[start - 1]) is not ("," or ":"))
        {
            start--;
        }
        for (int j = start; j < tags.Length && _tags.Xpos(tags[j]) is not ("," or ":"); j++)
        {
            if (j != i && _tags.Xpos(tags[j]) is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Syrian journalists protested on Monday.", "Protesters gathered outside the embassy, chanting slogans.": a
    /// sentence ending in a full stop needs a finite verb, so a past form with no other finite verb beside it is the
    /// past tense even without an object. Headlines ("Two soldiers killed in
    /// blast") have no full stop and keep their participle.
    /// </summary>
    private bool IsOnlyVerbOfStatement(ReadOnlySpan<int> tags, int verb)
    {
        if (_tags.Xpos(tags[^1]) != ".")
        {
            return false;
        }
        for (int j = 0; j < tags.Length; j++)
        {
            if (j != verb && _tags.Xpos(tags[j]) is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The noun before an apposition "NOUN , … NOUN ," that ends at <paramref name="comma"/>, or
    /// <paramref name="comma"/> itself when the tokens there are no such apposition.
    /// </summary>
    private int AppositionStart(ReadOnlySpan<int> tags, int comma)
    {
        if (comma < 3 || _tags.Xpos(tags[comma]) != "," || !IsNoun(_tags.Xpos(tags[comma - 1])))
        {
            return comma;
        }
        for (int k = comma - 2; k >= Math.Max(1, comma - 10); k--)
        {
            string xpos = _tags.Xpos(tags[k]);
            if (xpos == ",")
            {
                return IsNoun(_tags.Xpos(tags[k - 1])) ? k - 1 : comma;
            }
            if (_tags.Upos(tags[k]) is UPos.VERB or UPos.AUX or UPos.PUNCT or UPos.SCONJ or UPos.CCONJ)
            {
                return comma;
            }
        }
        return comma;
    }

    private static bool IsNoun(string xpos) => xpos is "NN" or "NNS" or "NNP" or "NNPS";
}
