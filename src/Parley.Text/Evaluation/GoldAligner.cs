using Parley.Text.Conllu;

namespace Parley.Text.Evaluation;

/// <summary>
/// Finds the character span of every gold word of a sentence in the rebuilt text by scanning
/// forward for each form. Words of a multiword token whose forms concatenate to the surface form
/// ("do" + "n't" = "don't") get their own sub-spans; otherwise every word of the range gets the
/// whole surface span. Forms that cannot be found are counted and skipped, without losing the place.
/// </summary>
internal static class GoldAligner
{
    // How far ahead a form that is not at the cursor is searched for.
    private const int SearchWindow = 200;

    /// <summary>
    /// Appends the spans of the words of <paramref name="sentence"/> found within
    /// [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/>; returns the number of words not found.
    /// </summary>
    public static int Align(string text, int from, int to, ConlluSentence sentence, List<int> starts, List<int> ends)
    {
        int pos = from;
        int failures = 0;
        int w = 0;
        IReadOnlyList<ConlluWord> words = sentence.Words;
        while (w < words.Count)
        {
            ConlluMultiword? mwt = GoldDocumentReader.MultiwordAt(sentence, words[w].Id);
            int count = mwt == null ? 1 : Math.Min(mwt.Last - mwt.First + 1, words.Count - w);
            string surface = mwt?.Form ?? words[w].Form;
            if (!TryFind(text, surface, ref pos, to, out int start, out int end))
            {
                failures += count;
                w += count;
                continue;
            }
            if (count == 1)
            {
                starts.Add(start);
                ends.Add(end);
            }
            else
            {
                AddMultiword(words, w, count, surface, start, end, starts, ends);
            }
            w += count;
        }
        return failures;
    }

    private static void AddMultiword(IReadOnlyList<ConlluWord> words, int first, int count, string surface, int start, int end, List<int> starts, List<int> ends)
    {
        int length = 0;
        bool concatenates = true;
        for (int k = first; k < first + count && concatenates; k++)
        {
            string form = words[k].Form;
            concatenates = form.Length > 0 && length + form.Length <= surface.Length
                && string.CompareOrdinal(surface, length, form, 0, form.Length) == 0;
            length += form.Length;
        }
        concatenates &= length == surface.Length && end - start == surface.Length;
        int offset = start;
        for (int k = first; k < first + count; k++)
        {
            if (concatenates)
            {
                starts.Add(offset);
                offset += words[k].Form.Length;
                ends.Add(offset);
            }
            else
            {
                starts.Add(start);
                ends.Add(end);
            }
        }
    }

    // Finds `form` at or after `pos` (white space skipped); on success moves `pos` past it.
    private static bool TryFind(string text, string form, ref int pos, int to, out int start, out int end)
    {
        int p = pos;
        while (p < to && char.IsWhiteSpace(text[p]))
        {
            p++;
        }
        start = p;
        end = MatchIgnoringSpace(text, form, p, to);
        if (end < 0)
        {
            int window = Math.Min(to - p, SearchWindow);
            int found = window > 0 && form.Length > 0 ? text.IndexOf(form, p, window, StringComparison.Ordinal) : -1;
            if (found < 0)
            {
                return false;
            }
            start = found;
            end = found + form.Length;
        }
        pos = end;
        return end > start;
    }

    // Matches `form` at `p` treating white space on either side as optional; returns the end or -1.
    private static int MatchIgnoringSpace(string text, string form, int p, int to)
    {
        int i = 0;
        int j = p;
        while (i < form.Length)
        {
            if (char.IsWhiteSpace(form[i]))
            {
                i++;
                continue;
            }
            while (j < to && char.IsWhiteSpace(text[j]) && j > p)
            {
                j++;
            }
            if (j >= to || text[j] != form[i])
            {
                return -1;
            }
            i++;
            j++;
        }
        return j;
    }
}
