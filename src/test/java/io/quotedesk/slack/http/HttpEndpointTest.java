package io.quotedesk.slack.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.store.SqliteStore;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP endpoint as an attacker and an operator meet it, over real loopback connections. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HttpEndpointTest {
  static final String FORM = "application/x-www-form-urlencoded";
  static final String JSON = "application/json";
  static final String FORGED = "FORGED-LOG-LINE";

  @TempDir Path dir;
  private SlackStandIn slack;
  private Replica replica;
  private int port;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    replica = replica(HttpEndpoint.Limits.DEFAULT);
    port = replica.port();
  }

  private Replica replica(HttpEndpoint.Limits limits) throws Exception {
    return new Replica(
        SqliteStore.open(dir),
        SqliteStore.openLedger(dir, java.time.Clock.systemUTC()),
        slack,
        limits,
        5);
  }

  @AfterEach
  void stop() throws Exception {
    replica.close();
    slack.close();
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  @Test
  void aSignedCommandIsAckedAfterTheWarmUpHasGoneThroughTheWholePath() throws Exception {
    // Five warm-up commands were acked, and Bolt's auth.test happened before the port opened.
    assertThat(replica.requests("command", "acked")).isEqualTo(5);
    int authTests = slack.authTests.get();
    assertThat(authTests).isPositive();
    var answer = SlackStandIn.command(port, slack.commandBody("/quotedesk", "help"));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("ephemeral").contains("/quotedesk summary");
    assertThat(slack.authTests.get()).isEqualTo(authTests);
  }

  @Test
  void unsignedStaleAndFutureRequestsGet401() throws Exception {
    String body = slack.commandBody("/quotedesk", "help");
    var wrongSecret = SlackStandIn.signedHeaders(FORM, body, now());
    wrongSecret.put(
        "X-Slack-Signature",
        SlackStandIn.signature("wrong", now(), body.getBytes(StandardCharsets.UTF_8)));
    assertThat(SlackStandIn.post(port, wrongSecret, body).status()).isEqualTo(401);
    assertThat(SlackStandIn.post(port, Map.of("Content-Type", FORM), body).status()).isEqualTo(401);
    long stale = now() - Duration.ofMinutes(6).toSeconds();
    long ahead = now() + Duration.ofMinutes(6).toSeconds();
    assertThat(
            SlackStandIn.post(port, SlackStandIn.signedHeaders(FORM, body, stale), body).status())
        .isEqualTo(401);
    assertThat(
            SlackStandIn.post(port, SlackStandIn.signedHeaders(FORM, body, ahead), body).status())
        .isEqualTo(401);
    assertThat(replica.requests("unknown", "unsigned")).isEqualTo(2);
    assertThat(replica.requests("unknown", "stale")).isEqualTo(2);
  }

  @Test
  void aBodyOverOneMegabyteGets413WithoutBeingRead() throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: "
                  + FORM
                  + "\r\nContent-Length: 52428800\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[64 * 1024]);
      out.flush();
      assertThat(SlackStandIn.read(socket.getInputStream()).status()).isEqualTo(413);
    }
    // Chunked, so no length is declared: the cap still holds while reading.
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: "
                  + FORM
                  + "\r\nTransfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[256 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < 5; i++) {
        out.write(("40000\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
      assertThat(SlackStandIn.read(socket.getInputStream()).status()).isEqualTo(413);
    } catch (java.net.SocketException closedWhileWriting) {
      // The server may answer and close before the last chunk is written; the count below holds.
    }
    assertThat(replica.requests("unknown", "too_large")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aReplayedSignedCommandIsAnsweredOnce() throws Exception {
    String body = slack.commandBody("/quotedesk", "help");
    var headers = SlackStandIn.signedHeaders(FORM, body, now());
    assertThat(SlackStandIn.post(port, headers, body).status()).isEqualTo(200);
    var replay = SlackStandIn.post(port, headers, body);
    assertThat(replay.status()).isEqualTo(409);
    assertThat(replay.body()).doesNotContain("/quotedesk summary");
    assertThat(replica.requests("command", "acked")).isEqualTo(5 + 1);
    assertThat(replica.requests("unknown", "replayed")).isEqualTo(1);
  }

  @Test
  void signedButMalformedPayloadsGet400NotADroppedConnection() throws Exception {
    List<String[]> bad =
        List.of(
            new String[] {JSON, "{\"type\":\"url_verification\",\"token\":\"t\"}"},
            new String[] {
              FORM, "payload=" + URLEncoder.encode("{not json", StandardCharsets.UTF_8)
            },
            new String[] {FORM, "payload=%5B1%2C2%5D"},
            new String[] {JSON, "{\"type\":\"event_callback\",\"event_id\":\"Ev1\"}"},
            new String[] {
              JSON, "{\"type\":\"event_callback\",\"event\":{\"type\":\"app_mention\"}}"
            },
            new String[] {JSON, "[\"" + FORGED + "\"]"},
            new String[] {"text/plain", "hello"});
    for (String[] request : bad) {
      var headers = SlackStandIn.signedHeaders(request[0], request[1], now());
      var answer = SlackStandIn.post(port, headers, request[1]);
      assertThat(answer.status()).as(request[1]).isEqualTo(400);
    }
    String check = "{\"type\":\"url_verification\",\"token\":\"t\",\"challenge\":\"c-123\"}";
    var answer = SlackStandIn.post(port, SlackStandIn.signedHeaders(JSON, check, now()), check);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("c-123");
  }

  @Test
  void bodiesAreNeverLoggedSoTheyCannotForgeLogLines() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      String junk = "text=\n12:00:00.000 INFO Admin - " + FORGED + "\n&command=/x";
      SlackStandIn.post(port, Map.of("Content-Type", FORM), junk);
      String signedJunk = "{\"type\":\"event_callback\",\"note\":\"\\n" + FORGED + "\"}";
      SlackStandIn.post(port, SlackStandIn.signedHeaders(JSON, signedJunk, now()), signedJunk);
      String unhandled =
          "{\"type\":\"event_callback\",\"event_id\":\"Ev7\",\"team_id\":\"T1\",\"event\":"
              + "{\"type\":\"reaction_added\",\"text\":\"\\n"
              + FORGED
              + "\"}}";
      SlackStandIn.post(port, SlackStandIn.signedHeaders(JSON, unhandled, now()), unhandled);
    } finally {
      System.setErr(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain(FORGED);
  }

  @Test
  void sixteenSlowConnectionsDoNotHoldBackASignedCommand() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket
            .getOutputStream()
            .write(
                ("POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: "
                        + FORM
                        + "\r\nContent-Length: 100000\r\n\r\ntext=slow")
                    .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        slow.add(socket);
      }
      for (int i = 0; i < 8; i++) { // and some that never finish their headers
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket
            .getOutputStream()
            .write(
                "POST /slack/events HTTP/1.1\r\nHost: x\r\nX-Sl"
                    .getBytes(StandardCharsets.US_ASCII));
        slow.add(socket);
      }
      while (replica.endpoint.requestsInProgress() < 16) {
        Thread.sleep(10); // every slow body is being read: the server holds all sixteen
      }
      var answer = SlackStandIn.command(port, slack.commandBody("/quotedesk", "help"));
      assertThat(answer.status()).isEqualTo(200);
      assertThat(replica.endpoint.requestsInProgress()).isGreaterThanOrEqualTo(16); // still held
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }
  }

  @Test
  void headerAndBodyDeadlinesEndSlowConnections() throws Exception {
    replica.close();
    replica =
        replica(
            new HttpEndpoint.Limits(
                1 << 20,
                Duration.ofMillis(300),
                Duration.ofMillis(300),
                Duration.ofSeconds(30),
                32,
                1000));
    port = replica.port();
    try (Socket headers = new Socket(InetAddress.getLoopbackAddress(), port)) {
      headers.setSoTimeout(20_000);
      headers
          .getOutputStream()
          .write("POST /slack/events HTTP/1.1\r\nHo".getBytes(StandardCharsets.US_ASCII));
      // Answered and closed long before the idle timeout.
      assertThat(SlackStandIn.read(headers.getInputStream()).status()).isEqualTo(408);
    }
    try (Socket body = new Socket(InetAddress.getLoopbackAddress(), port)) {
      body.setSoTimeout(20_000);
      body.getOutputStream()
          .write(
              ("POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\nab")
                  .getBytes(StandardCharsets.US_ASCII));
      assertThat(SlackStandIn.read(body.getInputStream()).status()).isEqualTo(408);
    }
  }

  @Test
  void healthReadyAndMetricsAreServedUnsigned() throws Exception {
    assertThat(get("/health").status()).isEqualTo(200);
    var ready = get("/ready");
    assertThat(ready.status()).isEqualTo(200);
    SlackStandIn.command(port, slack.commandBody("/quotedesk", "help"));
    var metrics = get("/metrics");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("quotedesk_slack_requests_total{kind=\"command\",outcome=\"acked\"} 6.0")
        .contains("quotedesk_slack_ack_seconds_bucket")
        .contains("quotedesk_slack_answer_seconds");
    assertThat(SlackStandIn.exchange(port, "POST", "/health", Map.of(), new byte[0]).status())
        .isEqualTo(405);
    assertThat(get("/nothing").status()).isEqualTo(404);
    replica.readiness.draining();
    assertThat(get("/ready").status()).isEqualTo(503);
    assertThat(get("/health").status()).isEqualTo(200);
  }

  @Test
  void readinessSaysWhenTheArchiveIsUnreachable() throws Exception {
    replica.ledger.close();
    var ready = get("/ready");
    assertThat(ready.status()).isEqualTo(503);
    assertThat(ready.body()).contains("archive");
  }

  private SlackStandIn.Answer get(String path) throws Exception {
    return SlackStandIn.exchange(port, "GET", path, Map.of(), new byte[0]);
  }
}
