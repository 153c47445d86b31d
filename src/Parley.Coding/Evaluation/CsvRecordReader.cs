using System.Text;

namespace Parley.Coding.Evaluation;

/// <summary>
/// A small RFC 4180 reader: comma-separated fields, optionally in double quotes; a quoted field may hold commas,
/// line breaks and doubled quotes (<c>""</c> for <c>"</c>). Records end at CRLF, LF or CR; empty lines are skipped.
/// Unlike lenient readers it refuses a quote inside an unquoted field and text after a closing quote, naming the
/// line, because in a gold file such a defect shifts columns silently.
/// </summary>
internal sealed class CsvRecordReader(string text, string sourceName)
{
    private readonly StringBuilder _field = new();
    private int _position;
    private int _line = 1;

    /// <summary>Reads every record.</summary>
    /// <exception cref="GoldFormatException">A quote is misplaced or a quoted field is not closed.</exception>
    public IEnumerable<CsvRecord> ReadAll()
    {
        while (SkipEmptyLines())
        {
            yield return ReadRecord();
        }
    }

    private bool SkipEmptyLines()
    {
        while (_position < text.Length && text[_position] is '\r' or '\n')
        {
            ConsumeLineBreak();
        }
        return _position < text.Length;
    }

    private CsvRecord ReadRecord()
    {
        int startLine = _line;
        var fields = new List<string>();
        while (true)
        {
            fields.Add(_position < text.Length && text[_position] == '"' ? ReadQuoted() : ReadPlain());
            if (_position >= text.Length)
            {
                break;
            }
            if (text[_position] == ',')
            {
                _position++;
                continue;
            }
            ConsumeLineBreak();
            break;
        }
        return new CsvRecord(startLine, fields);
    }

    private string ReadPlain()
    {
        int start = _position;
        while (_position < text.Length && text[_position] is not (',' or '\r' or '\n'))
        {
            if (text[_position] == '"')
            {
                throw new GoldFormatException(sourceName, _line, "a double quote inside an unquoted CSV field (quote the field and double the quote)");
            }
            _position++;
        }
        return text[start.._position];
    }

    private string ReadQuoted()
    {
        int startLine = _line;
        _field.Clear();
        _position++;
        while (true)
        {
            if (_position >= text.Length)
            {
                throw new GoldFormatException(sourceName, startLine, "a quoted CSV field is not closed");
            }
            char c = text[_position];
            if (c == '"')
            {
                if (_position + 1 < text.Length && text[_position + 1] == '"')
                {
                    _field.Append('"');
                    _position += 2;
                    continue;
                }
                _position++;
                break;
            }
            if (c == '\n' || (c == '\r' && (_position + 1 >= text.Length || text[_position + 1] != '\n')))
            {
                _line++;
            }
            _field.Append(c);
            _position++;
        }
        if (_position < text.Length && text[_position] is not (',' or '\r' or '\n'))
        {
            throw new GoldFormatException(sourceName, _line, "text after the closing quote of a CSV field");
        }
        return _field.ToString();
    }

    private void ConsumeLineBreak()
    {
        if (text[_position] == '\r' && _position + 1 < text.Length && text[_position + 1] == '\n')
        {
            _position++;
        }
        _position++;
        _line++;
    }
}
