package io.quotedesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Quote;
import io.quotedesk.analysis.Speaker;
import io.quotedesk.store.SearchHit.ArticleRef;
import io.quotedesk.store.SearchTerms.Term;
import io.quotedesk.store.StoredArticle.QuoteChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archive on a SQL database: one row per article version, one per quote, full-text search by
 * the database's own engine. What differs between SQLite and PostgreSQL is in {@link Dialect}. One
 * operation at a time, each on a connection from {@link Connections}; a write is one transaction,
 * tried again with backoff while the database is busy.
 */
final class JdbcArticleStore implements ArticleStore {

  /** The SQL that differs between databases, and how their errors read to a user. */
  interface Dialect {
    List<String> schema();

    /**
     * SELECT q.id, score, q.text, q.headline, q.article_id … with ? for the match, then ? for
     * a.latest, the filters' arguments and the LIMIT: the best-scored (newest) quotes first.
     */
    String search(String filters);

    /**
     * The match argument for quotes holding all the terms of any one of {@code anyOf}; a term with
     * punctuation ("AT&T") is matched as its parts in a row, the whole token checked afterwards.
     */
    String match(List<List<Term>> anyOf);

    /**
     * True when the full-text index leaves stop words out, so that a term such as "AT&T" ("at",
     * "t") has nothing indexed and is found by its text instead.
     */
    boolean dropsStopWords();

    StoreException translate(SQLException e, String doing);

    /** Starts a write transaction: SQLite takes its write lock at once ("BEGIN IMMEDIATE"). */
    String begin();

    /** True when another writer holds the database and the same write may succeed later. */
    boolean isBusy(SQLException e);

    /**
     * What makes an archive of schema version 2 find "Schölz" by "Scholz" in its full-text index;
     * nothing where the index folds accents itself.
     */
    List<String> foldAccentsInIndex();
  }

  /** One step of work on the operation's connection. */
  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(JdbcArticleStore.class);

  private final Connections connections;
  private final Dialect dialect;
  private final BusyRetry retry;

  /** The connection of the operation under way; every operation is synchronized. */
  private Connection connection;

  JdbcArticleStore(Connections connections, Dialect dialect, BusyRetry retry)
      throws StoreException {
    this.connections = connections;
    this.dialect = dialect;
    this.retry = retry;
    synchronized (this) {
      write("open the archive", () -> SchemaMigration.migrate(connection, dialect));
    }
  }

  /** Runs a read on the operation's connection. */
  private <T> T read(String doing, Work<T> work) throws StoreException {
    try {
      connection = connections.borrow();
      return work.run();
    } catch (SQLException e) {
      throw translate(e, doing);
    } finally {
      release();
    }
  }

  /**
   * Runs a write as one transaction: all of it is stored or none. While another writer holds the
   * database, the whole transaction is tried again after a pause, until the retry budget is spent.
   */
  private <T> T write(String doing, Work<T> work) throws StoreException {
    for (int attempt = 1; ; attempt++) {
      try {
        connection = connections.borrow();
        begin();
        T result = work.run();
        commit();
        return result;
      } catch (SQLException e) {
        rollbackQuietly();
        java.time.Duration pause = dialect.isBusy(e) ? retry.pauseAfter(attempt) : null;
        if (pause == null || pause.isNegative()) {
          throw translate(e, doing);
        }
        release();
        LOG.debug("archive busy ({}); attempt {} again in {}", doing, attempt + 1, pause);
        try {
          BusyRetry.sleep(pause);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw translate(e, doing);
        }
      } finally {
        release();
      }
    }
  }

  private void release() {
    if (connection != null) {
      connections.release(connection);
      connection = null;
    }
  }

  private StoreException translate(SQLException e, String doing) {
    if (e instanceof java.sql.SQLTransientConnectionException) { // a pool that waited in vain
      return new StoreException(
          "The archive database didn't give QuoteDesk a connection in time, so it couldn't "
              + doing
              + "; try again in a moment.",
          e);
    }
    return dialect.translate(e, doing);
  }

  @Override
  public InstallationRecords installations() {
    return new JdbcInstallationRecords(connections, dialect, this);
  }

