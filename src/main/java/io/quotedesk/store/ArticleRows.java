package io.quotedesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Quote;
import io.quotedesk.analysis.Speaker;
import io.quotedesk.store.StoredArticle.QuoteChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of one article version and its quotes, read and written on one connection: an article's
 * analysis is stored whole as JSON, its quotes one row each for search.
 */
final class ArticleRows {
  /** The columns of a {@link Row}, in the order {@link #row} reads them. */
  static final String SELECT_ROWS =
      "SELECT id, url, version, fetched_at, content_hash, analysis FROM articles";

  /** One stored version of an article, its analysis still as JSON. */
  record Row(long id, String url, int version, Instant fetchedAt, String hash, String json) {}

  private final Connection connection;

  ArticleRows(Connection connection) {
    this.connection = connection;
  }

  Optional<Row> latestRow(String url) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(SELECT_ROWS + " WHERE url = ? ORDER BY version DESC LIMIT 1")) {
      select.setString(1, url);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    }
  }

  static Row row(ResultSet rs) throws SQLException {
    return new Row(
        rs.getLong(1),
        rs.getString(2),
        rs.getInt(3),
        Instant.parse(rs.getString(4)),
        rs.getString(5),
        rs.getString(6));
  }

  /** The stored article of {@code row}, with the quotes reworded since its previous version. */
  StoredArticle toArticle(Row row) throws SQLException {
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

  static Analysis decode(String json) throws SQLException {
    try {
      JsonNode node = AnalysisJson.parse(json);
      return AnalysisJson.decode(node);
    } catch (IOException | RuntimeException e) {
      throw new SQLException("unreadable stored analysis", e);
    }
  }

  /** No version of the article is the latest any more (a newer one is being inserted). */
  void clearLatest(String url) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE articles SET latest = ? WHERE url = ?")) {
      update.setBoolean(1, false);
      update.setString(2, url);
      update.executeUpdate();
    }
  }

  /** Marks one version as not the latest: an older version imported after a newer one. */
  void notLatest(long id) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE articles SET latest = ? WHERE id = ?")) {
      update.setBoolean(1, false);
      update.setLong(2, id);
      update.executeUpdate();
    }
  }

  /** True when this version of the article is stored already. */
  boolean exists(String url, int version) throws SQLException {
    try (PreparedStatement exists =
        connection.prepareStatement("SELECT 1 FROM articles WHERE url = ? AND version = ?")) {
      exists.setString(1, url);
      exists.setInt(2, version);
      try (ResultSet rs = exists.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Inserts a version as the latest and returns its id. */
  long insertArticle(String url, int version, Instant fetchedAt, String hash, Analysis analysis)
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
  List<QuoteChange> insertQuotes(long articleId, List<Quote> quotes, List<Quote> before)
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
        insert.setString(5, quote.speaker().map(s -> SpeakerKey.of(s.name())).orElse(null));
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

  /** Tells one version of a text from another: an unchanged page stores no new version. */
  static String contentHash(Analysis analysis) {
    byte[] text = analysis.article().text().getBytes(StandardCharsets.UTF_8);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
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
}
