package io.quotedesk.store;

import io.quotedesk.store.SearchTerms.Term;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** The archive in one SQLite file: WAL journal, FTS5 search with Porter stemming. */
public final class SqliteStore {
  static final String FILE_NAME = "quotedesk.db";

  private SqliteStore() {}

  /** The archive's file in {@code dataDir}. */
  public static Path file(Path dataDir) {
    return dataDir.resolve(FILE_NAME);
  }

  /** Opens (creating when absent) the archive in {@code dataDir}. */
  public static ArticleStore open(Path dataDir) throws StoreException {
    return open(dataDir, 0);
  }

  /**
   * Opens the archive; {@code maxPages} above 0 caps its size in pages (SQLite's max_page_count),
   * which is how tests stand in for a full disk.
   */
  static ArticleStore open(Path dataDir, long maxPages) throws StoreException {
    return open(dataDir, maxPages, BusyRetry.DEFAULT);
  }

  /** Opens the archive, waiting for another writer as {@code retry} says. */
  static ArticleStore open(Path dataDir, long maxPages, BusyRetry retry) throws StoreException {
    Path file = file(dataDir);
    Dialect dialect = new Dialect(file);
    try {
      Files.createDirectories(dataDir);
    } catch (java.io.IOException e) {
      throw new StoreException("QuoteDesk can't create the archive folder " + dataDir + ".", e);
    }
    Connection connection;
    try {
      connection = connect(file, maxPages);
    } catch (SQLException e) {
      throw dialect.translate(e, "open the archive");
    }
    try {
      return new JdbcArticleStore(Connections.single(connection), dialect, retry);
    } catch (StoreException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  /**
   * An archive whose connections come from {@code connections}, each already set up by {@link
   * #connect}: how tests put a JDBC stand-in between the store and the file.
   */
  static ArticleStore open(Path file, Connections connections, BusyRetry retry)
      throws StoreException {
    return new JdbcArticleStore(connections, new Dialect(file), retry);
  }

  /** A connection to the archive file with QuoteDesk's settings. */
  static Connection connect(Path file, long maxPages) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA busy_timeout = 2000");
      statement.execute("PRAGMA journal_mode = WAL");
      // NORMAL in WAL mode survives a killed process; only a power cut may lose the last commit.
      statement.execute("PRAGMA synchronous = NORMAL");
      statement.execute("PRAGMA foreign_keys = ON");
      // A larger page cache and memory-mapped reads keep searches of a big archive in memory.
      statement.execute("PRAGMA cache_size = -65536");
      statement.execute("PRAGMA mmap_size = 268435456");
      if (maxPages > 0) {
        statement.execute("PRAGMA max_page_count = " + maxPages);
      }
      return connection;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // the failure that led here is the one to report
    }
  }

