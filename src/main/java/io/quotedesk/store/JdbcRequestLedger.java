package io.quotedesk.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The ledger as one table of the archive database, on its own connection so that taking a request
 * never waits behind a long search or save. A key this replica has seen alive is answered from
 * memory; anything else asks the database with one upsert, which is atomic in SQLite and PostgreSQL
 * alike.
 */
final class JdbcRequestLedger implements RequestLedger {
  static final String TABLE =
      "CREATE TABLE IF NOT EXISTS request_ledger (key TEXT PRIMARY KEY, until_ms BIGINT NOT NULL)";
  // Inserted, or an expired record taken over: one row changed. A live record: none.
  private static final String TAKE =
      "INSERT INTO request_ledger (key, until_ms) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET"
          + " until_ms = excluded.until_ms WHERE request_ledger.until_ms <= ?";
  private static final String PURGE = "DELETE FROM request_ledger WHERE until_ms <= ?";
  private static final int PURGE_EVERY = 512;

  private final Connection connection;
  private final Clock clock;
  private final String name;
  private final Cache<String, Instant> seenHere =
      Caffeine.newBuilder()
          .maximumSize(100_000)
          .expireAfter(
              Expiry.creating(
                  (String key, Instant until) ->
                      Duration.between(Instant.now(), until).isNegative()
                          ? Duration.ZERO
                          : Duration.between(Instant.now(), until)))
          .build();
  private int untilPurge = 0;

  /**
   * @param name what the database is, for error sentences ("the archive database")
   */
  JdbcRequestLedger(Connection connection, Clock clock, String name) throws StoreException {
    this.connection = connection;
    this.clock = clock;
    this.name = name;
    try (Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      createTable(statement);
    } catch (SQLException e) {
      throw new StoreException("QuoteDesk couldn't prepare " + name + " for Slack requests.", e);
    }
  }

  /** Two replicas starting together may both create the table; the loser sees it exists. */
  private static void createTable(Statement statement) throws SQLException {
    try {
      statement.execute(TABLE);
    } catch (SQLException raced) {
      statement.execute(TABLE);
    }
  }

  @Override
  public synchronized boolean firstTime(String key, Instant until) throws StoreException {
    Instant now = clock.instant();
    Instant known = seenHere.getIfPresent(key);
    if (known != null && known.isAfter(now)) {
      return false;
    }
    try {
      purgeNowAndThen(now);
      try (PreparedStatement take = connection.prepareStatement(TAKE)) {
        take.setString(1, key);
        take.setLong(2, until.toEpochMilli());
        take.setLong(3, now.toEpochMilli());
        boolean first = take.executeUpdate() == 1;
        if (first) {
          // Only our own record's end is known; another replica's may come sooner.
          seenHere.put(key, until);
        }
        return first;
      }
    } catch (SQLException e) {
      throw new StoreException("QuoteDesk can't reach " + name + " to record a Slack request.", e);
    }
  }

  private void purgeNowAndThen(Instant now) throws SQLException {
    if (--untilPurge > 0) {
      return;
    }
    untilPurge = PURGE_EVERY;
    try (PreparedStatement purge = connection.prepareStatement(PURGE)) {
      purge.setLong(1, now.toEpochMilli());
      purge.executeUpdate();
    }
  }

  @Override
  public synchronized boolean reachable() {
    try (Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(2);
      return statement.execute("SELECT 1");
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public synchronized void close() throws StoreException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("QuoteDesk couldn't close " + name + ".", e);
    }
  }
}
