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
    private float[] _tagMargins = new float[64];
    private int[] _keptTags = new int[64];
    private readonly ParentheticalElision _elision = new();
    private readonly TagCorrections _corrections;
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
        _corrections = new TagCorrections(model.Tagger.Tags, model.Lemmatizer);
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
            _tagMargins = new float[_tags.Length];
            _keptTags = new int[_tags.Length];
        }
        Span<int> tags = _tags.AsSpan(0, count);
        _features.Load(document, first, count, _model.Tagger.Ambiguity, _model.Tagger.Clusters);
        _model.Tagger.Predict(_features, tags, _lookahead.AsSpan(0, count), _tagMargins, _tagScores, _tagFeatures);
        CorrectAndStore(document, first, tags, names);
        TokenAnnotations a = document.Annotations;
        bool elided = _elision.Find(document, first, count, a.Upos.AsSpan(first, count));
        if (elided)
        {
            RetagWithoutBrackets(document, first, tags, names);
        }
        if (tagOnly)
        {
            return;
        }
        _parser.Input.Load(document, first, tags, _features, _model.Tagger.Tags);
        if (elided)
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

    /// <summary>Applies the name and rule corrections to <paramref name="tags"/> and stores tags and lemmas.</summary>
    private void CorrectAndStore(Document document, int first, Span<int> tags, ReadOnlySpan<bool> names)
    {
        if (!names.IsEmpty)
        {
            CorrectNames(document, first, tags, names);
        }
        _corrections.Apply(document, first, tags);
        TokenAnnotations a = document.Annotations;
        TagSet tagSet = _model.Tagger.Tags;
        for (int i = 0; i < tags.Length; i++)
        {
            int t = first + i;
            a.Upos[t] = tagSet.Upos(tags[i]);
            a.Xpos[t] = tagSet.Xpos(tags[i]);
            a.Lemma[t] = _model.Lemmatizer.Lemmatize(document.TokenText(t), a.Xpos[t], a.Upos[t]);
        }
    }

    /// <summary>
    /// The bracketed names the parser reads the sentence without (<see cref="ParentheticalElision"/>) are absent for
    /// the tagger too: in "the World Food Programme (WFP) said" the bracket after "Programme" would otherwise sway
    /// its tag, and with it the parse. The words inside the brackets keep the tags of the first pass.
    /// </summary>
    private void RetagWithoutBrackets(Document document, int first, Span<int> tags, ReadOnlySpan<bool> names)
    {
        ReadOnlySpan<int> kept = _elision.Kept;
        _features.Keep(kept);
        Span<int> keptTags = _keptTags.AsSpan(0, kept.Length);
        _model.Tagger.Predict(_features, keptTags, _lookahead.AsSpan(0, kept.Length), _tagMargins, _tagScores, _tagFeatures);
        for (int p = 0; p < kept.Length; p++)
        {
            tags[kept[p]] = keptTags[p];
        }
        _features.Load(document, first, tags.Length, _model.Tagger.Ambiguity, _model.Tagger.Clusters);
        CorrectAndStore(document, first, tags, names);
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
            _model.Relabeller!.Relabel(_parser.Input, state.Head, state.Label, state.LabelMargin, _relabel);
        }
    }
}
