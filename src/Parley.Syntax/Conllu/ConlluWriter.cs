using System.Globalization;
using Parley.Text;

namespace Parley.Syntax.Conllu;

/// <summary>
/// Writes annotated documents as CoNLL-U: <c># sent_id</c> and <c># text</c> comments, one line per
/// token, and the token's character offsets in MISC as <c>TokenRange=start:end</c> (end exclusive,
/// relative to the whole input), with <c>SpaceAfter=No</c> where the text has no space.
/// </summary>
public sealed class ConlluWriter
{
    private readonly TextWriter _writer;
    private int _sentenceCount;

    /// <summary>Creates a writer on <paramref name="writer"/>.</summary>
    public ConlluWriter(TextWriter writer)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
    }

    /// <summary>Number of sentences written so far (the last <c>sent_id</c>).</summary>
    public int SentenceCount => _sentenceCount;

    /// <summary>Writes a <c># newdoc id</c> comment.</summary>
    public void WriteNewDocument(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        _writer.Write("# newdoc id = ");
        _writer.WriteLine(OneLine(id));
    }

    /// <summary>
    /// Writes every sentence of <paramref name="document"/>; <paramref name="offsetBase"/> is added to
    /// the token offsets (the document's position in a larger input).
    /// </summary>
    public void Write(Document document, long offsetBase = 0)
    {
        ArgumentNullException.ThrowIfNull(document);
        TokenAnnotations a = document.Annotations;
        foreach (Sentence sentence in document.Sentences)
        {
            _sentenceCount++;
            _writer.Write("# sent_id = ");
            _writer.WriteLine(_sentenceCount.ToString(CultureInfo.InvariantCulture));
            _writer.Write("# text = ");
            _writer.WriteLine(OneLine(sentence.Text));
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                WriteToken(document, a, sentence, t, offsetBase);
            }
            _writer.WriteLine();
        }
    }

    private void WriteToken(Document document, TokenAnnotations a, Sentence sentence, int t, long offsetBase)
    {
        var c = CultureInfo.InvariantCulture;
        int head = a.Head[t] < 0 ? 0 : a.Head[t] - sentence.FirstToken + 1;
        string relation = a.Relation[t].Length == 0 ? "_" : a.Relation[t];
        _writer.Write((t - sentence.FirstToken + 1).ToString(c));
        _writer.Write('\t');
        _writer.Write(OneLine(document.TokenText(t)));
        _writer.Write('\t');
        _writer.Write(Field(a.Lemma[t]));
        _writer.Write('\t');
        _writer.Write(a.Upos[t] == UPos.None ? "_" : a.Upos[t].ToString());
        _writer.Write('\t');
        _writer.Write(Field(a.Xpos[t]));
        _writer.Write("\t_\t");
        _writer.Write(a.Relation[t].Length == 0 ? "_" : head.ToString(c));
        _writer.Write('\t');
        _writer.Write(relation);
        _writer.Write("\t_\tTokenRange=");
        _writer.Write((offsetBase + document.TokenStarts[t]).ToString(c));
        _writer.Write(':');
        _writer.Write((offsetBase + document.TokenEnds[t]).ToString(c));
        bool lastInText = document.TokenEnds[t] >= document.Text.Length;
        if (!lastInText && !char.IsWhiteSpace(document.Text[document.TokenEnds[t]]))
        {
            _writer.Write("|SpaceAfter=No");
        }
        _writer.WriteLine();
    }

    private static string Field(string value) => value.Length == 0 ? "_" : OneLine(value);

    // CoNLL-U fields cannot hold tabs or line breaks; they become spaces.
    private static string OneLine(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny('\t', '\n', '\r') < 0)
        {
            return text.ToString();
        }
        var chars = text.ToArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '\t' or '\n' or '\r')
            {
                chars[i] = ' ';
            }
        }
        return new string(chars);
    }
}
