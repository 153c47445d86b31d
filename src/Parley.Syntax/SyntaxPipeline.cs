using Parley.Syntax.Model;
using Parley.Syntax.Parsing;
using Parley.Syntax.Tagging;
using Parley.Text;

namespace Parley.Syntax;

/// <summary>
/// Tags, lemmatizes and parses documents with a <see cref="SyntaxModel"/>. Holds reusable buffers,
/// so one instance serves one thread; create one per worker (the model itself is shared).
/// </summary>
public sealed class SyntaxPipeline
{
    private readonly SyntaxModel _model;
    private readonly TokenFeatureBuffer _features = new();
    private readonly ParserWorkspace _parser;
    private readonly float[] _tagScores;
    private readonly ulong[] _tagFeatures = new ulong[TaggerFeatures.MaxFeatures];
    private int[] _tags = new int[64];
    private int[] _lookahead = new int[64];
    private readonly ParentheticalElision _elision = new();
    private int[] _heads = new int[64];
    private int[] _labels = new int[64];
    private readonly RelabelWorkspace? _relabel;

    /// <summary>Creates a pipeline over <paramref name="model"/>.</summary>
    public SyntaxPipeline(SyntaxModel model)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _parser = new ParserWorkspace(model.Parser.Labels.Count);
        _tagScores = new float[model.Tagger.Tags.Count];
        _relabel = model.Relabeller != null ? new RelabelWorkspace(model.Parser.Labels.Count) : null;
    }

    /// <summary>The model in use.</summary>
    public SyntaxModel Model => _model;

    /// <summary>Annotates every sentence of <paramref name="document"/> (tags, lemmas, heads, relations).</summary>
    public void Annotate(Document document, CancellationToken cancellationToken = default) =>
        Run(document, tagOnly: false, names: default, sentences: default, cancellationToken);

    /// <summary>
    /// Annotates <paramref name="document"/> knowing which tokens belong to known names (<paramref name="names"/>,
    /// one flag per document token, e.g. the actors a coding dictionary lists): a capitalised name token that the
    /// tagger would call a verb, adverb or the like is tagged a proper noun before parsing, so "Osgiliath
    /// welcomed the talks" gets its subject even when the name was never seen in training.
    /// </summary>
    public void Annotate(Document document, ReadOnlySpan<bool> names, CancellationToken cancellationToken = default) =>
        Annotate(document, names, sentences: default, cancellationToken);

    /// <summary>
    /// As <see cref="Annotate(Document, ReadOnlySpan{bool}, CancellationToken)"/>, but only the sentences flagged in
    /// <paramref name="sentences"/> (one flag per sentence; empty means all): a caller that knows a sentence cannot
    /// matter (an event coder that finds no actor in it) saves its tagging and parsing.
    /// </summary>
    public void Annotate(Document document, ReadOnlySpan<bool> names, ReadOnlySpan<bool> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (names.Length != 0 && names.Length != document.TokenCount)
        {
            throw new ArgumentException("one flag per token expected", nameof(names));
        }
        if (sentences.Length != 0 && sentences.Length != document.SentenceCount)
        {
            throw new ArgumentException("one flag per sentence expected", nameof(sentences));
        }
        Run(document, tagOnly: false, names, sentences, cancellationToken);
    }

    /// <summary>Tags and lemmatizes only (no parse).</summary>
    public void Tag(Document document, CancellationToken cancellationToken = default) =>
        Run(document, tagOnly: true, names: default, sentences: default, cancellationToken);

    private void Run(Document document, bool tagOnly, ReadOnlySpan<bool> names, ReadOnlySpan<bool> sentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        for (int s = 0; s < document.SentenceCount; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!sentences.IsEmpty && !sentences[s])
            {
                continue;
            }
            Sentence sentence = document.GetSentence(s);
            AnnotateSentence(document, sentence.FirstToken, sentence.TokenCount, tagOnly,
                names.IsEmpty ? names : names.Slice(sentence.FirstToken, sentence.TokenCount));
        }
    }

    /// <summary>Retags known name tokens that the tagger gave a closed-class or verbal tag as singular proper nouns.</summary>
    private void CorrectNames(Document document, int first, Span<int> tags, ReadOnlySpan<bool> names)
    {
        int properNoun = _model.Tagger.Tags.Find(UPos.PROPN, "NNP");
        if (properNoun < 0)
        {
            return;
        }
        for (int i = 0; i < names.Length; i++)
        {
            ReadOnlySpan<char> word = document.TokenText(first + i);
            UPos upos = _model.Tagger.Tags.Upos(tags[i]);
            if (names[i] && word.Length > 1 && char.IsUpper(word[0])
                && upos is not (UPos.PROPN or UPos.ADJ or UPos.NOUN or UPos.NUM or UPos.DET or UPos.ADP or UPos.CCONJ or UPos.PART))
            {
                tags[i] = properNoun;
            }
        }
    }

    /// <summary>
    /// "Russian troops attacked Ukrainian soldiers": a past form right after a noun, with no auxiliary before it and
    /// an object after it, is a finite past tense (VBD), not a participle (VBN); the tagger confuses the two forms
    /// most where news states its main events.
    /// </summary>
    private void CorrectBarePastParticiples(Document document, int first, Span<int> tags)
    {
        TagSet tagSet = _model.Tagger.Tags;
        int pastTense = tagSet.Find(UPos.VERB, "VBD");
        if (pastTense < 0)
        {
            return;
        }
        for (int i = 1; i + 1 < tags.Length; i++)
        {
            // "Russia never attacked Ukraine": adverbs may stand between the subject and its verb.
            int before = i - 1;
            while (before > 0 && tagSet.Xpos(tags[before]) == "RB")
            {
                before--;
            }
            // "Kenzo Oshima, the UN relief coordinator, demanded access": the subject's apposition ends in a comma.
            before = AppositionStart(tags, before);
            if (tagSet.Xpos(tags[i]) != "VBN" || !(IsNoun(tagSet.Xpos(tags[before])) || tagSet.Xpos(tags[before]) == "PRP")
                || !(tagSet.Xpos(tags[i + 1]) is "DT" or "JJ" or "NNP" or "NNPS" or "PRP$" or "CD" or "NNS" or "NN" or "PRP" or "VBN"
                    || IsOnlyVerbOfStatement(tags, i)))
            {
                continue;
            }
            bool auxiliary = false;
            for (int j = Math.Max(0, before - 4); j < i && !auxiliary; j++)
            {
                auxiliary = tagSet.Upos(tags[j]) == UPos.AUX || tagSet.Xpos(tags[j]) is "WDT" or "WP" or "TO";
            }
            if (!auxiliary)
            {
                tags[i] = pastTense;
            }
        }
    }

    /// <summary>
    /// "Syrian journalists protested on Monday.", "Protesters gathered outside the embassy, chanting slogans.": a
    /// sentence ending in a full stop needs a finite verb, so a past form with no other finite verb beside it is the
    /// past tense even without an object. Headlines ("Two soldiers killed in
    /// blast") have no full stop and keep their participle.
    /// </summary>
    private bool IsOnlyVerbOfStatement(ReadOnlySpan<int> tags, int verb)
    {
        TagSet tagSet = _model.Tagger.Tags;
        if (tagSet.Xpos(tags[^1]) != ".")
        {
            return false;
        }
        for (int j = 0; j < tags.Length; j++)
        {
            if (j != verb && tagSet.Xpos(tags[j]) is "VBD" or "VBZ" or "VBP" or "MD")
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
        TagSet tagSet = _model.Tagger.Tags;
        if (comma < 3 || tagSet.Xpos(tags[comma]) != "," || !IsNoun(tagSet.Xpos(tags[comma - 1])))
        {
            return comma;
        }
        for (int k = comma - 2; k >= Math.Max(1, comma - 10); k--)
        {
            string xpos = tagSet.Xpos(tags[k]);
            if (xpos == ",")
            {
                return IsNoun(tagSet.Xpos(tags[k - 1])) ? k - 1 : comma;
            }
            if (tagSet.Upos(tags[k]) is UPos.VERB or UPos.AUX or UPos.PUNCT or UPos.SCONJ or UPos.CCONJ)
            {
                return comma;
            }
        }
        return comma;
    }

    private static bool IsNoun(string xpos) => xpos is "NN" or "NNS" or "NNP" or "NNPS";

    private void AnnotateSentence(Document document, int first, int count, bool tagOnly, ReadOnlySpan<bool> names)
    {
        if (count == 0)
        {
            return;
        }
        if (_tags.Length < count)
        {
            _tags = new int[Math.Max(count, _tags.Length * 2)];
            _lookahead = new int[_tags.Length];
        }
        Span<int> tags = _tags.AsSpan(0, count);
        _features.Load(document, first, count, _model.Tagger.Ambiguity, _model.Tagger.Clusters);
        _model.Tagger.Predict(_features, tags, _lookahead.AsSpan(0, count), _tagScores, _tagFeatures);
        if (!names.IsEmpty)
        {
            CorrectNames(document, first, tags, names);
        }
        CorrectBarePastParticiples(document, first, tags);
        TokenAnnotations a = document.Annotations;
        TagSet tagSet = _model.Tagger.Tags;
        for (int i = 0; i < count; i++)
        {
            int t = first + i;
            a.Upos[t] = tagSet.Upos(tags[i]);
            a.Xpos[t] = tagSet.Xpos(tags[i]);
            a.Lemma[t] = _model.Lemmatizer.Lemmatize(document.TokenText(t), a.Xpos[t], a.Upos[t]);
        }
        if (tagOnly)
        {
            return;
        }
        _parser.Input.Load(document, first, tags, _features, tagSet);
        if (_elision.Find(document, first, count, a.Upos.AsSpan(first, count)))
        {
            ParseWithoutBrackets(a, first, count);
            return;
        }
        Parse();
        ParserState state = _parser.State;
        LabelSet labels = _model.Parser.Labels;
        for (int i = 0; i < count; i++)
        {
            int head = state.Head[i + 1];
            a.Head[first + i] = head <= 0 ? -1 : first + head - 1;
            a.Relation[first + i] = labels[Math.Max(0, state.Label[i + 1])];
        }
    }

    /// <summary>Parses the loaded sentence without its bracketed names (see <see cref="ParentheticalElision"/>).</summary>
    private void ParseWithoutBrackets(TokenAnnotations a, int first, int count)
    {
        _parser.Input.Keep(_elision.Kept);
        Parse();
        ParserState state = _parser.State;
        if (_heads.Length < count)
        {
            _heads = new int[Math.Max(count, _heads.Length * 2)];
            _labels = new int[_heads.Length];
        }
        LabelSet labels = _model.Parser.Labels;
        _elision.MapBack(state.Head, state.Label, _heads, _labels, labels);
        for (int i = 0; i < count; i++)
        {
            a.Head[first + i] = _heads[i] < 0 ? -1 : first + _heads[i];
            a.Relation[first + i] = labels[Math.Max(0, _labels[i])];
        }
    }

    /// <summary>Parses the loaded input; the relabeller, when the model has one, then relabels the finished tree.</summary>
    private void Parse()
    {
        _model.Parser.Parse(_parser);
        if (_relabel != null)
        {
            ParserState state = _parser.State;
            _model.Relabeller!.Relabel(_parser.Input, state.Head, state.Label, _relabel);
        }
    }
}
