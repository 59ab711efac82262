package io.quotedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * PostgreSQL's lock timeout while another session holds a table: each save is tried again until the
 * lock goes, and every article is stored. Runs when TEST_POSTGRES_URL is set.
 */
class PostgresBusyTest {
  @BeforeAll
  static void requireDatabase() {
    PostgresStoreTest.requireDatabase(); // skipped without TEST_POSTGRES_URL, failed under CI
  }

  @Test
  void savesWaitOutALockHeldLongerThanTheLockTimeout() throws Exception {
    String url = PostgresStoreTest.URL;
    try (Connection admin = DriverManager.getConnection(url);
        Statement statement = admin.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS busy CASCADE");
      statement.execute("CREATE SCHEMA busy");
    }
    String separator = url.contains("?") ? "&" : "?";
    String schemaUrl = url + separator + "currentSchema=busy";
    // Each statement gives up on a lock after 200 ms: the store must try again, not fail.
    try (ArticleStore store = PostgresStore.open(schemaUrl + "&options=-c%20lock_timeout=200")) {
      CountDownLatch locked = new CountDownLatch(1);
      Thread other =
          new Thread(
              () -> {
                try (Connection connection = DriverManager.getConnection(schemaUrl);
                    Statement statement = connection.createStatement()) {
                  statement.execute("BEGIN");
                  statement.execute("LOCK TABLE articles IN EXCLUSIVE MODE");
                  locked.countDown();
                  Thread.sleep(2_000);
                  statement.execute("COMMIT");
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      other.start();
      assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
      PGSimpleDataSource plain = new PGSimpleDataSource();
      plain.setURL(schemaUrl + "&options=-c%20lock_timeout=200");
      try (ArticleStore impatient = PostgresStore.open(plain, () -> {}, BusyRetry.NONE)) {
        // Without retries the lock is an error: what the patient store below has to wait out.
        assertThatThrownBy(
                () ->
                    impatient.save(
                        "https://news.test/x",
                        ArticleStoreContract.analysis(ArticleStoreContract.BUDGET, null, null),
                        ArticleStoreContract.T0))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("lock timeout");
      }
      for (int i = 0; i < 5; i++) {
        store.save(
            "https://news.test/" + i,
            ArticleStoreContract.analysis(ArticleStoreContract.BUDGET + " Item " + i, null, null),
            ArticleStoreContract.T0);
      }
      other.join();
      assertThat(store.counts().articles()).isEqualTo(5);
    }
  }
}
