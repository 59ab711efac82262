package io.quotedesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.quotedesk.store.SearchTerms.Term;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The archive in PostgreSQL, shared by several bot replicas; search by its own text search. */
public final class PostgresStore {
  private PostgresStore() {}

  /** Connects to {@code jdbcUrl} (credentials in the URL or PG environment) and migrates. */
  public static ArticleStore open(String jdbcUrl) throws StoreException {
    Dialect dialect = new Dialect();
    // One plain connection first: a wrong address or password is one sentence at once, where the
    // pool would log its own stack trace and then wait out its timeout.
    try (Connection probe = DriverManager.getConnection(jdbcUrl)) {
      probe.isValid(1);
    } catch (SQLException e) {
      throw dialect.translate(e, "open the archive");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("quotedesk-archive");
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
    config.setInitializationFailTimeout(-1); // the probe has just connected
    HikariDataSource pool = new HikariDataSource(config);
    try {
      return open(pool, pool, BusyRetry.DEFAULT);
    } catch (StoreException e) {
      pool.close();
      throw e;
    }
  }

  /** An archive on connections from {@code source}, closed with {@code owner}. */
  static ArticleStore open(DataSource source, AutoCloseable owner, BusyRetry retry)
      throws StoreException {
    return new JdbcArticleStore(Connections.pooled(source, owner), new Dialect(), retry);
  }

  /** The ledger of Slack requests in the same database, shared by every replica. */
  public static RequestLedger openLedger(String jdbcUrl, java.time.Clock clock)
      throws StoreException {
    Dialect dialect = new Dialect();
    try {
      return new JdbcRequestLedger(
          DriverManager.getConnection(jdbcUrl), clock, "the archive database");
    } catch (SQLException e) {
      throw dialect.translate(e, "open the archive");
    }
  }

  private static final class Dialect implements SqlDialect {
    /** Accents folded as {@link SearchTerms} folds a query's: "Schölz" is indexed as "scholz". */
    private static final String WORDS =
        "TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', "
            + AccentFolding.sqlFold("text")
            + ")) STORED";

    private static final String WORDS_INDEX =
        "CREATE INDEX quotes_words ON quotes USING GIN (words)";

    @Override
    public String begin() {
      return "BEGIN";
    }

    /** Serialization failures, deadlocks and lock_timeout: another transaction was in the way. */
    @Override
    public boolean isBusy(SQLException e) {
      String state = String.valueOf(e.getSQLState());
      return state.equals("40001") || state.equals("40P01") || state.equals("55P03");
    }

    @Override
    public List<String> schema() {
      return List.of(
          "CREATE TABLE articles (id BIGSERIAL PRIMARY KEY, url TEXT NOT NULL, version INTEGER NOT"
              + " NULL, latest BOOLEAN NOT NULL, fetched_at TEXT NOT NULL, content_hash TEXT NOT"
              + " NULL, title TEXT, publisher TEXT, published TEXT, day TEXT NOT NULL, analysis"
              + " TEXT NOT NULL, UNIQUE (url, version))",
          "CREATE INDEX articles_latest ON articles (latest, fetched_at)",
          "CREATE TABLE quotes (id BIGSERIAL PRIMARY KEY, article_id BIGINT NOT NULL REFERENCES"
              + " articles (id) ON DELETE CASCADE, position INTEGER NOT NULL, text TEXT NOT NULL,"
              + " speaker TEXT, speaker_key TEXT, headline BOOLEAN NOT NULL, changed_from TEXT,"
              + " quote_json TEXT NOT NULL, words "
              + WORDS
              + ")",
          "CREATE INDEX quotes_article ON quotes (article_id)",
          "CREATE INDEX quotes_speaker ON quotes (speaker_key)",
          WORDS_INDEX);
    }

    @Override
    public List<String> foldAccentsInIndex() {
      return List.of(
          "ALTER TABLE quotes DROP COLUMN words", // its index goes with it
          "ALTER TABLE quotes ADD COLUMN words " + WORDS,
          WORDS_INDEX);
    }

    @Override
    public String search(String filters) {
      return "SELECT q.id, ts_rank(q.words, query), q.text, q.headline, q.article_id FROM quotes q"
          + " JOIN articles a ON a.id = q.article_id,"
          + " to_tsquery('english', ?) query WHERE q.words @@ query AND a.latest = ?"
          + filters
          + " ORDER BY ts_rank(q.words, query) DESC, q.id DESC LIMIT ?";
    }

    /**
     * {@code ('at&t' & 'deal') | ('deal' & 'merger')}: each term quoted, so PostgreSQL's own parser
     * reads "9/11" or "u.s." as it read them when indexing.
     */
    @Override
    public String match(List<List<Term>> anyOf) {
      return anyOf.stream()
          .map(
              all ->
                  all.stream()
                      .map(t -> quoted(t.whole() ? t.raw() : t.form()))
                      .collect(Collectors.joining(" & ", "(", ")")))
          .collect(Collectors.joining(" | "));
    }

    private static String quoted(String token) {
      return "'" + token.replace("'", "''") + "'";
    }

    @Override
    public boolean dropsStopWords() {
      return true;
    }

    @Override
    public StoreException translate(SQLException e, String doing) {
      String state = String.valueOf(e.getSQLState());
      if (state.startsWith("08")) {
        return new StoreException("QuoteDesk can't reach the archive database; check db.url.", e);
      }
      if (state.equals("28P01") || state.equals("28000")) {
        return new StoreException("The archive database refused QuoteDesk's credentials.", e);
      }
      if (state.equals("53100")) {
        return new StoreException(
            "The archive database's disk is full, so QuoteDesk couldn't " + doing + ".", e);
      }
      return new StoreException("QuoteDesk couldn't " + doing + " (" + e.getMessage() + ").", e);
    }
  }
}
