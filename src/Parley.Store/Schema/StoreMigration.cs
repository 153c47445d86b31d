namespace Parley.Store.Schema;

/// <summary>
/// One step of the store schema: the statements that bring a store from <see cref="Version"/> − 1 to
/// <see cref="Version"/>. Migrations are never edited once released; a change of schema is a new migration.
/// </summary>
/// <param name="Version">The schema version this migration produces (1 for the initial schema).</param>
/// <param name="Description">What the migration does, recorded in <c>schema_version</c>.</param>
/// <param name="Statements">The SQL statements, run in order inside one transaction.</param>
public sealed record StoreMigration(int Version, string Description, IReadOnlyList<string> Statements);
