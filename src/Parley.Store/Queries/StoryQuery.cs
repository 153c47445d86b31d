using DuckDB.NET.Data;

namespace Parley.Store.Queries;

/// <summary>Reads one stored story by its id (the evidence view of the web dashboard).</summary>
public static class StoryQuery
{
    /// <summary>The story <paramref name="id"/>, or null when the store has none by that id.</summary>
    public static StoredStory? Find(EventStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(id);
        using DuckDBCommand command = store.Connection.CreateCommand();
        command.CommandText = "SELECT id, date, title, url, source, origin, text, event_count FROM stories WHERE id = $id";
        command.Parameters.Add(new DuckDBParameter("id", id));
        using DuckDBDataReader r = command.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }
        return new StoredStory(r.GetString(0), r.IsDBNull(1) ? null : r.GetFieldValue<DateOnly>(1),
            Text(r, 2), Text(r, 3), Text(r, 4), r.GetString(5), r.GetString(6), r.GetInt32(7), store.Sentences(id));
    }

    /// <summary>
    /// How many events and sentences the stored story <paramref name="id"/> has, or null when the store has none by
    /// that id: whether a story is known, without reading its text.
    /// </summary>
    public static (int Events, int Sentences)? Counts(EventStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(id);
        using DuckDBCommand command = store.Connection.CreateCommand();
        command.CommandText = "SELECT event_count, sentence_count FROM stories WHERE id = $id";
        command.Parameters.Add(new DuckDBParameter("id", id));
        using DuckDBDataReader r = command.ExecuteReader();
        return r.Read() ? (r.GetInt32(0), r.GetInt32(1)) : null;
    }

    private static string? Text(DuckDBDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
