package io.quotedesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.brief.AttributionBands;
import io.quotedesk.brief.UncertainSpeakers;
import io.quotedesk.ingest.ArticleLoader;
import io.quotedesk.store.Archive;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.RequestLedger;
import io.quotedesk.store.SqliteStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Slack app end to end: requests signed as Slack signs them go through {@code App.run};
 * MockWebServer stands in for Slack's Web API (and response_url) and for article sites.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackAppTest {
  static final String SECRET = "test-signing-secret";
  static final String STORY =
      "NATO chief warns\n\n\"We should not undermine the credibility of NATO's deterrence,\""
          + " NATO Secretary General Jens Stoltenberg said on Wednesday.\n\n\"An attack on one"
          + " ally is an attack on all of us,\" he added.";

  @TempDir Path dir;
  private MockWebServer slack;
  private MockWebServer site;
  private final ConcurrentLinkedQueue<RecordedRequest> posts = new ConcurrentLinkedQueue<>();
  private final AtomicInteger rateLimited = new AtomicInteger();
  private volatile String postError;
  private ArticleStore store;
  private RequestLedger ledger;
  private Workers workers;
  private SlackApp slackApp;
  private SlackRequestParser parser;
  private CountDownLatch siteGate = new CountDownLatch(0);
  private volatile int socketPort;

  @BeforeEach
  void start() throws Exception {
    slack = new MockWebServer();
    slack.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getPath();
            if (path.endsWith("/auth.test")) {
              return json(
                  "{\"ok\":true,\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\",\"team_id\":\"T1\",\"url\":\"https://t.slack.com/\"}");
            }
            if (path.endsWith("/chat.postMessage")) {
              if (rateLimited.getAndDecrement() > 0) {
                return new MockResponse().setResponseCode(429).setHeader("Retry-After", "1");
              }
              posts.add(request);
              return json(
                  postError == null
                      ? "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000100\"}"
                      : "{\"ok\":false,\"error\":\"" + postError + "\"}");
            }
            if (path.endsWith("/apps.connections.open")) {
              return json("{\"ok\":true,\"url\":\"ws://127.0.0.1:" + socketPort + "/link\"}");
            }
            if (path.endsWith("/chat.unfurl")
                || path.endsWith("/views.publish")
                || path.endsWith("/chat.postEphemeral")) {
              posts.add(request);
              return json("{\"ok\":true}");
            }
            if (path.startsWith("/respond")) {
              posts.add(request);
              return json("{\"ok\":true}");
            }
            return new MockResponse().setResponseCode(404);
          }
        });
    slack.start();
    site = new MockWebServer();
    site.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            siteGate.await(30, TimeUnit.SECONDS);
            return new MockResponse().setHeader("Content-Type", "text/plain").setBody(STORY);
          }
        });
    site.start();
    store = SqliteStore.open(dir);
    ledger = SqliteStore.openLedger(dir, Clock.systemUTC());
    Path seed = Files.writeString(dir.resolve("nato.txt"), STORY);
    // Stored from the command line, which reads files; the Slack app's archive reads the web only.
    new Archive(store, ArticleLoader.withPrivateHosts(List.of())).ingest(seed.toString());
    Archive archive =
        new Archive(store, ArticleLoader.webOnly(List.of("localhost", "127.0.0.1"), kind -> {}));
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(slack.url("/api/").toString());
    AppConfig appConfig =
        AppConfig.builder()
            .singleTeamBotToken("xoxb-test")
            .signingSecret(SECRET)
            .slack(Slack.getInstance(config))
            .build();
    workers = Workers.start(2, 4, 2);
    slackApp =
        new SlackApp(
            appConfig,
            new Answers(archive, new Analyzer(), AttributionBands.DEFAULT),
            workers,
            100,
            Clock.systemUTC(),
            List.of("localhost"),
            ledger);
    parser = new SlackRequestParser(appConfig);
  }

  @AfterEach
  void stop() throws Exception {
    workers.close();
    slack.shutdown();
    site.shutdown();
    store.close();
    ledger.close();
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  /** A request signed exactly as Slack signs them: v0=HMAC-SHA256("v0:" + ts + ":" + body). */
  private Response send(
      String contentType, String body, long timestamp, String secret, Map<String, String> extra)
      throws Exception {
    return slackApp
        .app()
        .run(SignedRequests.parse(parser, contentType, body, timestamp, secret, extra));
  }

  private Response command(String command, String text, String channel) throws Exception {
    String body =
        form(
            Map.of(
                "token",
                "t",
                "team_id",
                "T1",
                "channel_id",
                channel,
                "user_id",
                "U1",
                "command",
                command,
                "text",
                text,
                "response_url",
                slack.url("/respond/1").toString(),
                "trigger_id",
                "x"));
    return send(
        "application/x-www-form-urlencoded",
        body,
        Instant.now().getEpochSecond(),
        SECRET,
        Map.of());
  }

  private Response mention(
      String eventId, String text, String threadTs, Map<String, String> headers) throws Exception {
    String event =
        "{\"token\":\"t\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
            + "\"event_id\":\""
            + eventId
            + "\",\"event_time\":1700000000,"
            + "\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\""
            + text.replace("\"", "\\\"")
            + "\",\"ts\":\"1700000000.000200\",\"channel\":\"C1\",\"event_ts\":\"1700000000.000200\""
            + (threadTs == null ? "" : ",\"thread_ts\":\"" + threadTs + "\"")
            + "}}";
    return send("application/json", event, Instant.now().getEpochSecond(), SECRET, headers);
  }

  private static String form(Map<String, String> fields) {
    List<String> parts = new ArrayList<>();
    fields.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return String.join("&", parts);
  }

  private static String decoded(String body) {
    return java.net.URLDecoder.decode(body, StandardCharsets.UTF_8);
  }

  private RecordedRequest nextPost() throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      RecordedRequest post = posts.poll();
      if (post != null) {
        return post;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no message was posted");
  }

  @Test
  void helpIsAnsweredAtOnceAndPrivately() throws Exception {
    Response response = command("/quotedesk", "help", "C1");
    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getBody()).contains("ephemeral").contains("/quotedesk summary");
  }

  @Test
  void whoSaidPostsTheSourceWithTheQuoteInItsParagraph() throws Exception {
    Response response = command("/whosaid", "\"attack on one ally\"", "C1");
    assertThat(response.getStatusCode()).isEqualTo(200);
    String post = nextPost().getBody().readUtf8().transform(SlackAppTest::decoded);
    assertThat(post)
        .contains("channel=C1")
        .contains("Jens Stoltenberg, NATO Secretary General")
        .contains("In context:");
  }

  @Test
  void summaryOfALinkAcksThenPostsParentAndThread() throws Exception {
    String url = site.url("/story").toString();
    Response response = command("/quotedesk", "summary " + url, "C1");
    assertThat(response.getBody()).contains("Reading " + url);
    String parent = nextPost().getBody().readUtf8().transform(SlackAppTest::decoded);
    assertThat(parent)
        .contains("blocks=")
        .contains("NATO chief warns")
        .contains("\"type\":\"header\"");
    String thread = nextPost().getBody().readUtf8().transform(SlackAppTest::decoded);
    assertThat(thread).contains("thread_ts=1700000000.000100").contains("Jens Stoltenberg");
  }

  @Test
  void notInChannelAnswersThroughTheResponseUrl() throws Exception {
    postError = "not_in_channel";
    command("/quotes", "Stoltenberg", "C9");
    RecordedRequest first = nextPost();
    assertThat(first.getPath()).endsWith("/chat.postMessage");
    RecordedRequest fallback = nextPost();
    assertThat(fallback.getPath()).isEqualTo("/respond/1");
    assertThat(fallback.getBody().readUtf8().transform(SlackAppTest::decoded))
        .contains("in_channel")
        .contains("Stoltenberg");
  }

  @Test
  void directMessagesAnswerThroughTheResponseUrl() throws Exception {
    command("/quotedesk", "quotes Stoltenberg", "D123");
    assertThat(nextPost().getPath()).isEqualTo("/respond/1");
  }

  @Test
  void mentionInAThreadAnswersInThatThread() throws Exception {
    mention(
        "Ev1", "<@UBOT> who said \"undermine the credibility\"?", "1699999999.000001", Map.of());
    String post = nextPost().getBody().readUtf8().transform(SlackAppTest::decoded);
    assertThat(post).contains("thread_ts=1699999999.000001").contains("Stoltenberg");
  }

  @Test
  void mentionOutsideAThreadStartsOneOnTheMention() throws Exception {
    mention("Ev2", "<@UBOT> what did Stoltenberg say?", null, Map.of());
    assertThat(nextPost().getBody().readUtf8().transform(SlackAppTest::decoded))
        .contains("thread_ts=1700000000.000200");
  }

  @Test
  void aRetriedEventIsAnsweredOnce() throws Exception {
    mention("Ev3", "<@UBOT> what did Stoltenberg say?", null, Map.of());
    Thread.sleep(1500);
    int answered = posts.size();
    assertThat(answered).isPositive();
    mention(
        "Ev3",
        "<@UBOT> what did Stoltenberg say?",
        null,
        Map.of("x-slack-retry-num", "1", "x-slack-retry-reason", "http_timeout"));
    Thread.sleep(1000);
    assertThat(posts).hasSize(answered);
  }

  @Test
  void badSignatureAndStaleTimestampAreRefused() throws Exception {
    String body =
        form(
            Map.of(
                "command",
                "/quotedesk",
                "text",
                "help",
                "user_id",
                "U1",
                "channel_id",
                "C1",
                "team_id",
                "T1"));
    assertThat(
            send(
                    "application/x-www-form-urlencoded",
                    body,
                    Instant.now().getEpochSecond(),
                    "wrong-secret",
                    Map.of())
                .getStatusCode())
        .isEqualTo(401);
    long stale = Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond();
    assertThat(
            send("application/x-www-form-urlencoded", body, stale, SECRET, Map.of())
                .getStatusCode())
        .isEqualTo(401);
  }

  @Test
  void rateLimitedPostWaitsForRetryAfterAndPostsOnce() throws Exception {
    rateLimited.set(1);
    command("/whosaid", "\"attack on one ally\"", "C1");
    assertThat(nextPost().getBody().readUtf8().transform(SlackAppTest::decoded))
        .contains("Stoltenberg");
  }

  @Test
  void fiftyConcurrentCommandsAreAllAckedBeforeAnyArticleServerAnswers() throws Exception {
    siteGate = new CountDownLatch(1);
    List<Response> acks = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService clients = Executors.newFixedThreadPool(10);
    for (int i = 0; i < 50; i++) {
      String url = site.url("/held/" + i).toString();
      clients.submit(
          () -> {
            acks.add(command("/summary", url, "C1"));
            return null;
          });
    }
    clients.shutdown();
    assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(acks).hasSize(50).allSatisfy(r -> assertThat(r.getBody()).contains("Reading"));
    assertThat(posts).isEmpty(); // nothing answered yet: every article server is still held
    siteGate.countDown();
  }

  private Response event(String eventId, String eventJson) throws Exception {
    String body =
        "{\"token\":\"t\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
            + "\"event_id\":\""
            + eventId
            + "\",\"event_time\":1700000000,\"event\":"
            + eventJson
            + "}";
    Response response =
        send("application/json", body, Instant.now().getEpochSecond(), SECRET, Map.of());
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
    return response;
  }

  @Test
  void linksOnNewsDomainsUnfurlWithHeadlineBulletsAndTopQuote() throws Exception {
    String url = site.url("/unfurl").toString();
    event(
        "Ev9",
        "{\"type\":\"link_shared\",\"channel\":\"C1\",\"user\":\"U1\",\"message_ts\":\"1700000000.000300\","
            + "\"links\":[{\"domain\":\"localhost\",\"url\":\""
            + url
            + "\"},{\"domain\":\"elsewhere.test\",\"url\":\"https://elsewhere.test/x\"}],"
            + "\"event_ts\":\"1700000000.000300\"}");
    RecordedRequest unfurl = nextPost();
    assertThat(unfurl.getPath()).endsWith("/chat.unfurl");
    String body = unfurl.getBody().readUtf8().transform(SlackAppTest::decoded);
    assertThat(body)
        .contains("NATO chief warns")
        .contains(url)
        .doesNotContain("elsewhere.test")
        .contains("Jens Stoltenberg");
  }

  @Test
  void aFileLinkIsNeverUnfurledNorReadForACommand() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "Payroll\n\nThe secret line.\n");
    String address = secret.toUri().toString();
    event(
        "Ev11",
        "{\"type\":\"link_shared\",\"channel\":\"C1\",\"user\":\"U1\",\"message_ts\":\"1700000000.000300\","
            + "\"links\":[{\"domain\":\"localhost\",\"url\":\""
            + address
            + "\"},{\"domain\":\"localhost\",\"url\":\""
            + secret
            + "\"}],\"event_ts\":\"1700000000.000300\"}");
    command("/summary", address, "C1");
    String answer = nextPost().getBody().readUtf8().transform(SlackAppTest::decoded);
    assertThat(answer).contains("only http and https").doesNotContain("secret line");
    Thread.sleep(500); // the unfurl ran first on the same workers; nothing more may arrive
    assertThat(posts).noneMatch(p -> p.getPath().endsWith("/chat.unfurl"));
  }

  @Test
  void appHomeShowsHowToUseAndRecentArticles() throws Exception {
    event(
        "Ev10",
        "{\"type\":\"app_home_opened\",\"user\":\"U1\",\"channel\":\"D1\",\"tab\":\"home\",\"event_ts\":\"1700000000.000400\"}");
    RecordedRequest publish = nextPost();
    assertThat(publish.getPath()).endsWith("/views.publish");
    assertThat(publish.getBody().readUtf8().transform(SlackAppTest::decoded))
        .contains("Recently read")
        .contains("NATO chief warns")
        .contains("/quotedesk summary");
  }

  @Test
  void socketModeEnvelopesAreAckedOverTheSocketAndAnswered() throws Exception {
    java.util.concurrent.BlockingQueue<String> fromApp =
        new java.util.concurrent.LinkedBlockingQueue<>();
    CountDownLatch connected = new CountDownLatch(1);
    CountDownLatch listening = new CountDownLatch(1);
    org.java_websocket.server.WebSocketServer stand =
        new org.java_websocket.server.WebSocketServer(
            new java.net.InetSocketAddress("127.0.0.1", 0)) {
          @Override
          public void onOpen(
              org.java_websocket.WebSocket conn,
              org.java_websocket.handshake.ClientHandshake handshake) {
            conn.send("{\"type\":\"hello\",\"num_connections\":1}");
            connected.countDown();
          }

          @Override
          public void onClose(
              org.java_websocket.WebSocket conn, int code, String reason, boolean remote) {}

          @Override
          public void onMessage(org.java_websocket.WebSocket conn, String message) {
            fromApp.add(message);
          }

          @Override
          public void onError(org.java_websocket.WebSocket conn, Exception ex) {}

          @Override
          public void onStart() {
            listening.countDown();
          }
        };
    stand.start();
    // On a busy machine the stand can take seconds to listen: wait for it, not for a fixed time.
    assertThat(listening.await(20, TimeUnit.SECONDS)).isTrue();
    socketPort = stand.getPort();
    var socketApp =
        new com.slack.api.bolt.socket_mode.SocketModeApp(
            "xapp-test",
            com.slack.api.socket_mode.SocketModeClient.Backend.JavaWebSocket,
            slackApp.app());
    try {
      socketApp.startAsync();
      assertThat(connected.await(20, TimeUnit.SECONDS)).isTrue();
      String envelope =
          "{\"envelope_id\":\"env-1\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,"
              + "\"payload\":{\"token\":\"t\",\"team_id\":\"T1\",\"channel_id\":\"C1\",\"user_id\":\"U1\","
              + "\"command\":\"/whosaid\",\"text\":\"attack on one ally\",\"response_url\":\""
              + slack.url("/respond/2")
              + "\",\"trigger_id\":\"x\"}}";
      stand.getConnections().forEach(c -> c.send(envelope));
      String ack = fromApp.poll(20, TimeUnit.SECONDS);
      assertThat(ack).contains("env-1").contains("Looking that up");
      assertThat(nextPost().getBody().readUtf8().transform(SlackAppTest::decoded))
          .contains("Jens Stoltenberg");
    } finally {
      socketApp.close();
      stand.stop(1000);
    }
  }

  @Test
  void factsAndQuotesOfALink() throws Exception {
    String url = site.url("/facts").toString();
    assertThat(command("/facts", url, "C1").getBody()).contains("Reading");
    assertThat(nextPost().getBody().readUtf8().transform(SlackAppTest::decoded))
        .contains("NATO chief warns")
        .contains("on Wednesday");
    command("/quotedesk", "quotes " + url, "C1");
    assertThat(nextPost().getBody().readUtf8().transform(SlackAppTest::decoded))
        .contains("2 quotes from 1 speakers");
    assertThat(nextPost().getBody().readUtf8().transform(SlackAppTest::decoded))
        .contains("thread_ts=")
        .contains("Jens Stoltenberg");
  }

  @Test
  void tooManyFetchesFromOneUserAreRefusedPolitely() throws Exception {
    SlackApp limited =
        new SlackApp(
            AppConfig.builder()
                .singleTeamBotToken("xoxb-test")
                .signingSecret(SECRET)
                .slack(slackApp.app().config().getSlack())
                .build(),
            new Answers(null, new Analyzer(), AttributionBands.DEFAULT),
            workers,
            1,
            Clock.systemUTC(),
            List.of(),
            ledger);
    slackApp = limited;
    parser = new SlackRequestParser(limited.app().config());
    siteGate = new CountDownLatch(1);
    assertThat(command("/summary", site.url("/a").toString(), "C1").getBody()).contains("Reading");
    assertThat(command("/summary", site.url("/b").toString(), "C1").getBody())
        .contains("try again shortly");
    siteGate.countDown();
  }

  @Test
  void checkquoteAnswersPrivatelyWithTheVerdict() throws Exception {
    Response ack =
        command(
            "/checkquote",
            "\u201Can attack on one ally is an attack on all\u201D \u2014 Stoltenberg",
            "C1");
    assertThat(ack.getBody()).contains("ephemeral").contains("Checking");
    RecordedRequest answer = nextPost();
    assertThat(answer.getPath()).isEqualTo("/respond/1");
    assertThat(answer.getBody().readUtf8().transform(SlackAppTest::decoded))
        .contains("ephemeral")
        .contains("Exact")
        .contains("An attack on one ally is an attack on all of us,");
    command("/quotedesk", "check \"undermine NATO\" -- Biden", "C1");
    assertThat(nextPost().getBody().readUtf8().transform(SlackAppTest::decoded))
        .contains("Misattributed")
        .contains("Jens Stoltenberg");
  }

  /** The text of an answer posted to a response_url, as the asker reads it. */
  private static String responseText(RecordedRequest post) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(post.getBody().readUtf8())
        .path("text")
        .asText();
  }

  @Test
  void uncertainSpeakersAreMarkedInSummariesWhoSaidAndChecks() throws Exception {
    String url = site.url("/uncertain").toString();
    store.save(Archive.keyOf(url), UncertainSpeakers.analysis(), Instant.now());
    command("/quotedesk", "summary " + url, "C1");
    nextPost(); // the parent: headline and source
    String thread = nextPost().getBody().readUtf8().transform(SlackAppTest::decoded);
    assertThat(thread)
        .contains("text=Jens Stoltenberg, NATO Secretary General\n")
        .contains("\nProbably Jens Stoltenberg, NATO Secretary General\n")
        .contains("\nSpeaker unclear: 'he'\n")
        .contains("\"*Probably Jens Stoltenberg, NATO Secretary General*\\n")
        .contains("defence \\u0026amp; cyber"); // mrkdwn still escaped: &amp;

    command("/whosaid", "\"divided by anyone\"", "C1");
    assertThat(nextPost().getBody().readUtf8().transform(SlackAppTest::decoded))
        .contains("\u201CWe will not be divided by anyone,\u201D \u2014 speaker unclear: 'he'")
        .contains("*Speaker unclear: \\u0027he\\u0027*")
        .doesNotContain("Stoltenberg");

    command("/quotedesk", "check \"We will not be divided by anyone\" -- Stoltenberg", "C1");
    assertThat(responseText(nextPost()))
        .startsWith("Exact: ")
        .contains("\u2014 speaker unclear: 'he'")
        .contains(
            "The article does not name the speaker clearly (it says 'he'), so it does not"
                + " confirm that Stoltenberg said this.");

    command("/quotedesk", "check \"Allies must spend more on defence\" -- Biden", "C1");
    assertThat(responseText(nextPost()))
        .startsWith("Misattributed: ")
        .contains("was probably said by Jens Stoltenberg, NATO Secretary General")
        .contains("\u2014 probably Jens Stoltenberg");
  }

  @Test
  void checkQuotesShortcutChecksEveryQuotationInAMessage() throws Exception {
    String answer =
        checkQuotesShortcut(
            "Draft: \\\"We should not undermine NATO\\\" \\u2014 Stoltenberg and \\\"an attack on"
                + " all of us\\\" \\u2014 Biden");
    assertThat(answer)
        .contains("ephemeral")
        .contains("We should not undermine NATO")
        .contains("Misattributed");
  }

  @Test
  void checkQuotesShortcutPassesOverMarksAroundNoWords() throws Exception {
    String answer = checkQuotesShortcut("He wrote \\\"...\\\" and \\u201C--\\u201D Lee said.");
    assertThat(answer).contains("That message has no quotation in quotation marks to check.");
  }

  /** The "Check quotes" shortcut on a message of {@code text} (JSON-escaped): the answer posted. */
  private String checkQuotesShortcut(String text) throws Exception {
    String payload =
        "{\"type\":\"message_action\",\"callback_id\":\"check_quotes\",\"trigger_id\":\"x\","
            + "\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U1\"},\"channel\":{\"id\":\"C1\"},"
            + "\"response_url\":\""
            + slack.url("/respond/3")
            + "\",\"message_ts\":\"1.2\","
            + "\"message\":{\"type\":\"message\",\"ts\":\"1.2\",\"text\":\""
            + text
            + "\"}}";
    Response ack =
        send(
            "application/x-www-form-urlencoded",
            "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8),
            Instant.now().getEpochSecond(),
            SECRET,
            Map.of());
    assertThat(ack.getStatusCode()).isEqualTo(200);
    return nextPost().getBody().readUtf8().transform(SlackAppTest::decoded);
  }
}
