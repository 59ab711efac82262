package io.quotedesk.store;

import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Quote;
import io.quotedesk.store.ArticleRows.Row;
import io.quotedesk.store.StoredArticle.QuoteChange;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The archive on a SQL database: one row per article version, one per quote, full-text search by
 * the database's own engine. What differs between SQLite and PostgreSQL is in {@link SqlDialect}.
 * One operation at a time, each one step or one transaction of {@link Transactions}.
 */
final class JdbcArticleStore implements ArticleStore {
  private final Connections connections;
  private final SqlDialect dialect;
  private final Transactions transactions;

  JdbcArticleStore(Connections connections, SqlDialect dialect, BusyRetry retry)
      throws StoreException {
    this.connections = connections;
    this.dialect = dialect;
    this.transactions = new Transactions(connections, dialect, retry);
    transactions.write(
        "open the archive", connection -> SchemaMigration.migrate(connection, dialect));
  }

  @Override
  public InstallationRecords installations() {
    return new JdbcInstallationRecords(transactions, this);
  }

  @Override
  public synchronized StoredArticle save(String url, Analysis analysis, Instant fetchedAt)
      throws StoreException {
    for (int attempt = 0; ; attempt++) {
      try {
        return transactions.write(
            "store the article",
            connection -> saveOnce(new ArticleRows(connection), url, analysis, fetchedAt));
      } catch (StoreException e) {
        // Another replica stored the same version first: read again and go on from it.
        if (!(e.getCause() instanceof SQLException sql && isUniqueViolation(sql)) || attempt >= 2) {
          throw e;
        }
      }
    }
  }

  private static StoredArticle saveOnce(
      ArticleRows rows, String url, Analysis analysis, Instant fetchedAt) throws SQLException {
    String hash = ArticleRows.contentHash(analysis);
    Optional<Row> previous = rows.latestRow(url);
    if (previous.isPresent() && previous.get().hash().equals(hash)) {
      return rows.toArticle(previous.get());
    }
    int version = previous.map(r -> r.version() + 1).orElse(1);
    rows.clearLatest(url);
    long articleId = rows.insertArticle(url, version, fetchedAt, hash, analysis);
    List<Quote> before =
        previous.isPresent() ? ArticleRows.decode(previous.get().json()).quotes() : List.of();
    List<QuoteChange> changes = rows.insertQuotes(articleId, analysis.quotes(), before);
    return new StoredArticle(url, version, fetchedAt, analysis, changes);
  }

  @Override
  public synchronized Optional<StoredArticle> latest(String url) throws StoreException {
    return transactions.run(
        "read the archive",
        connection -> {
          ArticleRows rows = new ArticleRows(connection);
          Optional<Row> row = rows.latestRow(url);
          return row.isPresent() ? Optional.of(rows.toArticle(row.get())) : Optional.empty();
        });
  }

  @Override
  public synchronized List<StoredArticle> versions(String url) throws StoreException {
    return articles(" WHERE url = ? ORDER BY version", select -> select.setString(1, url));
  }

  @Override
  public synchronized List<StoredArticle> recent(int limit) throws StoreException {
    return articles(
        " WHERE latest = ? ORDER BY fetched_at DESC LIMIT ?",
        select -> {
          select.setBoolean(1, true);
          select.setInt(2, limit);
        });
  }

  /** Sets a statement's arguments. */
  @FunctionalInterface
  private interface Arguments {
    void set(PreparedStatement statement) throws SQLException;
  }

  /** The stored articles the rest of a SELECT ({@code where}) picks, in its order. */
  private List<StoredArticle> articles(String where, Arguments arguments) throws StoreException {
    List<StoredArticle> articles = new ArrayList<>();
    forEachArticle(where, arguments, articles::add);
    return articles;
  }

  private void forEachArticle(String where, Arguments arguments, Consumer<StoredArticle> action)
      throws StoreException {
    transactions.run(
        "read the archive",
        connection -> {
          ArticleRows rows = new ArticleRows(connection);
          try (PreparedStatement select =
              connection.prepareStatement(ArticleRows.SELECT_ROWS + where)) {
            arguments.set(select);
            try (ResultSet rs = select.executeQuery()) {
              while (rs.next()) {
                action.accept(rows.toArticle(ArticleRows.row(rs)));
              }
            }
          }
          return null;
        });
  }

  @Override
  public synchronized List<SearchHit> whoSaid(SearchQuery query) throws StoreException {
    return transactions.run(
        "search the archive", connection -> new QuoteSearch(connection, dialect).whoSaid(query));
  }

  @Override
  public synchronized List<SearchHit> quotesBy(String speaker, int limit) throws StoreException {
    return transactions.run(
        "search the archive",
        connection -> new QuoteSearch(connection, dialect).quotesBy(speaker, limit));
  }

  @Override
  public synchronized boolean forget(String url) throws StoreException {
    return transactions.write(
        "forget the article",
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM articles WHERE url = ?")) {
            delete.setString(1, url);
            return delete.executeUpdate() > 0;
          }
        });
  }

  @Override
  public synchronized int forgetOlderThan(Instant cutoff) throws StoreException {
    return transactions.write(
        "remove old articles",
        connection -> {
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
    forEachArticle(" ORDER BY url, version", select -> {}, action);
  }

  @Override
  public synchronized ArchiveCounts counts() throws StoreException {
    return transactions.run(
        "count the archive",
        connection -> {
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
    transactions.write(
        "import the article", connection -> restoreOnce(new ArticleRows(connection), article));
  }

  /** Stores an exported version as it was, unless that version is stored already. */
  private static Void restoreOnce(ArticleRows rows, StoredArticle article) throws SQLException {
    if (rows.exists(article.url(), article.version())) {
      return null;
    }
    Optional<Row> latest = rows.latestRow(article.url());
    boolean newest = latest.isEmpty() || latest.get().version() < article.version();
    if (newest) {
      rows.clearLatest(article.url());
    }
    Analysis analysis = article.analysis();
    long id =
        rows.insertArticle(
            article.url(),
            article.version(),
            article.fetchedAt(),
            ArticleRows.contentHash(analysis),
            analysis);
    if (!newest) {
      rows.notLatest(id);
    }
    rows.insertQuotes(id, analysis.quotes(), List.of());
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

  private static boolean isUniqueViolation(SQLException e) {
    String state = e.getSQLState();
    String message = String.valueOf(e.getMessage());
    return "23505".equals(state) || message.contains("UNIQUE constraint failed");
  }
}
