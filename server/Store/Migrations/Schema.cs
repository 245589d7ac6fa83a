namespace CchcGrpc.Server.Store.Migrations;

/// <summary>
/// The schema's history. Never edit a released step: add a new one. Numbers are kept as exact
/// decimal text (what the report says) and as REAL (what SUM and ORDER BY use).
/// </summary>
public static class Schema
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "initial", """
            CREATE TABLE units (
                id          INTEGER PRIMARY KEY,
                code        TEXT NOT NULL UNIQUE,
                name        TEXT NOT NULL,
                level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
                parent_id   INTEGER REFERENCES units(id),
                path        TEXT NOT NULL,              -- '/67/67.660/67.660.24611/': subtree = path LIKE prefix
                valid_from  TEXT NOT NULL,
                valid_to    TEXT
            );
            CREATE INDEX units_parent ON units(parent_id);
            CREATE INDEX units_path ON units(path);
            CREATE INDEX units_level ON units(level, path);

            CREATE TABLE unit_lineage (
                id             INTEGER PRIMARY KEY,
                kind           INTEGER NOT NULL,
                from_unit_id   INTEGER NOT NULL REFERENCES units(id),
                to_unit_id     INTEGER NOT NULL REFERENCES units(id),
                effective_date TEXT NOT NULL,
                basis          TEXT NOT NULL DEFAULT ''
            );

            CREATE TABLE catalog_versions (
                version        TEXT PRIMARY KEY,
                etag           TEXT NOT NULL,
                effective_from TEXT NOT NULL,
                content        TEXT NOT NULL             -- the catalog file as loaded: immutable once used
            );

            -- Indicator ids ("III.3.1.2") as small integers, shared by all catalog versions.
            CREATE TABLE indicators (
                id   INTEGER PRIMARY KEY,
                key  TEXT NOT NULL UNIQUE
            );

            CREATE TABLE reports (
                id              INTEGER PRIMARY KEY,
                unit_id         INTEGER NOT NULL REFERENCES units(id),
                period_id       TEXT NOT NULL,
                catalog_version TEXT NOT NULL REFERENCES catalog_versions(version),
                status          INTEGER NOT NULL,
                revision        INTEGER NOT NULL,
                review_comment  TEXT,
                created_at      TEXT NOT NULL,
                updated_at      TEXT NOT NULL,
                submitted_at    TEXT,
                submitted_late  INTEGER NOT NULL DEFAULT 0,
                UNIQUE (unit_id, period_id, catalog_version)
            );
            CREATE INDEX reports_period ON reports(period_id, status);

            CREATE TABLE report_values (
                report_id    INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
                indicator_id INTEGER NOT NULL REFERENCES indicators(id),
                state        INTEGER NOT NULL,
                number       TEXT,
                num          REAL,
                text         TEXT,
                raw_text     TEXT NOT NULL,
                note         TEXT,
                derived      INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (report_id, indicator_id)
            ) WITHOUT ROWID;
            CREATE INDEX report_values_indicator ON report_values(indicator_id, report_id);

            CREATE TABLE report_narrative (
                report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
                key       TEXT NOT NULL,
                heading   TEXT NOT NULL,
                body      TEXT NOT NULL,
                PRIMARY KEY (report_id, key)
            ) WITHOUT ROWID;

            -- The audit trail: every value change and status change.
            CREATE TABLE report_events (
                id           INTEGER PRIMARY KEY,
                report_id    INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
                at           TEXT NOT NULL,
                user_name    TEXT NOT NULL,
                via          TEXT NOT NULL,
                revision     INTEGER NOT NULL,
                indicator_id INTEGER REFERENCES indicators(id),
                old_raw_text TEXT,
                new_raw_text TEXT,
                old_note     TEXT,
                new_note     TEXT,
                from_status  INTEGER,
                to_status    INTEGER,
                comment      TEXT
            );
            CREATE INDEX report_events_report ON report_events(report_id, id);

            CREATE TABLE users (
                id            INTEGER PRIMARY KEY,
                name          TEXT NOT NULL UNIQUE,
                role          INTEGER NOT NULL,
                unit_id       INTEGER REFERENCES units(id),
                password_hash TEXT,
                created_at    TEXT NOT NULL,
                disabled      INTEGER NOT NULL DEFAULT 0
            );

            CREATE TABLE tokens (
                id          INTEGER PRIMARY KEY,
                user_id     INTEGER NOT NULL REFERENCES users(id),
                token_hash  TEXT NOT NULL UNIQUE,       -- SHA-256 of the bearer token; the token itself is never stored
                scopes      TEXT NOT NULL DEFAULT '',
                created_at  TEXT NOT NULL,
                expires_at  TEXT NOT NULL,
                revoked_at  TEXT
            );

            -- Batches of an import already applied, so a re-sent batch is recognised (idempotency keys).
            CREATE TABLE import_batches (
                idempotency_key TEXT PRIMARY KEY,
                applied_at      TEXT NOT NULL,
                result          BLOB NOT NULL
            );
            """),
        // A write's value changes as one event row (see AuditChanges) rather than a row per value.
        new(2, "grouped value changes", """
            ALTER TABLE report_events ADD COLUMN changes BLOB;
            """),
        // Reform plans (field → task → activity, one row per version) with progress per activity and
        // period; index results with their criteria; criterion improvement plans.
        new(3, "plans and indices", """
            CREATE TABLE plans (
                id              INTEGER PRIMARY KEY,
                unit_id         INTEGER NOT NULL REFERENCES units(id),
                year            INTEGER NOT NULL,
                version         INTEGER NOT NULL,           -- 1, 2, …: a revised plan is a new version
                decision_number TEXT NOT NULL,
                decision_date   TEXT,
                signer_title    TEXT NOT NULL,
                signer          TEXT NOT NULL,
                theme           TEXT NOT NULL,
                content_hash    TEXT NOT NULL,              -- of the plan as read: the same plan again is no new version
                reading         TEXT NOT NULL,              -- JSON: the reader's notes and unparsed lines
                imported_at     TEXT NOT NULL,
                imported_by     TEXT NOT NULL,
                UNIQUE (unit_id, year, version)
            );

            CREATE TABLE plan_tasks (
                plan_id         INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
                ord             INTEGER NOT NULL,
                field           TEXT NOT NULL,
                field_title     TEXT NOT NULL,
                field_inferred  INTEGER NOT NULL,
                number          TEXT,                       -- NULL: a field row without tasks
                title           TEXT NOT NULL,
                number_inferred INTEGER NOT NULL,
                PRIMARY KEY (plan_id, ord)
            ) WITHOUT ROWID;

            CREATE TABLE plan_activities (
                id           INTEGER PRIMARY KEY,
                plan_id      INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
                key          TEXT NOT NULL,                 -- "I.2.1"; "V.2.1#2" for a number printed twice
                ord          INTEGER NOT NULL,
                field        TEXT NOT NULL,
                task_number  TEXT NOT NULL,
                number       TEXT NOT NULL,
                title        TEXT NOT NULL,
                requirement  TEXT NOT NULL,
                product      TEXT NOT NULL,
                leads        TEXT NOT NULL,                 -- JSON [{text, kind, unitCode}]
                cooperating  TEXT NOT NULL,
                start_month  INTEGER,
                start_text   TEXT NOT NULL,
                end_month    INTEGER,
                end_text     TEXT NOT NULL,
                note         TEXT NOT NULL,
                source_line  INTEGER NOT NULL,
                UNIQUE (plan_id, key)
            );

            CREATE TABLE activity_progress (
                activity_id     INTEGER NOT NULL REFERENCES plan_activities(id) ON DELETE CASCADE,
                period_id       TEXT NOT NULL,
                status          INTEGER NOT NULL,
                note            TEXT NOT NULL,
                reason          TEXT NOT NULL,
                evidence_number TEXT NOT NULL,
                evidence_date   TEXT,
                recorded_by     TEXT NOT NULL,
                recorded_at     TEXT NOT NULL,
                PRIMARY KEY (activity_id, period_id)
            ) WITHOUT ROWID;

            CREATE TABLE index_results (
                id          INTEGER PRIMARY KEY,
                kind        INTEGER NOT NULL,
                unit_id     INTEGER NOT NULL REFERENCES units(id),
                year        INTEGER NOT NULL,
                total       TEXT,                           -- exact decimal
                total_num   REAL,
                rank        INTEGER,
                peer_count  INTEGER,
                source      TEXT NOT NULL,
                demo        INTEGER NOT NULL,
                imported_at TEXT NOT NULL,
                imported_by TEXT NOT NULL,
                UNIQUE (kind, unit_id, year)
            );
            CREATE INDEX index_results_year ON index_results(kind, year);

            CREATE TABLE index_components (
                result_id     INTEGER NOT NULL REFERENCES index_results(id) ON DELETE CASCADE,
                ord           INTEGER NOT NULL,
                code          TEXT NOT NULL,
                parent_code   TEXT,
                name          TEXT NOT NULL,
                max_points    TEXT,
                self_assessed TEXT,
                appraised     TEXT,
                score         TEXT,
                PRIMARY KEY (result_id, ord)
            ) WITHOUT ROWID;

            CREATE TABLE criterion_plans (
                id          INTEGER PRIMARY KEY,
                kind        INTEGER NOT NULL,
                unit_id     INTEGER NOT NULL REFERENCES units(id),
                year        INTEGER NOT NULL,
                title       TEXT NOT NULL,
                content     TEXT NOT NULL,                  -- JSON criteria → tasks → results
                imported_at TEXT NOT NULL,
                imported_by TEXT NOT NULL,
                UNIQUE (kind, unit_id, year)
            );
            """),
    ];
}
