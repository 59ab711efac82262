package io.quotedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A locked, a damaged and a full archive: one clear sentence each, and nothing stored is lost. */
class SqliteFailuresTest {
  @TempDir Path dir;

  @Test
  void lockedArchiveSaysSoAndKeepsWhatItHas() throws Exception {
    try (ArticleStore store = SqliteStore.open(dir, 0, BusyRetry.NONE)) {
      store.save(
          "a",
          ArticleStoreContract.analysis(ArticleStoreContract.BUDGET, null, null),
          ArticleStoreContract.T0);
      try (Connection other =
              DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteStore.FILE_NAME));
          Statement statement = other.createStatement()) {
        statement.execute("PRAGMA busy_timeout = 0");
        statement.execute("BEGIN EXCLUSIVE");
        assertThatThrownBy(
                () ->
                    store.save(
                        "b",
                        ArticleStoreContract.analysis(ArticleStoreContract.NATO, null, null),
                        ArticleStoreContract.T0))
            .isInstanceOf(StoreException.class)
            .hasMessage("The archive is busy in another program; try again in a moment.");
        statement.execute("ROLLBACK");
      }
      assertThat(store.latest("a")).isPresent();
      assertThat(
              store
                  .save(
                      "b",
                      ArticleStoreContract.analysis(ArticleStoreContract.NATO, null, null),
                      ArticleStoreContract.T0)
                  .version())
          .isEqualTo(1);
    }
  }

  @Test
  void damagedFileIsNamedNotCrashedOn() throws Exception {
    Files.createDirectories(dir);
    Files.write(
        dir.resolve(SqliteStore.FILE_NAME),
        "this is not a database, just some bytes!".repeat(200).getBytes());
    assertThatThrownBy(() -> SqliteStore.open(dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("is damaged; move it aside or restore it from an export.");
  }

  @Test
  void fullDiskRefusesTheNewArticleAndKeepsTheOldOnes() throws Exception {
    try (ArticleStore store = SqliteStore.open(dir, 40)) {
      int stored = 0;
      StoreException full = null;
      for (int i = 0; i < 500 && full == null; i++) {
        try {
          store.save(
              "article-" + i,
              ArticleStoreContract.analysis(
                  ArticleStoreContract.NATO + " Item " + i + ".", null, null),
              ArticleStoreContract.T0);
          stored++;
        } catch (StoreException e) {
          full = e;
        }
      }
      assertThat(full).isNotNull();
      assertThat(full.getMessage()).startsWith("The archive's disk is full");
      assertThat(stored).isPositive();
      for (int i = 0; i < stored; i++) {
        assertThat(store.latest("article-" + i)).as("article %d", i).isPresent();
      }
    }
  }
}
