using System.Globalization;
using DuckDB.NET.Data;

namespace Parley.Store.Schema;

/// <summary>
/// Brings a store up to date: reads the version recorded in <c>schema_version</c> (0 for an empty file) and applies
/// each newer migration in its own transaction, recording it in the same transaction, so a crash leaves the store
/// at one version or the next, never in between.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>Applies the migrations newer than the store's version; returns the version reached.</summary>
    public static int Migrate(DuckDBConnection connection, IReadOnlyList<StoreMigration> migrations)
    {
        Execute(connection, null,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        int current = CurrentVersion(connection);
        int newest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (current > newest)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"{connection.DataSource}: store schema version {current} is newer than this parley supports ({newest})"));
        }
        foreach (StoreMigration migration in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            Apply(connection, migration);
            current = migration.Version;
        }
        return current;
    }

    /// <summary>The highest version recorded in <c>schema_version</c>, or 0.</summary>
    public static int CurrentVersion(DuckDBConnection connection)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The version of a store that may be read-only: 0 when it has no <c>schema_version</c> table.</summary>
    public static int StoredVersion(DuckDBConnection connection)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0 ? 0 : CurrentVersion(connection);
    }

    private static void Apply(DuckDBConnection connection, StoreMigration migration)
    {
        using DuckDBTransaction transaction = connection.BeginTransaction();
        foreach (string statement in migration.Statements)
        {
            Execute(connection, transaction, statement);
        }
        using (DuckDBCommand record = connection.CreateCommand())
        {
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version VALUES ($version, $description, now()::TIMESTAMP)";
            record.Parameters.Add(new DuckDBParameter("version", migration.Version));
            record.Parameters.Add(new DuckDBParameter("description", migration.Description));
            record.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static void Execute(DuckDBConnection connection, DuckDBTransaction? transaction, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