  /**
   * The ledger of Slack requests in the same file, on a connection of its own; replicas on one
   * machine sharing the file share it.
   */
  public static RequestLedger openLedger(Path dataDir, java.time.Clock clock)
      throws StoreException {
    Path file = dataDir.resolve(FILE_NAME);
    try {
      Files.createDirectories(dataDir);
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA busy_timeout = 2000");
        statement.execute("PRAGMA journal_mode = WAL");
        statement.execute("PRAGMA synchronous = NORMAL");
      }
      return new JdbcRequestLedger(connection, clock, "the archive " + file);
    } catch (java.io.IOException | SQLException e) {
      throw new StoreException("QuoteDesk can't open the archive " + file + ".", e);
    }
  }

  private static final class Dialect implements SqlDialect {
    private final Path file;

    Dialect(Path file) {
      this.file = file;
    }

    @Override
    public String begin() {
      return "BEGIN IMMEDIATE";
    }

    @Override
    public boolean isBusy(SQLException e) {
      if (e instanceof SQLiteException sqlite) {
        String name = sqlite.getResultCode().name();
        return name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED");
      }
      return false;
    }

    /** FTS5's unicode61 tokenizer already drops accents ("Schölz" is indexed as "scholz"). */
    @Override
    public List<String> foldAccentsInIndex() {
      return List.of();
    }

    @Override
    public List<String> schema() {
      return List.of(
          "CREATE TABLE articles (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL,"
              + " version INTEGER NOT NULL, latest BOOLEAN NOT NULL, fetched_at TEXT NOT NULL,"
              + " content_hash TEXT NOT NULL, title TEXT, publisher TEXT, published TEXT,"
              + " day TEXT NOT NULL, analysis TEXT NOT NULL, UNIQUE (url, version))",
          "CREATE INDEX articles_latest ON articles (latest, fetched_at)",
          "CREATE TABLE quotes (id INTEGER PRIMARY KEY AUTOINCREMENT, article_id INTEGER NOT NULL"
              + " REFERENCES articles (id) ON DELETE CASCADE, position INTEGER NOT NULL,"
              + " text TEXT NOT NULL, speaker TEXT, speaker_key TEXT, headline BOOLEAN NOT NULL,"
              + " changed_from TEXT, quote_json TEXT NOT NULL)",
          "CREATE INDEX quotes_article ON quotes (article_id)",
          "CREATE INDEX quotes_speaker ON quotes (speaker_key)",
          "CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, content = 'quotes',"
              + " content_rowid = 'id', tokenize = 'porter unicode61')",
          "CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN INSERT INTO quotes_fts"
              + " (rowid, text) VALUES (new.id, new.text); END",
          "CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN INSERT INTO quotes_fts"
              + " (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); END");
    }

    @Override
    public String search(String filters) {
      // FTS5 walks the matches newest first and stops at the outer LIMIT's worth; scoring every
      // match with bm25 cost hundreds of milliseconds on common words in an archive of a million
      // quotes. The store re-ranks these candidates by how closely they hold the words.
      return "SELECT q.id, 1.0 / (1 + (SELECT MAX(id) FROM quotes) - q.id), q.text, q.headline,"
          + " q.article_id FROM quotes_fts f JOIN quotes q ON q.id = f.rowid JOIN articles a ON"
          + " a.id = q.article_id WHERE quotes_fts MATCH ? AND a.latest = ?"
          + filters
          + " ORDER BY f.rowid DESC LIMIT ?";
    }

    /** FTS5: {@code ("at t" "deal") OR ("deal" "merger")}; a quoted string is a phrase. */
    @Override
    public String match(List<List<Term>> anyOf) {
      return anyOf.stream()
          .map(
              all ->
                  all.stream()
                      .map(t -> "\"" + (t.whole() ? String.join(" ", t.parts()) : t.form()) + "\"")
                      .collect(Collectors.joining(" ", "(", ")")))
          .collect(Collectors.joining(" OR "));
    }

    @Override
    public boolean dropsStopWords() {
      return false;
    }

    @Override
    public StoreException translate(SQLException e, String doing) {
      if (e instanceof SQLiteException sqlite) {
        SQLiteErrorCode code = sqlite.getResultCode();
        String name = code.name();
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
          return new StoreException(
              "The archive is busy in another program; try again in a moment.", e);
        }
        if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
          return new StoreException(
              "The archive file "
                  + file
                  + " is damaged; move it aside or restore it from an export.",
              e);
        }
        if (name.startsWith("SQLITE_FULL")) {
          return new StoreException(
              "The archive's disk is full, so QuoteDesk couldn't "
                  + doing
                  + "; nothing stored was lost.",
              e);
        }
        if (name.startsWith("SQLITE_CANTOPEN")
            || name.startsWith("SQLITE_READONLY")
            || name.startsWith("SQLITE_PERM")) {
          return new StoreException("QuoteDesk can't open the archive file " + file + ".", e);
        }
      }
      return new StoreException("QuoteDesk couldn't " + doing + " (" + e.getMessage() + ").", e);
    }
  }
}
