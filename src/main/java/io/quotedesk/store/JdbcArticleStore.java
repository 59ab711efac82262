package io.quotedesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Quote;
import io.quotedesk.analysis.Speaker;
import io.quotedesk.store.SearchHit.ArticleRef;
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

/**
 * The archive on a SQL database: one row per article version, one per quote, full-text search by
 * the database's own engine. What differs between SQLite and PostgreSQL is in {@link Dialect}. One
 * connection, used by one thread at a time.
 */
final class JdbcArticleStore implements ArticleStore {

  /** The SQL that differs between databases, and how their errors read to a user. */
  interface Dialect {
    List<String> schema();

    /** SELECT quote_json, title, publisher, url, published, score … with ? for the match. */
    String search(String filters, boolean anyWord);

    /** The match argument for the words, all of them or any. */
    String matchArgument(List<String> terms, boolean anyWord);

    StoreException translate(SQLException e, String doing);

    /** Starts a write transaction: SQLite takes its write lock at once ("BEGIN IMMEDIATE"). */
    String begin();
  }

  static final int SCHEMA_VERSION = 2;

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "the", "of", "to", "in", "and", "or", "is", "are", "was", "were", "be", "it",
          "that", "this", "on", "for", "with", "as", "at", "by", "we", "i", "you", "he", "she",
          "they", "our", "not", "do", "have", "has", "will", "would");

  private final Connection connection;
  private final Dialect dialect;

  JdbcArticleStore(Connection connection, Dialect dialect) throws StoreException {
    this.connection = connection;
    this.dialect = dialect;
    try {
      migrate();
    } catch (SQLException e) {
      throw dialect.translate(e, "open the archive");
    }
  }

  private void migrate() throws SQLException {
    connection.setAutoCommit(true);
    begin();
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
      int current = 0;
      try (ResultSet rs = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
        if (rs.next()) {
          current = rs.getInt(1);
        }
      }
      if (current < 1) {
        for (String ddl : dialect.schema()) {
          statement.execute(ddl);
        }
        statement.execute("INSERT INTO schema_version (version) VALUES (1)");
      }
      if (current < 2) {
        for (String ddl : JdbcInstallationRecords.SCHEMA) {
          statement.execute(ddl);
        }
        statement.execute("INSERT INTO schema_version (version) VALUES (2)");
      }
      commit();
    } catch (SQLException e) {
      rollbackQuietly();
      throw e;
    }
  }

  @Override
  public InstallationRecords installations() {
    return new JdbcInstallationRecords(connection, dialect, this);
  }

  @Override
  public synchronized StoredArticle save(String url, Analysis analysis, Instant fetchedAt)
      throws StoreException {
    try {
      for (int attempt = 0; ; attempt++) {
        try {
          begin();
          StoredArticle saved = saveOnce(url, analysis, fetchedAt);
          commit();
          return saved;
        } catch (SQLException e) {
          rollbackQuietly();
          // Another replica stored the same version first: read again and go on from it.
          if (!isUniqueViolation(e) || attempt >= 2) {
            throw e;
          }
        }
      }
    } catch (SQLException e) {
      throw dialect.translate(e, "store the article");
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
    try {
      Optional<Row> row = latestRow(url);
      return row.isPresent() ? Optional.of(toArticle(row.get())) : Optional.empty();
    } catch (SQLException e) {
      throw dialect.translate(e, "read the archive");
    }
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
    } catch (SQLException e) {
      throw dialect.translate(e, "read the archive");
    }
  }

  @Override
  public synchronized List<SearchHit> whoSaid(SearchQuery query) throws StoreException {
    List<String> terms = terms(query.words());
    if (terms.isEmpty()) {
      return List.of();
    }
    try {
      List<SearchHit> hits = search(query, terms, false);
      if (hits.isEmpty() && terms.size() > 1) {
        hits = search(query, terms, true); // light paraphrase: any of the words
      }
      return hits;
    } catch (SQLException e) {
      throw dialect.translate(e, "search the archive");
    }
  }

  private List<SearchHit> search(SearchQuery query, List<String> terms, boolean anyWord)
      throws SQLException {
    StringBuilder filters = new StringBuilder();
    List<String> arguments = new ArrayList<>();
    query
        .speaker()
        .ifPresent(
            s -> {
              filters.append(" AND q.speaker_key = ?");
              arguments.add(speakerKey(s));
            });
    query
        .outlet()
        .ifPresent(
            o -> {
              filters.append(" AND LOWER(a.publisher) LIKE ?");
              arguments.add("%" + o.toLowerCase(Locale.ROOT) + "%");
            });
    query
        .since()
        .ifPresent(
            d -> {
              filters.append(" AND a.day >= ?");
              arguments.add(d.toString());
            });
    query
        .until()
        .ifPresent(
            d -> {
              filters.append(" AND a.day <= ?");
              arguments.add(d.toString());
            });
    try (PreparedStatement select =
        connection.prepareStatement(dialect.search(filters.toString(), anyWord))) {
      int i = 1;
      select.setString(i++, dialect.matchArgument(terms, anyWord));
      select.setBoolean(i++, true);
      for (String argument : arguments) {
        select.setString(i++, argument);
      }
      // A few candidates per result, then the closest wordings first: the database finds
      // quotes holding the words, the words' order and nearness decide among them.
      select.setInt(i, Math.max(200, query.limit() * 20));
      List<SearchHit> candidates = hits(select);
      return rerank(candidates, terms, query.limit());
    }
  }

  /**
   * Body quotes before headline quotes; then quotes holding the searched words as one run, in order
   * ("attack on one ally" before "one ally … attack"); then the database's own score.
   */
  static List<SearchHit> rerank(List<SearchHit> candidates, List<String> terms, int limit) {
    String phrase = String.join(" ", terms);
    List<SearchHit> scored = new ArrayList<>();
    for (SearchHit hit : candidates) {
      String words = String.join(" ", terms(hit.quote().text()));
      double closeness = words.contains(phrase) ? 2 : inOrder(words, terms) ? 1 : 0;
      scored.add(new SearchHit(hit.quote(), hit.article(), closeness + normalized(hit.score())));
    }
    scored.sort(
        java.util.Comparator.comparing((SearchHit h) -> h.quote().headline())
            .thenComparing(SearchHit::score, java.util.Comparator.reverseOrder()));
    return scored.subList(0, Math.min(limit, scored.size()));
  }

  private static boolean inOrder(String words, List<String> terms) {
    int at = 0;
    for (String term : terms) {
      at = words.indexOf(term, at);
      if (at < 0) {
        return false;
      }
      at += term.length();
    }
    return true;
  }

  /** The database's score squeezed into [0, 1) so closeness always weighs more. */
  private static double normalized(double score) {
    return score <= 0 ? 0 : score / (score + 1);
  }

  @Override
  public synchronized List<SearchHit> quotesBy(String speaker, int limit) throws StoreException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT q.quote_json, a.title, a.publisher, a.url, a.published, 0 FROM quotes q JOIN"
                + " articles a ON a.id = q.article_id WHERE a.latest = ? AND q.speaker_key = ?"
                + " ORDER BY a.fetched_at DESC, q.headline, q.position LIMIT ?")) {
      select.setBoolean(1, true);
      select.setString(2, speakerKey(speaker));
      select.setInt(3, limit);
      return hits(select);
    } catch (SQLException e) {
      throw dialect.translate(e, "search the archive");
    }
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
        ArticleRef article =
            new ArticleRef(
                Optional.ofNullable(rs.getString(2)),
                Optional.ofNullable(rs.getString(3)),
                rs.getString(4),
                Optional.ofNullable(rs.getString(5)));
        hits.add(new SearchHit(quote, article, rs.getDouble(6)));
      }
    }
    return hits;
  }

  @Override
  public synchronized boolean forget(String url) throws StoreException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM articles WHERE url = ?")) {
      begin();
      delete.setString(1, url);
      int removed = delete.executeUpdate();
      commit();
      return removed > 0;
    } catch (SQLException e) {
      rollbackQuietly();
      throw dialect.translate(e, "forget the article");
    }
  }

  @Override
  public synchronized int forgetOlderThan(Instant cutoff) throws StoreException {
    try (PreparedStatement delete =
        connection.prepareStatement(
            "DELETE FROM articles WHERE url IN (SELECT url FROM articles WHERE latest = ? AND"
                + " fetched_at < ?)")) {
      begin();
      delete.setBoolean(1, true);
      delete.setString(2, cutoff.toString());
      int removed = delete.executeUpdate();
      commit();
      return removed;
    } catch (SQLException e) {
      rollbackQuietly();
      throw dialect.translate(e, "remove old articles");
    }
  }

  @Override
  public synchronized void forEach(Consumer<StoredArticle> action) throws StoreException {
    try (PreparedStatement select =
            connection.prepareStatement(SELECT_ROWS + " ORDER BY url, version");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        action.accept(toArticle(row(rs)));
      }
    } catch (SQLException e) {
      throw dialect.translate(e, "read the archive");
    }
  }

  @Override
  public synchronized void restore(StoredArticle article) throws StoreException {
    try {
      begin();
      try (PreparedStatement exists =
          connection.prepareStatement("SELECT 1 FROM articles WHERE url = ? AND version = ?")) {
        exists.setString(1, article.url());
        exists.setInt(2, article.version());
        try (ResultSet rs = exists.executeQuery()) {
          if (rs.next()) {
            commit();
            return;
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
      commit();
    } catch (SQLException e) {
      rollbackQuietly();
      throw dialect.translate(e, "import the article");
    }
  }

  @Override
  public synchronized void close() throws StoreException {
    try {
      connection.close();
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
    String[] words = name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    for (int i = words.length - 1; i >= 0; i--) {
      if (!words[i].isEmpty()) {
        return words[i];
      }
    }
    return name.toLowerCase(Locale.ROOT);
  }

  /**
   * The searchable words of a query: letters and digits, stop words left out when others remain.
   */
  static List<String> terms(String words) {
    List<String> all = new ArrayList<>();
    for (String word : words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        all.add(word);
      }
    }
    List<String> content = all.stream().filter(w -> !STOP_WORDS.contains(w)).toList();
    return content.isEmpty() ? all : content;
  }

  private static Set<String> words(String text) {
    return new HashSet<>(terms(text));
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
