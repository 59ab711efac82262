package io.quotedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.quotedesk.analysis.Analysis;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Faults no real database gives on demand, injected under the store at the JDBC level (a mocked
 * {@link DataSource} handing out real SQLite connections behind Mockito stand-ins): whatever fails,
 * an article is stored with all its quotes or not at all, and the store goes on.
 */
class StoreFaultsTest {
  @TempDir Path dir;
  private Path file;
  private final AtomicBoolean dieAtCommit = new AtomicBoolean();
  private final AtomicBoolean diskFullInQuotes = new AtomicBoolean();
  private final AtomicBoolean poolExhausted = new AtomicBoolean();
  private final AtomicBoolean bugInQuotes = new AtomicBoolean();
  private ArticleStore store;

  @BeforeEach
  void open() throws Exception {
    file = dir.resolve("quotedesk.db");
    DataSource pool = mock(DataSource.class);
    when(pool.getConnection())
        .thenAnswer(
            call -> {
              if (poolExhausted.get()) {
                throw new SQLTransientConnectionException(
                    "quotedesk-archive - Connection is not available, request timed out after"
                        + " 10000ms.");
              }
              return faulty(SqliteStore.connect(file, 0));
            });
    store = SqliteStore.open(file, Connections.pooled(pool, () -> {}), BusyRetry.NONE);
  }

  /** A real connection whose COMMIT or quote batch fails when a test says so. */
  private Connection faulty(Connection real) throws SQLException {
    Connection connection = mock(Connection.class, delegatesTo(real));
    doAnswer(call -> faultyStatement(real.createStatement(), real))
        .when(connection)
        .createStatement();
    doAnswer(call -> faultyBatch(real.prepareStatement(call.getArgument(0))))
        .when(connection)
        .prepareStatement(startsWith("INSERT INTO quotes"));
    return connection;
  }

  private Statement faultyStatement(Statement real, Connection connection) throws SQLException {
    Statement statement = mock(Statement.class, delegatesTo(real));
    doAnswer(
            call -> {
              String sql = call.getArgument(0);
              if (sql.equals("COMMIT") && dieAtCommit.getAndSet(false)) {
                connection.close(); // the connection is gone; the server never saw COMMIT
                throw new SQLException(
                    "An I/O error occurred while sending to the backend.", "08006");
              }
              return real.execute(sql);
            })
        .when(statement)
        .execute(anyString());
    return statement;
  }

  private PreparedStatement faultyBatch(PreparedStatement real) throws SQLException {
    PreparedStatement insert = mock(PreparedStatement.class, delegatesTo(real));
    doAnswer(
            call -> {
              int[] counts = real.executeBatch(); // the rows are written, then the disk fills
              if (bugInQuotes.getAndSet(false)) {
                throw new IllegalStateException("a bug of ours, not the database's");
              }
              if (diskFullInQuotes.getAndSet(false)) {
                throw new SQLiteException(
                    "[SQLITE_FULL] database or disk is full", SQLiteErrorCode.SQLITE_FULL);
              }
              return counts;
            })
        .when(insert)
        .executeBatch();
    return insert;
  }

  /** Every test article has the same quotes but one, so the same number of them. */
  private static final int QUOTES_PER_ARTICLE = article(0).quotes().size();

  private static Analysis article(int i) {
    return ArticleStoreContract.analysis(
        ArticleStoreContract.NATO + "\n\n\"Item " + i + " matters,\" she said.", null, null);
  }

  @Test
  void aConnectionDyingAtCommitLeavesNoHalfArticleAndTheNextOneIsStored() throws Exception {
    store.save("a", article(1), ArticleStoreContract.T0);
    dieAtCommit.set(true);
    assertThatThrownBy(() -> store.save("b", article(2), ArticleStoreContract.T0))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("QuoteDesk couldn't store the article");
    store.save("c", article(3), ArticleStoreContract.T0);
    assertWholeOrAbsent("a", true);
    assertWholeOrAbsent("b", false);
    assertWholeOrAbsent("c", true);
  }

  @Test
  void aDiskFillingHalfwayThroughABatchLosesOnlyThatArticle() throws Exception {
    for (int i = 1; i <= 5; i++) {
      diskFullInQuotes.set(i == 3);
      String url = "article-" + i;
      if (i == 3) {
        assertThatThrownBy(() -> store.save(url, article(3), ArticleStoreContract.T0))
            .hasMessage(
                "The archive's disk is full, so QuoteDesk couldn't store the article; nothing"
                    + " stored was lost.");
      } else {
        store.save(url, article(i), ArticleStoreContract.T0);
      }
    }
    for (int i = 1; i <= 5; i++) {
      assertWholeOrAbsent("article-" + i, i != 3);
    }
  }

  @Test
  void aPoolThatTimesOutIsOneSentenceAndWritesNothing() throws Exception {
    poolExhausted.set(true);
    assertThatThrownBy(() -> store.save("a", article(1), ArticleStoreContract.T0))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "The archive database didn't give QuoteDesk a connection in time, so it couldn't"
                + " store the article; try again in a moment.");
    poolExhausted.set(false);
    assertWholeOrAbsent("a", false);
    store.save("a", article(1), ArticleStoreContract.T0);
    assertWholeOrAbsent("a", true);
  }

  @Test
  void aBugHalfwayThroughAWriteRollsItBackBeforeTheConnectionIsUsedAgain() throws Exception {
    // SQLite's one connection for the store's life: what the failed write left open, the next
    // write would commit (or fail to begin), and the write lock would stay taken meanwhile.
    store.close();
    store =
        SqliteStore.open(
            file, Connections.single(faulty(SqliteStore.connect(file, 0))), BusyRetry.NONE);
    bugInQuotes.set(true);
    assertThatThrownBy(() -> store.save("b", article(2), ArticleStoreContract.T0))
        .isInstanceOf(IllegalStateException.class);
    store.save("c", article(3), ArticleStoreContract.T0);
    assertWholeOrAbsent("b", false);
    assertWholeOrAbsent("c", true);
  }

  /** Read on a plain connection of its own: the article with every quote, or nothing of it. */
  private void assertWholeOrAbsent(String url, boolean present) throws SQLException {
    int expectedQuotes = QUOTES_PER_ARTICLE;
    try (Connection check = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = check.createStatement()) {
      try (ResultSet rs =
          statement.executeQuery(
              "SELECT COUNT(DISTINCT a.id), COUNT(q.id) FROM articles a LEFT JOIN quotes q ON"
                  + " q.article_id = a.id WHERE a.url = '"
                  + url
                  + "'")) {
        rs.next();
        assertThat(rs.getInt(1)).as(url + " stored").isEqualTo(present ? 1 : 0);
        assertThat(rs.getInt(2)).as(url + " quotes").isEqualTo(present ? expectedQuotes : 0);
      }
      try (ResultSet orphans =
          statement.executeQuery(
              "SELECT COUNT(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)")) {
        orphans.next();
        assertThat(orphans.getInt(1)).as("quotes without an article").isZero();
      }
    }
  }
}
