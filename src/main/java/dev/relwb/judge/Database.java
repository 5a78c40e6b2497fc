package dev.relwb.judge;

import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.sqlite.SQLiteConfig;

/// Opens a judgments database safely: an existing file is first inspected through a **read-only**
/// connection (integrity, application id, schema version), so a corrupt file, someone else's
/// database or one written by a newer relwb is reported and left byte-for-byte unchanged. Only then
/// is it opened read-write, switched to WAL and migrated.
///
/// Durability: `journal_mode=WAL` with `synchronous=FULL`, so every commit is fsync'ed to the WAL
/// before `commit()` returns. A killed process (even SIGKILL) loses nothing committed, since the WAL
/// write is already in the OS; FULL additionally keeps the last commits across a power loss or OS
/// crash, which `NORMAL` would not. Judgments come at human pace (and imports are one transaction),
/// so the cost of one fsync per commit is acceptable.
final class Database {
  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_LOCKED = 6;

  private Database() { }

  /// Opens (creating if needed) and migrates the database at `file`.
  static Connection open(Path file) {
    if (Files.isRegularFile(file) && size(file) > 0) {
      inspect(file);
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot create the folder of " + file + ": check its permissions", e);
    }
    SQLiteConfig cfg = new SQLiteConfig();
    cfg.enforceForeignKeys(true);
    cfg.setBusyTimeout(10_000);
    cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
    cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    try {
      Connection c = cfg.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
      migrate(c, file);
      return c;
    } catch (SQLException e) {
      throw new WorkbenchException("Cannot open the judgments database " + file + " (" + e.getMessage()
          + "); check that the folder is writable and no other program locks it", e);
    }
  }

  /// Checks an existing file without writing to it; throws a clear error when it is unusable.
  static void inspect(Path file) {
    SQLiteConfig ro = new SQLiteConfig();
    ro.setReadOnly(true);
    ro.setBusyTimeout(10_000);
    try (Connection c = ro.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        Statement st = c.createStatement()) {
      String check = scalarText(st, "PRAGMA quick_check(1)");
      if (!"ok".equalsIgnoreCase(check)) {
        throw corrupt(file, check, null);
      }
      int appId = scalarInt(st, "PRAGMA application_id");
      int version = scalarInt(st, "PRAGMA user_version");
      int tables = scalarInt(st, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
      if (appId != Schema.APPLICATION_ID && (appId != 0 || tables > 0)) {
        throw new WorkbenchException("The file " + file + " is an SQLite database but not a relwb judgments database;"
            + " it was left unchanged. Move it away or choose another workspace");
      }
      if (version > Schema.CURRENT) {
        throw new WorkbenchException("The judgments database " + file + " has schema version " + version
            + ", written by a newer relwb (this one reads up to version " + Schema.CURRENT + "); it was left unchanged."
            + " Upgrade relwb to open it");
      }
    } catch (SQLException e) {
      if (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED) {
        throw new WorkbenchException("The judgments database " + file + " is locked by another program;"
            + " close it there and try again", e);
      }
      throw corrupt(file, e.getMessage(), e);
    }
  }

  private static WorkbenchException corrupt(Path file, String detail, Throwable cause) {
    String msg = "The judgments database " + file + " is damaged or not an SQLite database (" + detail
        + "); it was left unchanged. Restore it from a backup, or move it away to start a new one";
    return cause == null ? new WorkbenchException(msg) : new WorkbenchException(msg, cause);
  }

  private static void migrate(Connection c, Path file) throws SQLException {
    try (Statement st = c.createStatement()) {
      int version = scalarInt(st, "PRAGMA user_version");
      if (version > Schema.CURRENT) {
        throw new WorkbenchException("The judgments database " + file + " has schema version " + version
            + ", newer than this relwb knows (" + Schema.CURRENT + "); upgrade relwb");
      }
      if (version < Schema.CURRENT) {
        c.setAutoCommit(false);
        try {
          for (int v = version; v < Schema.CURRENT; v++) {
            for (String sql : Schema.MIGRATIONS.get(v)) {
              st.execute(sql);
            }
            st.execute("INSERT INTO schema_version (version, applied_at) VALUES (" + (v + 1) + ", '" + Instant.now() + "')");
          }
          st.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
          st.execute("PRAGMA user_version = " + Schema.CURRENT);
          c.commit();
        } catch (SQLException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
      }
      int recorded = scalarInt(st, "SELECT coalesce(max(version), 0) FROM schema_version");
      if (recorded != Schema.CURRENT) {
        throw new WorkbenchException("The judgments database " + file + " is inconsistent: its header says schema "
            + Schema.CURRENT + " but its schema_version table says " + recorded + "; restore it from a backup");
      }
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read the judgments database " + file + ": " + e.getMessage(), e);
    }
  }

  static int scalarInt(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  static String scalarText(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
