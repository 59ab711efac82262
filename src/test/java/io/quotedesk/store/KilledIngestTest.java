package io.quotedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL in the middle of a large ingest loses nothing it reported as
 * stored, and the archive opens cleanly afterwards.
 */
class KilledIngestTest {
  @TempDir Path dir;

  /** The child process: stores articles one by one, saying so after each commit. */
  public static void main(String[] args) throws Exception {
    try (ArticleStore store = SqliteStore.open(Path.of(args[0]))) {
      for (int i = 0; i < 100_000; i++) {
        store.save(
            "article-" + i,
            ArticleStoreContract.analysis(
                ArticleStoreContract.NATO + " Item " + i + ".", null, null),
            Instant.now());
        System.out.println("stored " + i);
        System.out.flush();
      }
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void killedMidIngestLosesNothingReportedStored() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                KilledIngestTest.class.getName(),
                dir.toString())
            .redirectErrorStream(false)
            .start();
    List<Integer> reported = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && reported.size() < 60) {
        if (line.startsWith("stored ")) {
          reported.add(Integer.parseInt(line.substring(7)));
        }
      }
      child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no clean close
      child.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(reported).hasSizeGreaterThanOrEqualTo(60);
    try (Connection connection =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteStore.FILE_NAME));
        Statement statement = connection.createStatement();
        ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
      check.next();
      assertThat(check.getString(1)).isEqualTo("ok");
    }
    try (ArticleStore store = SqliteStore.open(dir)) {
      for (int i : reported) {
        assertThat(store.latest("article-" + i)).as("article %d", i).isPresent();
      }
    }
  }
}
