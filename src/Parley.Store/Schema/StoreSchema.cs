namespace Parley.Store.Schema;

/// <summary>
/// The ordered migrations of the store schema. Version 1 is the initial schema: stories, events (every field of the
/// <c>parley code</c> JSONL contract, flattened), errors, and the one-a-day view <c>events_daily</c>.
/// </summary>
public static class StoreSchema
{
    /// <summary>The migrations in version order, starting at 1 with no gaps.</summary>
    public static IReadOnlyList<StoreMigration> Migrations { get; } =
    [
        new StoreMigration(1, "initial schema: stories, events, errors, events_daily",
        [
            """
            CREATE TABLE stories (
                id VARCHAR PRIMARY KEY,
                date DATE,
                title VARCHAR,
                url VARCHAR,
                source VARCHAR,
                origin VARCHAR NOT NULL,
                text_hash VARCHAR NOT NULL,
                text VARCHAR NOT NULL,
                sentence_count INTEGER NOT NULL,
                event_count INTEGER NOT NULL,
                ingested_at TIMESTAMP NOT NULL)
            """,
            // No key on events: a story and its events are written in one transaction, and (story_id, event_index)
            // is unique by construction; an index would cost memory and ingest time on tens of millions of rows.
            """
            CREATE TABLE events (
                story_id VARCHAR NOT NULL,
                event_index INTEGER NOT NULL,
                sentence_index INTEGER NOT NULL,
                date DATE,
                source_code VARCHAR, source_text VARCHAR, source_country VARCHAR, source_sector VARCHAR,
                target_code VARCHAR, target_text VARCHAR, target_country VARCHAR, target_sector VARCHAR,
                code VARCHAR NOT NULL,
                root VARCHAR NOT NULL,
                name VARCHAR,
                quad_class INTEGER,
                goldstein DOUBLE,
                plover_event VARCHAR, plover_mode VARCHAR, plover_context VARCHAR,
                modality VARCHAR NOT NULL,
                location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
                sentence VARCHAR NOT NULL,
                sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
                source_start INTEGER, source_end INTEGER,
                trigger VARCHAR NOT NULL,
                trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
                target_start INTEGER, target_end INTEGER,
                rule VARCHAR NOT NULL)
            """,
            """
            CREATE TABLE errors (
                origin VARCHAR NOT NULL,
                story_id VARCHAR,
                reason VARCHAR NOT NULL,
                "at" TIMESTAMP NOT NULL)
            """,
            // The one-a-day filter: the first event (by story and position) of each (date, source, target, code),
            // with the number of distinct stories that report it.
            """
            CREATE VIEW events_daily AS
            SELECT * EXCLUDE (daily_rank) FROM (
                SELECT e.*,
                    row_number() OVER (PARTITION BY date, source_code, target_code, code ORDER BY story_id, event_index) AS daily_rank,
                    count(DISTINCT story_id) OVER (PARTITION BY date, source_code, target_code, code) AS stories
                FROM events e)
            WHERE daily_rank = 1
            """,
        ]),
    ];

    /// <summary>The version of the newest migration: the schema this build writes.</summary>
    public static int CurrentVersion => Migrations[^1].Version;
}
