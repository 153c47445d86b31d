using System.Globalization;
using Parley.Coding.Events;
using DuckDB.NET.Data;
using Parley.Store.Schema;

namespace Parley.Store;

/// <summary>
/// The embedded event store: a DuckDB file (<see cref="DefaultPath"/> by default) holding stories, their coded events
/// and the errors of past ingests. Opening a store creates the file if needed and applies pending schema migrations.
/// One instance holds one connection and is not thread-safe: a single writer thread uses it (see <see cref="Ingest.IngestPipeline"/>).
/// </summary>
public sealed class EventStore : IDisposable
{
    /// <summary>The store file used when none is named.</summary>
    public const string DefaultPath = "parley.duckdb";

    private readonly DuckDBConnection _connection;

    private EventStore(DuckDBConnection connection, string path, int schemaVersion)
    {
        _connection = connection;
        Path = path;
        SchemaVersion = schemaVersion;
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>The schema version of the store after migration.</summary>
    public int SchemaVersion { get; }

    /// <summary>The open connection, for the query classes of this library.</summary>
    internal DuckDBConnection Connection => _connection;

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating it when it does not exist, and migrates it to
    /// <see cref="StoreSchema.CurrentVersion"/>.
    /// </summary>
    public static EventStore Open(string path) => Open(path, StoreSchema.Migrations);

    /// <summary>Opens the store at <paramref name="path"/> and applies <paramref name="migrations"/> (tests use their own lists).</summary>
    internal static EventStore Open(string path, IReadOnlyList<StoreMigration> migrations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string? directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{path}: no such directory");
        }
        var builder = new DuckDBConnectionStringBuilder { DataSource = path };
        var connection = new DuckDBConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            int version = SchemaMigrator.Migrate(connection, migrations);
            return new EventStore(connection, path, version);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the existing store at <paramref name="path"/> for reading only: nothing is migrated or written, and other
    /// read-only processes may open it at the same time. The store must exist at the current schema version.
    /// </summary>
    public static EventStore OpenReadOnly(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such store (create one with 'parley ingest')");
        }
        var builder = new DuckDBConnectionStringBuilder { DataSource = path };
        builder["ACCESS_MODE"] = "READ_ONLY";
        var connection = new DuckDBConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            int version = SchemaMigrator.StoredVersion(connection);
            if (version != StoreSchema.CurrentVersion)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"{path}: store schema version {version}, this parley reads version {StoreSchema.CurrentVersion} (open it once for writing, e.g. 'parley stats --db {path}', to migrate it)"));
            }
            return new EventStore(connection, path, version);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Another connection to the same open database, for another thread: each connection serves one thread at a time,
    /// and DuckDB runs the queries of several connections in parallel.
    /// </summary>
    public EventStore Connect()
    {
        // DuckDB.NET shares one database instance among the connections of a process to the same file (and the same
        // settings), so this opens a connection, not a second database.
        var connection = new DuckDBConnection(_connection.ConnectionString);
        connection.Open();
        return new EventStore(connection, Path, SchemaVersion);
    }

    /// <summary>The ids of all stored stories (for skipping known stories before coding them).</summary>
    public HashSet<string> LoadStoryIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = "SELECT id FROM stories";
        using DuckDBDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    /// <summary>
    /// Writes <paramref name="stories"/> with their events and records <paramref name="errors"/>, all in one
    /// transaction: after a crash the store holds every story of the batch with all its events, or none of them.
    /// An error already recorded (same origin, story and reason) is not recorded twice.
    /// </summary>
    public void Write(IReadOnlyList<CodedStory> stories, IReadOnlyList<StoreError> errors)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(errors);
        if (stories.Count == 0 && errors.Count == 0)
        {
            return;
        }
        using DuckDBTransaction transaction = _connection.BeginTransaction();
        if (stories.Count > 0)
        {
            StoryRowWriter.Append(_connection, stories, DateTime.UtcNow);
        }
        foreach (StoreError error in errors)
        {
            RecordError(transaction, error);
        }
        transaction.Commit();
    }

    /// <summary>The errors recorded by past ingests, oldest first.</summary>
    public IReadOnlyList<StoreError> Errors()
    {
        var errors = new List<StoreError>();
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = """SELECT origin, story_id, reason, "at" FROM errors ORDER BY "at", origin""";
        using DuckDBDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            errors.Add(new StoreError(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetString(2), reader.GetDateTime(3)));
        }
        return errors;
    }

    /// <summary>The sentences of story <paramref name="storyId"/> as spans of its text, in order (empty when none were stored).</summary>
    public IReadOnlyList<CharSpan> Sentences(string storyId)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        var sentences = new List<CharSpan>();
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = "SELECT start_offset, end_offset FROM sentences WHERE story_id = $id ORDER BY sentence_index";
        command.Parameters.Add(new DuckDBParameter("id", storyId));
        using DuckDBDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            sentences.Add(new CharSpan(reader.GetInt32(0), reader.GetInt32(1)));
        }
        return sentences;
    }

    /// <summary>Counts of stories, sentences, events and errors, and the span of event dates.</summary>
    public StoreStats Stats()
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM stories), (SELECT coalesce(sum(sentence_count), 0)::BIGINT FROM stories),
                   (SELECT count(*) FROM events), (SELECT count(*) FROM errors),
                   (SELECT min(date) FROM events), (SELECT max(date) FROM events)
            """;
        using DuckDBDataReader reader = command.ExecuteReader();
        reader.Read();
        return new StoreStats(
            reader.GetInt64(0),
            reader.GetInt64(1),
            reader.GetInt64(2),
            reader.GetInt64(3),
            reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4),
            reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5),
            SchemaVersion);
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private void RecordError(DuckDBTransaction transaction, StoreError error)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO errors SELECT $origin, $story, $reason, $at
            WHERE NOT EXISTS (SELECT 1 FROM errors WHERE origin = $origin AND story_id IS NOT DISTINCT FROM $story AND reason = $reason)
            """;
        command.Parameters.Add(new DuckDBParameter("origin", error.Origin));
        command.Parameters.Add(new DuckDBParameter("story", (object?)error.StoryId ?? DBNull.Value));
        command.Parameters.Add(new DuckDBParameter("reason", error.Reason));
        command.Parameters.Add(new DuckDBParameter("at", error.At));
        command.ExecuteNonQuery();
    }
}
