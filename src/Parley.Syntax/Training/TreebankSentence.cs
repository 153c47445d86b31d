using System.Text;
using Parley.Text;
using Parley.Text.Conllu;

namespace Parley.Syntax.Training;

/// <summary>
/// A gold sentence prepared for training or evaluation: a one-sentence <see cref="Document"/> whose
/// text is rebuilt from the word forms (respecting SpaceAfter), plus the gold annotation arrays.
/// Heads are 1-based with 0 for ROOT, as in CoNLL-U.
/// </summary>
public sealed class TreebankSentence
{
    private TreebankSentence(ConlluSentence source, Document document)
    {
        Source = source;
        Document = document;
        int n = source.Words.Count;
        Heads = new int[n + 1];
        Relations = new string[n];
        for (int i = 0; i < n; i++)
        {
            ConlluWord word = source.Words[i];
            Heads[i + 1] = word.Head;
            Relations[i] = string.Intern(word.Deprel);
        }
    }

    /// <summary>The CoNLL-U sentence.</summary>
    public ConlluSentence Source { get; }

    /// <summary>The rebuilt one-sentence document.</summary>
    public Document Document { get; }

    /// <summary>Gold heads indexed by 1-based word position (index 0 unused).</summary>
    public int[] Heads { get; }

    /// <summary>Gold relations by 0-based word index.</summary>
    public string[] Relations { get; }

    /// <summary>Number of words.</summary>
    public int Length => Relations.Length;

    /// <summary>Builds the sentence; word forms become tokens separated as SpaceAfter says.</summary>
    public static TreebankSentence From(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var noSpace = new bool[sentence.Words.Count + 1];
        foreach (ConlluMultiword range in sentence.Multiwords)
        {
            for (int id = range.First; id < range.Last && id <= sentence.Words.Count; id++)
            {
                noSpace[id] = true;
            }
            if (range.Last <= sentence.Words.Count)
            {
                noSpace[range.Last] = !range.SpaceAfter;
            }
        }
        var text = new StringBuilder();
        int n = sentence.Words.Count;
        var starts = new int[n];
        var ends = new int[n];
        for (int i = 0; i < n; i++)
        {
            ConlluWord word = sentence.Words[i];
            string form = word.Form.Length == 0 ? "_" : word.Form;
            starts[i] = text.Length;
            text.Append(form);
            ends[i] = text.Length;
            bool inRange = IsInRange(sentence.Multiwords, word.Id);
            bool space = inRange ? !noSpace[word.Id] : word.SpaceAfter;
            if (space && i + 1 < n)
            {
                text.Append(' ');
            }
        }
        var document = new Document(sentence.SentId ?? $"line-{sentence.Line}", text.ToString(), starts, ends, n == 0 ? [] : [0]);
        return new TreebankSentence(sentence, document);
    }

    /// <summary>Loads every sentence of a CoNLL-U file.</summary>
    public static List<TreebankSentence> Load(string path)
    {
        var list = new List<TreebankSentence>();
        foreach (ConlluSentence sentence in ConlluReader.ReadFile(path))
        {
            list.Add(From(sentence));
        }
        return list;
    }

    private static bool IsInRange(IReadOnlyList<ConlluMultiword> ranges, int id)
    {
        foreach (ConlluMultiword range in ranges)
        {
            if (id >= range.First && id <= range.Last)
            {
                return true;
            }
        }
        return false;
    }
}
