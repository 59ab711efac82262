package io.quotedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quotedesk.ingest.ArticleLoader;
import io.quotedesk.slack.http.HttpEndpoint;
import io.quotedesk.slack.http.Replica;
import io.quotedesk.slack.http.SlackStandIn;
import io.quotedesk.store.Archive;
import io.quotedesk.store.SqliteStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas over one archive answer every command and event exactly once, whichever receives it,
 * retries and replays included: in-process over one SQLite file, and as two {@code serve --http}
 * processes over one PostgreSQL database when TEST_POSTGRES_URL is set (as in CI).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ReplicasTest {
  static final String STORY =
      "NATO chief warns\n\n\"We should not undermine the credibility of NATO's deterrence,\""
          + " NATO Secretary General Jens Stoltenberg said on Wednesday.\n\n\"An attack on one"
          + " ally is an attack on all of us,\" he added.";
  static final String FORM = "application/x-www-form-urlencoded";

  @TempDir Path dir;
  private SlackStandIn slack;
  private Path seed;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    seed = Files.writeString(dir.resolve("nato.txt"), STORY);
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void twoReplicasOverOneSqliteFileAnswerOnce() throws Exception {
    Path data = dir.resolve("data");
    try (var store = SqliteStore.open(data)) {
      new Archive(store, ArticleLoader.withPrivateHosts(List.of())).ingest(seed.toString());
    }
    try (Replica a = replica(data);
        Replica b = replica(data)) {
      sendEverythingToBoth(a.port(), b.port(), () -> (int) (a.answers() + b.answers()));
    }
  }

  private Replica replica(Path data) throws Exception {
    return new Replica(
        SqliteStore.open(data),
        SqliteStore.openLedger(data, Clock.systemUTC()),
        slack,
        HttpEndpoint.Limits.DEFAULT,
        0);
  }

  @Test
  void twoServeProcessesOverOnePostgresDatabaseAnswerOnce() throws Exception {
    String url = System.getenv("TEST_POSTGRES_URL");
    assumeTrue(url != null && !url.isBlank(), "TEST_POSTGRES_URL is not set");
    String schemaUrl = freshSchema(url, "replicas");
    StringWriter err = new StringWriter();
    int ingested =
        Main.run(
            new String[] {"--set", "db.url=" + schemaUrl, "ingest", seed.toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertThat(ingested).as(err.toString()).isZero();
    List<Served> replicas = new ArrayList<>();
    try {
      replicas.add(serve(schemaUrl)); // both start at once: two JVM starts cost one wait
      replicas.add(serve(schemaUrl));
      Served a = replicas.get(0);
      Served b = replicas.get(1);
      a.port().get(120, TimeUnit.SECONDS);
      b.port().get(120, TimeUnit.SECONDS);
      sendEverythingToBoth(a.port().join(), b.port().join(), () -> a.answers() + b.answers());
    } finally {
      for (Served replica : replicas) {
        // SIGTERM, keeping the output open (Process.destroy closes it): the hook drains and closes.
        replica.process().toHandle().destroy();
      }
      for (Served replica : replicas) {
        assertThat(replica.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        String log = replica.log().get(5, TimeUnit.SECONDS);
        assertThat(log).as("exit " + replica.process().exitValue()).contains("QuoteDesk stopped");
      }
    }
  }

  /** The same signed command to both; an event to one and Slack's retries of it to both. */
  private void sendEverythingToBoth(int portA, int portB, IntSupplier answers) throws Exception {
    String command = slack.commandBody("/whosaid", "\"attack on one ally\"");
    Map<String, String> signed =
        SlackStandIn.signedHeaders(FORM, command, Instant.now().getEpochSecond());
    int first = SlackStandIn.post(portA, signed, command).status();
    int second = SlackStandIn.post(portB, signed, command).status();
    assertThat(List.of(first, second)).containsExactly(200, 409);

    String event =
        SlackStandIn.mentionBody("EvReplica1", "<@UBOT> who said \"undermine the credibility\"?");
    long now = Instant.now().getEpochSecond();
    assertThat(post(portA, event, now, Map.of()).status()).isEqualTo(200);
    Map<String, String> retry = Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "timeout");
    assertThat(post(portB, event, now - 1, retry).status()).isEqualTo(200);
    assertThat(post(portA, event, now - 2, retry).status()).isEqualTo(200);
    // Work is handed to the workers before the ack is sent: the count is final now.
    assertThat(answers.getAsInt()).isEqualTo(2);
    for (int i = 0; i < 400 && slack.posts.size() < 2; i++) {
      Thread.sleep(50);
    }
    assertThat(String.join("\n", slack.posts)).contains("Stoltenberg");
  }

  private static SlackStandIn.Answer post(
      int port, String body, long timestamp, Map<String, String> extra) throws Exception {
    Map<String, String> headers =
        new java.util.LinkedHashMap<>(
            SlackStandIn.signedHeaders("application/json", body, timestamp));
    headers.putAll(extra);
    return SlackStandIn.post(port, headers, body);
  }

  /** One {@code serve --http} process and what it logs. */
  private record Served(
      Process process, CompletableFuture<Integer> port, CompletableFuture<String> log) {
    int answers() {
      try {
        String metrics =
            SlackStandIn.exchange(port.join(), "GET", "/metrics", Map.of(), new byte[0]).body();
        Matcher m = Pattern.compile("(?m)^quotedesk_slack_answers_total (\\S+)$").matcher(metrics);
        return m.find() ? (int) Double.parseDouble(m.group(1)) : 0;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private Served serve(String dbUrl) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "--set",
            "db.url=" + dbUrl,
            "serve",
            "--http",
            "--port",
            "0");
    builder.environment().put("SLACK_BOT_TOKEN", "xoxb-test");
    builder.environment().put("SLACK_SIGNING_SECRET", SlackStandIn.SECRET);
    builder.environment().put("SLACK_API_URL", slack.apiUrl());
    builder.redirectErrorStream(true);
    Process process = builder.start();
    CompletableFuture<Integer> port = new CompletableFuture<>();
    CompletableFuture<String> log = new CompletableFuture<>();
    Pattern serving = Pattern.compile("serves Slack at http://0\\.0\\.0\\.0:(\\d+)/");
    Thread reader =
        new Thread(
            () -> {
              StringBuilder all = new StringBuilder();
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  all.append(line).append('\n');
                  Matcher m = serving.matcher(line);
                  if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                  }
                }
              } catch (java.io.IOException e) {
                // the process ended
              }
              port.completeExceptionally(new AssertionError("serve ended:\n" + all));
              log.complete(all.toString());
            });
    reader.setDaemon(true);
    reader.start();
    return new Served(process, port, log);
  }

  private static String freshSchema(String url, String schema) throws Exception {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
