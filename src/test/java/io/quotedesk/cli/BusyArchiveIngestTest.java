package io.quotedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.SqliteStore;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another program holding the archive's write lock delays an ingest; it never cuts it short. */
class BusyArchiveIngestTest {
  private static final int ARTICLES = 40;

  @TempDir Path dir;

  @Test
  void everyArticleIsStoredWhileAnotherWriterHoldsTheLockForAWhile() throws Exception {
    Path data = dir.resolve("data");
    Path folder = Files.createDirectories(dir.resolve("articles"));
    for (int i = 0; i < ARTICLES; i++) {
      Files.writeString(
          folder.resolve(String.format("%03d.txt", i)),
          "Story " + i + "\n\n\"Item " + i + " matters to us,\" Mayor Ann Ruiz said.");
    }
    SqliteStore.open(data).close(); // the archive exists before the other writer locks it

    CountDownLatch locked = new CountDownLatch(1);
    Thread otherWriter =
        new Thread(
            () -> {
              try (Connection other =
                      DriverManager.getConnection("jdbc:sqlite:" + SqliteStore.file(data));
                  Statement statement = other.createStatement()) {
                statement.execute("BEGIN EXCLUSIVE");
                locked.countDown();
                // Longer than SQLite's own busy timeout (2 s), which alone gave up at once.
                Thread.sleep(4_500);
                statement.execute("ROLLBACK");
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    otherWriter.start();
    assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Platform platform =
        new Platform(Map.of(), dir.resolve("home"), "Linux", new ByteArrayInputStream(new byte[0]));
    int code =
        Main.run(
            new String[] {"--set", "data.dir=" + data, "ingest", folder.toString()},
            new PrintWriter(out),
            new PrintWriter(err),
            platform);
    otherWriter.join();

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString().lines().filter(l -> l.startsWith("stored "))).hasSize(ARTICLES);
    try (ArticleStore store = SqliteStore.open(data)) {
      assertThat(store.counts().articles()).isEqualTo(ARTICLES);
      assertThat(store.counts().quotes()).isEqualTo(ARTICLES);
    }
  }
}
