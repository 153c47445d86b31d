namespace Parley.Store.Schema;

/// <summary>
/// The ordered migrations of the store schema. Version 1 is the initial schema: stories, events (every field of the
/// <c>parley code</c> JSONL contract, flattened), errors, and the one-a-day view <c>events_daily</c>; version 2 adds
/// first-in-story flags for fast story counts; version 3 the sentences of each story. Version 2 adds
/// the first-in-story flags that let <c>parley top</c> count stories without a distinct count.
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
        new StoreMigration(2, "first-in-story flags: story counts of top without count(DISTINCT)",
        [
            // Whether the event is the first of its story with its source actor (as source or target of any event),
            // target actor (likewise), (source, target) pair, code, and (place, country): counting flagged rows
            // gives the distinct stories of each key of `parley top` in one scan, where count(DISTINCT story_id)
            // over ten million events took 4-7 s. False when the key is null. Written by the store writer.
            "ALTER TABLE events ADD COLUMN story_new_source BOOLEAN",
            "ALTER TABLE events ADD COLUMN story_new_target BOOLEAN",
            "ALTER TABLE events ADD COLUMN story_new_dyad BOOLEAN",
            "ALTER TABLE events ADD COLUMN story_new_code BOOLEAN",
            "ALTER TABLE events ADD COLUMN story_new_place BOOLEAN",
            // Events stored before this version get their flags from the same rule, computed here. An actor's first
            // place in a story is (event index, side), the source side before the target side of one event.
            """
            UPDATE events SET
                story_new_source = f.new_source, story_new_target = f.new_target, story_new_dyad = f.new_dyad,
                story_new_code = f.new_code, story_new_place = f.new_place
            FROM (
                WITH occurrences AS (
                    SELECT story_id, event_index * 2 AS position, source_code AS actor FROM events WHERE source_code IS NOT NULL
                    UNION ALL
                    SELECT story_id, event_index * 2 + 1, target_code FROM events WHERE target_code IS NOT NULL),
                firsts AS (SELECT story_id, actor, min(position) AS position FROM occurrences GROUP BY story_id, actor)
                SELECT e.story_id, e.event_index,
                    coalesce(fs.position = e.event_index * 2, false) AS new_source,
                    coalesce(ft.position = e.event_index * 2 + 1, false) AS new_target,
                    e.source_code IS NOT NULL AND e.target_code IS NOT NULL
                        AND row_number() OVER (PARTITION BY e.story_id, e.source_code, e.target_code ORDER BY e.event_index) = 1 AS new_dyad,
                    row_number() OVER (PARTITION BY e.story_id, e.code ORDER BY e.event_index) = 1 AS new_code,
                    e.location_name IS NOT NULL
                        AND row_number() OVER (PARTITION BY e.story_id, e.location_name, e.location_country ORDER BY e.event_index) = 1 AS new_place
                FROM events e
                LEFT JOIN firsts fs ON fs.story_id = e.story_id AND fs.actor = e.source_code
                LEFT JOIN firsts ft ON ft.story_id = e.story_id AND ft.actor = e.target_code) f
            WHERE events.story_id = f.story_id AND events.event_index = f.event_index
            """,
        ]),
        new StoreMigration(3, "sentences: each story's sentences as character spans",
        [
            // The sentences of each coded story as [start, end) offsets into stories.text, so a reader can show an
            // event's sentence in its context (the one before and after). Stories stored before this version have
            // none; their events still carry their own sentence.
            """
            CREATE TABLE sentences (
                story_id VARCHAR NOT NULL,
                sentence_index INTEGER NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL)
            """,
        ]),
    ];

    /// <summary>The version of the newest migration: the schema this build writes.</summary>
    public static int CurrentVersion => Migrations[^1].Version;
}