  @Override
  public synchronized StoredArticle save(String url, Analysis analysis, Instant fetchedAt)
      throws StoreException {
    for (int attempt = 0; ; attempt++) {
      try {
        return write("store the article", () -> saveOnce(url, analysis, fetchedAt));
      } catch (StoreException e) {
        // Another replica stored the same version first: read again and go on from it.
        if (!(e.getCause() instanceof SQLException sql && isUniqueViolation(sql)) || attempt >= 2) {
          throw e;
        }
      }
    }
  }

  private StoredArticle saveOnce(String url, Analysis analysis, Instant fetchedAt)
      throws SQLException {
    String hash = sha256(analysis.article().text());
    Optional<Row> previous = latestRow(url);
    if (previous.isPresent() && previous.get().hash().equals(hash)) {
      return toArticle(previous.get());
    }
    int version = previous.map(r -> r.version() + 1).orElse(1);
    clearLatest(url);
    long articleId = insertArticle(url, version, fetchedAt, hash, analysis);
    List<Quote> before = previous.isPresent() ? decode(previous.get().json()).quotes() : List.of();
    List<QuoteChange> changes = insertQuotes(articleId, analysis.quotes(), before);
    return new StoredArticle(url, version, fetchedAt, analysis, changes);
  }

  /** No version of the article is the latest any more (a newer one is being inserted). */
  private void clearLatest(String url) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE articles SET latest = ? WHERE url = ?")) {
      update.setBoolean(1, false);
      update.setString(2, url);
      update.executeUpdate();
    }
  }

  private long insertArticle(
      String url, int version, Instant fetchedAt, String hash, Analysis analysis)
      throws SQLException {
    var meta = analysis.article().metadata();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO articles (url, version, latest, fetched_at, content_hash, title, publisher,"
                + " published, day, analysis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
      insert.setString(1, url);
      insert.setInt(2, version);
      insert.setBoolean(3, true);
      insert.setString(4, fetchedAt.toString());
      insert.setString(5, hash);
      insert.setString(6, meta.title().orElse(null));
      insert.setString(7, meta.publisher().orElse(null));
      insert.setString(8, meta.published().orElse(null));
      insert.setString(9, day(meta.published(), fetchedAt));
      insert.setString(10, AnalysisJson.write(AnalysisJson.stored(analysis)));
      try (ResultSet rs = insert.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Inserts the quotes, marking those reworded since {@code before}. */
  private List<QuoteChange> insertQuotes(long articleId, List<Quote> quotes, List<Quote> before)
      throws SQLException {
    List<QuoteChange> changes = new ArrayList<>();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO quotes (article_id, position, text, speaker, speaker_key, headline,"
                + " changed_from, quote_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < quotes.size(); i++) {
        Quote quote = quotes.get(i);
        Optional<String> old = rewordedFrom(quote, before);
        old.ifPresent(o -> changes.add(new QuoteChange(o, quote.text())));
        insert.setLong(1, articleId);
        insert.setInt(2, i);
        insert.setString(3, quote.text());
        insert.setString(4, quote.speaker().map(Speaker::name).orElse(null));
        insert.setString(5, quote.speaker().map(s -> speakerKey(s.name())).orElse(null));
        insert.setBoolean(6, quote.headline());
        insert.setString(7, old.orElse(null));
        insert.setString(8, AnalysisJson.write(AnalysisJson.quote(quote)));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return changes;
  }

  /**
   * The earlier wording of a quote the article now words differently: same speaker, mostly the same
   * words, not the same text.
   */
  static Optional<String> rewordedFrom(Quote quote, List<Quote> before) {
    Set<String> words = words(quote.text());
    for (Quote old : before) {
      if (old.text().equals(quote.text())) {
        return Optional.empty();
      }
    }
    for (Quote old : before) {
      if (!old.speaker().map(Speaker::name).equals(quote.speaker().map(Speaker::name))) {
        continue;
      }
      Set<String> oldWords = words(old.text());
      Set<String> shared = new HashSet<>(words);
      shared.retainAll(oldWords);
      Set<String> all = new HashSet<>(words);
      all.addAll(oldWords);
      if (!all.isEmpty() && shared.size() * 2 >= all.size()) {
        return Optional.of(old.text());
      }
    }
    return Optional.empty();
  }

  @Override
  public synchronized Optional<StoredArticle> latest(String url) throws StoreException {
    return read(
        "read the archive",
        () -> {
          Optional<Row> row = latestRow(url);
          return row.isPresent() ? Optional.of(toArticle(row.get())) : Optional.empty();
        });
  }

  @Override
  public synchronized List<StoredArticle> versions(String url) throws StoreException {
    return rows(SELECT_ROWS + " WHERE url = ? ORDER BY version", url, -1);
  }

  @Override
  public synchronized List<StoredArticle> recent(int limit) throws StoreException {
    return rows(SELECT_ROWS + " WHERE latest = ? ORDER BY fetched_at DESC LIMIT ?", null, limit);
  }

  private List<StoredArticle> rows(String sql, String url, int limit) throws StoreException {
    return read("read the archive", () -> rowsOnce(sql, url, limit));
  }

  private List<StoredArticle> rowsOnce(String sql, String url, int limit) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      if (url != null) {
        select.setString(1, url);
      } else {
        select.setBoolean(1, true);
        select.setInt(2, limit);
      }
      List<StoredArticle> articles = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          articles.add(toArticle(row(rs)));
        }
      }
      return articles;
    }
  }

  @Override
  public synchronized List<SearchHit> whoSaid(SearchQuery query) throws StoreException {
    try {
      connection = connections.borrow();
      return new QuoteSearch(connection, dialect).whoSaid(query);
    } catch (SQLException e) {
      throw translate(e, "search the archive");
    } finally {
      release();
    }
  }

  @Override
  public synchronized List<SearchHit> quotesBy(String speaker, int limit) throws StoreException {
    return read("search the archive", () -> quotesByOnce(speaker, limit));
  }

  private List<SearchHit> quotesByOnce(String speaker, int limit) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT q.quote_json, a.title, a.publisher, a.url, a.published, 0 FROM quotes q JOIN"
                + " articles a ON a.id = q.article_id WHERE a.latest = ? AND q.speaker_key = ?"
                + " ORDER BY a.fetched_at DESC, q.headline, q.position LIMIT ?")) {
      select.setBoolean(1, true);
      select.setString(2, speakerKey(speaker));
      select.setInt(3, limit);
      return hits(select);
    }
  }

  /** The article a hit comes from, read from columns 2 to 5 of a search's row. */
  static ArticleRef articleRef(ResultSet rs) throws SQLException {
    return new ArticleRef(
        Optional.ofNullable(rs.getString(2)),
        Optional.ofNullable(rs.getString(3)),
        rs.getString(4),
        Optional.ofNullable(rs.getString(5)));
  }

  private static List<SearchHit> hits(PreparedStatement select) throws SQLException {
    List<SearchHit> hits = new ArrayList<>();
    try (ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        Quote quote;
        try {
          quote = AnalysisJson.decodeQuote(AnalysisJson.parse(rs.getString(1)));
        } catch (IOException e) {
          throw new SQLException("unreadable stored quote", e);
        }
        hits.add(new SearchHit(quote, articleRef(rs), rs.getDouble(6)));
      }
    }
    return hits;
  }

  @Override
  public synchronized boolean forget(String url) throws StoreException {
    return write(
        "forget the article",
        () -> {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM articles WHERE url = ?")) {
            delete.setString(1, url);
            return delete.executeUpdate() > 0;
          }
        });
  }

  @Override
  public synchronized int forgetOlderThan(Instant cutoff) throws StoreException {
    return write(
        "remove old articles",
        () -> {
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "DELETE FROM articles WHERE url IN (SELECT url FROM articles WHERE latest = ? AND"
                      + " fetched_at < ?)")) {
            delete.setBoolean(1, true);
            delete.setString(2, cutoff.toString());
            return delete.executeUpdate();
          }
        });
  }

  @Override
  public synchronized void forEach(Consumer<StoredArticle> action) throws StoreException {
    read(
        "read the archive",
        () -> {
          try (PreparedStatement select =
                  connection.prepareStatement(SELECT_ROWS + " ORDER BY url, version");
              ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
              action.accept(toArticle(row(rs)));
            }
          }
          return null;
        });
  }

  @Override
  public synchronized ArchiveCounts counts() throws StoreException {
    return read(
        "count the archive",
        () -> {
          try (Statement statement = connection.createStatement();
              ResultSet rs =
                  statement.executeQuery(
                      "SELECT (SELECT COUNT(*) FROM articles WHERE latest = TRUE), (SELECT"
                          + " COUNT(*) FROM articles), (SELECT COUNT(*) FROM quotes q JOIN"
                          + " articles a ON a.id = q.article_id WHERE a.latest = TRUE)")) {
            rs.next();
            return new ArchiveCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3));
          }
        });
  }

  @Override
  public synchronized void restore(StoredArticle article) throws StoreException {
    write("import the article", () -> restoreOnce(article));
  }

  private Void restoreOnce(StoredArticle article) throws SQLException {
    try (PreparedStatement exists =
        connection.prepareStatement("SELECT 1 FROM articles WHERE url = ? AND version = ?")) {
      exists.setString(1, article.url());
      exists.setInt(2, article.version());
      try (ResultSet rs = exists.executeQuery()) {
        if (rs.next()) {
          return null;
        }
      }
    }
    Optional<Row> latest = latestRow(article.url());
    boolean newest = latest.isEmpty() || latest.get().version() < article.version();
    if (newest) {
      clearLatest(article.url());
    }
    long id =
        insertArticle(
            article.url(),
            article.version(),
            article.fetchedAt(),
            sha256(article.analysis().article().text()),
            article.analysis());
    if (!newest) {
      try (PreparedStatement update =
          connection.prepareStatement("UPDATE articles SET latest = ? WHERE id = ?")) {
        update.setBoolean(1, false);
        update.setLong(2, id);
        update.executeUpdate();
      }
    }
    insertQuotes(id, article.analysis().quotes(), List.of());
    return null;
  }

  @Override
  public synchronized void close() throws StoreException {
    try {
      connections.close();
    } catch (SQLException e) {
      throw dialect.translate(e, "close the archive");
    }
  }

  private record Row(
      long id, String url, int version, Instant fetchedAt, String hash, String json) {}

  /** The columns of a {@link Row}, in the order {@link #row} reads them. */
  private static final String SELECT_ROWS =
      "SELECT id, url, version, fetched_at, content_hash, analysis FROM articles";

  private Optional<Row> latestRow(String url) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(SELECT_ROWS + " WHERE url = ? ORDER BY version DESC LIMIT 1")) {
      select.setString(1, url);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    }
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(
        rs.getLong(1),
        rs.getString(2),
        rs.getInt(3),
        Instant.parse(rs.getString(4)),
        rs.getString(5),
        rs.getString(6));
  }

  private StoredArticle toArticle(Row row) throws SQLException {
    List<QuoteChange> changes = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT changed_from, text FROM quotes WHERE article_id = ? AND changed_from IS NOT NULL"
                + " ORDER BY position")) {
      select.setLong(1, row.id());
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          changes.add(new QuoteChange(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return new StoredArticle(
        row.url(), row.version(), row.fetchedAt(), decode(row.json()), changes);
  }

  private static Analysis decode(String json) throws SQLException {
    try {
      JsonNode node = AnalysisJson.parse(json);
      return AnalysisJson.decode(node);
    } catch (IOException | RuntimeException e) {
      throw new SQLException("unreadable stored analysis", e);
    }
  }

  // Transactions are plain BEGIN/COMMIT/ROLLBACK on an auto-commit connection: the SQLite
  // driver's own bookkeeping goes wrong when the database rolls back by itself (a full disk), and
  // only statements it does not track keep the connection usable afterwards.

  private void begin() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(dialect.begin());
    }
  }

  private void commit() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("COMMIT");
    }
  }

  private void rollbackQuietly() {
    if (connection == null) {
      return; // no connection was had: nothing to roll back
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("ROLLBACK");
    } catch (SQLException e) {
      // nothing was open (the database rolled back itself); the original failure is what matters
    }
  }

  private static boolean isUniqueViolation(SQLException e) {
    String state = e.getSQLState();
    String message = String.valueOf(e.getMessage());
    return "23505".equals(state) || message.contains("UNIQUE constraint failed");
  }

  /** The form every variant of a name shares: "NATO chief Jens Stoltenberg" → "stoltenberg". */
  static String speakerKey(String name) {
    String[] words = AccentFolding.fold(name.toLowerCase(Locale.ROOT)).split("[^\\p{L}]+");
    for (int i = words.length - 1; i >= 0; i--) {
      if (!words[i].isEmpty()) {
        return words[i];
      }
    }
    return name.toLowerCase(Locale.ROOT);
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    SearchTerms.of(text).terms().forEach(t -> words.add(t.form()));
    return words;
  }

  private static String day(Optional<String> published, Instant fetchedAt) {
    if (published.isPresent() && published.get().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return published.get().substring(0, 10);
    }
    return fetchedAt.toString().substring(0, 10);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
