using System.Globalization;

namespace Parley.Text.Conllu;

/// <summary>Streams sentences from CoNLL-U text.</summary>
public static class ConlluReader
{
    /// <summary>Reads every sentence of the file at <paramref name="path"/>.</summary>
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        foreach (ConlluSentence sentence in Read(reader, path))
        {
            yield return sentence;
        }
    }

    /// <summary>Reads sentences from <paramref name="reader"/>; <paramref name="sourceName"/> names it in errors.</summary>
    public static IEnumerable<ConlluSentence> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var words = new List<ConlluWord>();
        var multiwords = new List<ConlluMultiword>();
        string? sentId = null, text = null;
        bool newDoc = false, newPar = false;
        int lineNumber = 0, firstLine = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new ConlluSentence(sentId, text, newDoc, newPar, words.ToArray(), multiwords.ToArray(), firstLine);
                }
                words.Clear();
                multiwords.Clear();
                sentId = text = null;
                newDoc = newPar = false;
                firstLine = 0;
                continue;
            }
            if (firstLine == 0)
            {
                firstLine = lineNumber;
            }
            if (line[0] == '#')
            {
                ParseComment(line, ref sentId, ref text, ref newDoc, ref newPar);
                continue;
            }
            ParseWordLine(line, sourceName, lineNumber, words, multiwords);
        }
        if (words.Count > 0)
        {
            yield return new ConlluSentence(sentId, text, newDoc, newPar, words.ToArray(), multiwords.ToArray(), firstLine);
        }
    }

    private static void ParseComment(string line, ref string? sentId, ref string? text, ref bool newDoc, ref bool newPar)
    {
        if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
        {
            sentId = line["# sent_id = ".Length..];
        }
        else if (line.StartsWith("# text = ", StringComparison.Ordinal))
        {
            text = line["# text = ".Length..];
        }
        else if (line.StartsWith("# newdoc", StringComparison.Ordinal))
        {
            newDoc = true;
            newPar = true;
        }
        else if (line.StartsWith("# newpar", StringComparison.Ordinal))
        {
            newPar = true;
        }
    }

    private static void ParseWordLine(string line, string source, int lineNumber, List<ConlluWord> words, List<ConlluMultiword> multiwords)
    {
        string[] cols = line.Split('\t');
        if (cols.Length != 10)
        {
            throw new ConlluFormatException(source, lineNumber, $"expected 10 tab-separated columns, found {cols.Length}");
        }
        string id = cols[0];
        int dash = id.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            multiwords.Add(new ConlluMultiword(ParseInt(id[..dash], source, lineNumber, "ID"), ParseInt(id[(dash + 1)..], source, lineNumber, "ID"), cols[1], cols[9]));
            return;
        }
        if (id.Contains('.', StringComparison.Ordinal))
        {
            return;
        }
        int wordId = ParseInt(id, source, lineNumber, "ID");
        if (wordId != words.Count + 1)
        {
            throw new ConlluFormatException(source, lineNumber, $"word ID {wordId} out of sequence (expected {words.Count + 1})");
        }
        int head = cols[6] == "_" ? -1 : ParseInt(cols[6], source, lineNumber, "HEAD");
        words.Add(new ConlluWord(wordId, cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7], cols[9]));
    }

    private static int ParseInt(string value, string source, int lineNumber, string column)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int result))
        {
            throw new ConlluFormatException(source, lineNumber, $"{column} '{value}' is not a number");
        }
        return result;
    }
}
