using System.Text.Encodings.Web;
using System.Text.Json;

namespace Parley.Store.Output;

/// <summary>Writes a <see cref="ResultTable"/> as JSONL: one flat object per row, numbers as numbers, null as null.</summary>
public static class JsonlTableWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="table"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, ResultTable table)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(table);
        using var json = new Utf8JsonWriter(stream, Options);
        foreach (IReadOnlyList<object?> row in table.Rows)
        {
            json.WriteStartObject();
            for (int i = 0; i < table.Columns.Count; i++)
            {
                WriteValue(json, table.Columns[i], row[i]);
            }
            json.WriteEndObject();
            json.Flush();
            json.Reset();
            stream.WriteByte((byte)'\n');
        }
        stream.Flush();
    }

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case int i:
                json.WriteNumber(name, i);
                break;
            case long l:
                json.WriteNumber(name, l);
                break;
            case double d:
                json.WriteNumber(name, d);
                break;
            default:
                json.WriteString(name, CellText.Of(value));
                break;
        }
    }
}
