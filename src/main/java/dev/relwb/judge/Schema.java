package dev.relwb.judge;

import java.util.List;

/// The versioned schema of the judgments database. Migration i (0-based) takes the database from
/// version i to i + 1; the version lives in SQLite's `user_version` header field and is also
/// recorded in the `schema_version` table with the time each migration ran. Migrations only ever
/// get appended; an applied one is never edited.
final class Schema {
  /// `PRAGMA application_id` of a relwb judgments database ("RWBJ").
  static final int APPLICATION_ID = 0x52574A42;

  /// The statements of each migration, in order.
  static final List<List<String>> MIGRATIONS = List.of(List.of(
      """
      CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)""",
      """
      CREATE TABLE topics (
        id TEXT PRIMARY KEY NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        language TEXT,
        source TEXT,
        created_at TEXT NOT NULL)""",
      """
      CREATE TABLE judgments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        topic_id TEXT NOT NULL REFERENCES topics(id),
        doc_id TEXT NOT NULL CHECK (length(doc_id) > 0),
        state TEXT NOT NULL CHECK (state IN ('graded', 'skip', 'unrateable')),
        grade INTEGER CHECK (grade BETWEEN 0 AND 3),
        annotator TEXT NOT NULL CHECK (length(annotator) > 0),
        judged_at TEXT NOT NULL,
        note TEXT,
        CHECK ((state = 'graded') = (grade IS NOT NULL)))""",
      "CREATE INDEX judgments_pair ON judgments (topic_id, doc_id, annotator, id)",
      """
      CREATE TRIGGER judgments_no_update BEFORE UPDATE ON judgments
      BEGIN SELECT RAISE(ABORT, 'judgments are append-only'); END""",
      """
      CREATE TRIGGER judgments_no_delete BEFORE DELETE ON judgments
      BEGIN SELECT RAISE(ABORT, 'judgments are append-only'); END""",
      """
      CREATE VIEW current_judgments AS
      SELECT j.* FROM judgments j
      WHERE j.id = (SELECT max(id) FROM judgments k
                    WHERE k.topic_id = j.topic_id AND k.doc_id = j.doc_id AND k.annotator = j.annotator)""",
      """
      CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        system TEXT NOT NULL,
        model_repo TEXT,
        model_revision TEXT,
        weights_sha256 TEXT,
        adapter_language TEXT,
        max_length INTEGER,
        rerank_depth INTEGER,
        bm25_k1 REAL,
        bm25_b REAL,
        created_at TEXT NOT NULL)""",
      """
      CREATE TABLE run_hits (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        topic_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        doc_id TEXT NOT NULL,
        score REAL NOT NULL,
        PRIMARY KEY (run_id, topic_id, position))"""),
      // 2: how the cross-encoder's large products ran (fp32, fp16, bf16); null for runs saved before
      List.of("ALTER TABLE runs ADD COLUMN precision TEXT"),
      // 3: the search cluster, index and query template of a run's first stage (JSON); null = local index
      List.of("ALTER TABLE runs ADD COLUMN first_stage TEXT"),
      // 4: a team's judging: annotators, query sets with their queries and guidelines, snapshots of every
      // list's rankings (kept as saved runs), and the append-only history of every change to them
      List.of(
          """
          CREATE TABLE annotators (
            name TEXT PRIMARY KEY NOT NULL CHECK (length(name) > 0),
            created_at TEXT NOT NULL)""",
          "INSERT OR IGNORE INTO annotators (name, created_at) SELECT DISTINCT annotator, min(judged_at) FROM judgments"
              + " GROUP BY annotator",
          """
          CREATE TABLE query_sets (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
            guidelines TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL)""",
          """
          CREATE TABLE query_set_items (
            set_id INTEGER NOT NULL REFERENCES query_sets(id) ON DELETE CASCADE,
            topic_id TEXT NOT NULL REFERENCES topics(id),
            position INTEGER NOT NULL,
            info_need TEXT,
            notes TEXT,
            PRIMARY KEY (set_id, topic_id))""",
          """
          CREATE TABLE snapshots (
            name TEXT PRIMARY KEY NOT NULL CHECK (length(name) > 0),
            query_set TEXT,
            created_at TEXT NOT NULL,
            note TEXT)""",
          """
          CREATE TABLE snapshot_lists (
            snapshot TEXT NOT NULL REFERENCES snapshots(name) ON DELETE CASCADE,
            list TEXT NOT NULL,
            run_name TEXT NOT NULL REFERENCES runs(name),
            position INTEGER NOT NULL,
            PRIMARY KEY (snapshot, list))""",
          """
          CREATE TABLE changes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            subject TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT)""",
          """
          CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes
          BEGIN SELECT RAISE(ABORT, 'the change history is append-only'); END""",
          """
          CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes
          BEGIN SELECT RAISE(ABORT, 'the change history is append-only'); END"""),
      // 5: the cross-encoder's family (X-MOD, XLM-R, RoBERTa, BERT); null for BM25 and runs saved before
      List.of("ALTER TABLE runs ADD COLUMN model_family TEXT"));

  /// The schema version this build writes and reads.
  static final int CURRENT = MIGRATIONS.size();

  private Schema() { }
}
