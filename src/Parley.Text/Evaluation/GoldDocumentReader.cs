using System.Text;
using Parley.Text.Conllu;

namespace Parley.Text.Evaluation;

/// <summary>
/// Rebuilds raw documents from CoNLL-U sentences: the <c># text</c> of the sentences of one
/// <c># newdoc</c> document joined by a space, or by a blank line at a <c># newpar</c>, with the
/// character span of every gold word and sentence found by aligning the word forms to that text.
/// </summary>
internal static class GoldDocumentReader
{
    /// <summary>Groups <paramref name="sentences"/> into documents.</summary>
    public static IEnumerable<GoldDocument> Read(IEnumerable<ConlluSentence> sentences)
    {
        var builder = new Builder();
        foreach (ConlluSentence sentence in sentences)
        {
            if (sentence.NewDocument && builder.HasSentences)
            {
                yield return builder.Finish();
            }
            builder.Add(sentence);
        }
        if (builder.HasSentences)
        {
            yield return builder.Finish();
        }
    }

    /// <summary>The surface text of a sentence: its <c># text</c>, or its tokens joined by their spacing.</summary>
    internal static string SurfaceText(ConlluSentence sentence)
    {
        if (sentence.Text != null)
        {
            return sentence.Text;
        }
        var sb = new StringBuilder();
        int w = 0;
        while (w < sentence.Words.Count)
        {
            ConlluMultiword? mwt = MultiwordAt(sentence, sentence.Words[w].Id);
            string form = mwt?.Form ?? sentence.Words[w].Form;
            bool spaceAfter = mwt?.SpaceAfter ?? sentence.Words[w].SpaceAfter;
            sb.Append(form);
            if (spaceAfter)
            {
                sb.Append(' ');
            }
            w += mwt == null ? 1 : mwt.Last - mwt.First + 1;
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>The multiword range that starts at word <paramref name="id"/>, if any.</summary>
    internal static ConlluMultiword? MultiwordAt(ConlluSentence sentence, int id)
    {
        foreach (ConlluMultiword mwt in sentence.Multiwords)
        {
            if (mwt.First == id && mwt.Last >= mwt.First)
            {
                return mwt;
            }
        }
        return null;
    }

    private sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<int> _tokenStarts = [];
        private readonly List<int> _tokenEnds = [];
        private readonly List<int> _sentenceStarts = [];
        private readonly List<int> _sentenceEnds = [];
        private readonly List<(string Text, ConlluSentence Sentence, int Offset)> _pending = [];
        private string? _id;
        private int _documentCount;

        public bool HasSentences => _pending.Count > 0;

        public void Add(ConlluSentence sentence)
        {
            if (_pending.Count == 0)
            {
                _id = sentence.SentId;
            }
            else
            {
                _text.Append(sentence.NewParagraph ? "\n\n" : " ");
            }
            string surface = SurfaceText(sentence);
            _pending.Add((surface, sentence, _text.Length));
            _text.Append(surface);
        }

        public GoldDocument Finish()
        {
            string text = _text.ToString();
            int unaligned = 0;
            foreach ((string surface, ConlluSentence sentence, int offset) in _pending)
            {
                int before = _tokenStarts.Count;
                unaligned += GoldAligner.Align(text, offset, offset + surface.Length, sentence, _tokenStarts, _tokenEnds);
                if (_tokenStarts.Count > before)
                {
                    _sentenceStarts.Add(_tokenStarts[before]);
                    _sentenceEnds.Add(_tokenEnds[^1]);
                }
            }
            var doc = new GoldDocument(_id ?? $"doc{_documentCount}", text, [.. _tokenStarts], [.. _tokenEnds],
                [.. _sentenceStarts], [.. _sentenceEnds], unaligned);
            _documentCount++;
            _text.Clear();
            _tokenStarts.Clear();
            _tokenEnds.Clear();
            _sentenceStarts.Clear();
            _sentenceEnds.Clear();
            _pending.Clear();
            _id = null;
            return doc;
        }
    }
}
