package io.quotedesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.brief.AttributionBands;
import io.quotedesk.ingest.ArticleLoader;
import io.quotedesk.ingest.PlainTextReader;
import io.quotedesk.store.Archive;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.RequestLedger;
import io.quotedesk.store.SqliteStore;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The Slack app against stand-ins, for tests: MockWebServer as Slack's Web API and response_urls
 * (every call recorded) and as a news site whose {@code /slow/…} pages wait for {@link #release};
 * requests signed as Slack signs them go through {@code App.run}.
 */
final class SlackStandIn implements AutoCloseable {
  static final String SECRET = "test-signing-secret";
  private static final ObjectMapper JSON = new ObjectMapper();

  final MockWebServer slack = new MockWebServer();
  final MockWebServer site = new MockWebServer();
  final ArticleStore store;
  private final RequestLedger ledger;
  final Archive archive;
  final SlackApp app;
  final ConcurrentLinkedQueue<RecordedRequest> calls = new ConcurrentLinkedQueue<>();
  final Map<String, String> pages = new java.util.concurrent.ConcurrentHashMap<>();
  final CountDownLatch release = new CountDownLatch(1);
  final AtomicInteger slowArrived = new AtomicInteger();
  private final ThreadPoolExecutor quick = pool(2);
  private final ThreadPoolExecutor reads = pool(4);
  private final AtomicInteger ts = new AtomicInteger(100);
  private final SlackRequestParser parser;

  SlackStandIn(Path dir, List<String> unfurlDomains) throws Exception {
    slack.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            calls.add(request);
            String path = request.getPath();
            if (path.endsWith("/auth.test")) {
              return json("{\"ok\":true,\"user_id\":\"UBOT\",\"bot_id\":\"B\",\"team_id\":\"T1\"}");
            }
            if (path.endsWith("/chat.postMessage")) {
              return json(
                  "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000"
                      + ts.getAndIncrement()
                      + "\"}");
            }
            return json("{\"ok\":true}");
          }
        });
    slack.start();
    site.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            if (request.getPath().startsWith("/slow")) {
              slowArrived.incrementAndGet();
              release.await(30, TimeUnit.SECONDS);
            }
            String body = pages.getOrDefault(request.getPath(), SlackAppTest.STORY);
            return new MockResponse().setHeader("Content-Type", "text/plain").setBody(body);
          }
        });
    site.start();
    store = SqliteStore.open(dir);
    ledger = SqliteStore.openLedger(dir, Clock.systemUTC());
    archive = new Archive(store, ArticleLoader.withPrivateHosts(List.of("localhost", "127.0.0.1")));
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(slack.url("/api/").toString());
    AppConfig appConfig =
        AppConfig.builder()
            .singleTeamBotToken("xoxb-test")
            .signingSecret(SECRET)
            .slack(Slack.getInstance(config))
            .build();
    app =
        new SlackApp(
            appConfig,
            new Answers(archive, new Analyzer(), AttributionBands.DEFAULT),
            new Workers(quick, reads, 2),
            100,
            Clock.systemUTC(),
            unfurlDomains,
            ledger);
    parser = new SlackRequestParser(appConfig);
  }

  private static ThreadPoolExecutor pool(int threads) {
    return (ThreadPoolExecutor) Executors.newFixedThreadPool(threads);
  }

  /** Stores an article read from {@code text}, as if ingested from {@code source}. */
  void store(String source, String text) throws Exception {
    archive.ingest(source, new PlainTextReader().read(text));
  }

  @Override
  public void close() throws Exception {
    release.countDown();
    quick.shutdownNow();
    reads.shutdownNow();
    slack.shutdown();
    site.shutdown();
    ledger.close();
    store.close();
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  /** A request signed exactly as Slack signs them: v0=HMAC-SHA256("v0:" + ts + ":" + body). */
  Response send(String contentType, String body) throws Exception {
    long timestamp = Instant.now().getEpochSecond();
    return app.app()
        .run(SignedRequests.parse(parser, contentType, body, timestamp, SECRET, Map.of()));
  }

  /** A slash command from {@code user} in {@code channel}; {@code text} as Slack sends it. */
  Response command(String user, String command, String text, String channel) throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", "t");
    fields.put("team_id", "T1");
    fields.put("channel_id", channel);
    fields.put("user_id", user);
    fields.put("command", command);
    fields.put("text", text);
    fields.put("response_url", slack.url("/respond/" + user).toString());
    fields.put("trigger_id", "x");
    return send("application/x-www-form-urlencoded", form(fields));
  }

  /** An app_mention in C1 at ts 1700000000.000001; {@code text} as Slack sends it. */
  Response mention(String eventId, String text) throws Exception {
    ObjectMapper m = JSON;
    var event =
        m.createObjectNode()
            .put("type", "app_mention")
            .put("user", "U1")
            .put("text", text)
            .put("ts", "1700000000.000001")
            .put("channel", "C1")
            .put("event_ts", "1700000000.000001");
    return event(eventId, event);
  }

  Response event(String eventId, JsonNode event) throws Exception {
    var body =
        JSON.createObjectNode()
            .put("token", "t")
            .put("team_id", "T1")
            .put("api_app_id", "A1")
            .put("type", "event_callback")
            .put("event_id", eventId)
            .put("event_time", 1700000000);
    body.set("event", event);
    return send("application/json", JSON.writeValueAsString(body));
  }

  /** An interactivity payload ({@code block_actions}, {@code message_action}). */
  Response interaction(JsonNode payload) throws Exception {
    return send(
        "application/x-www-form-urlencoded",
        "payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8));
  }

  static String form(Map<String, String> fields) {
    List<String> parts = new ArrayList<>();
    fields.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return String.join("&", parts);
  }

  /**
   * Waits until no answer is being worked out or waits its turn: every task either pool took is
   * done. Bounded by a poll; the assertions that follow count what was posted.
   */
  void awaitIdle() throws InterruptedException {
    for (int i = 0; i < 400; i++) {
      if (idle(quick) && idle(reads)) {
        Thread.sleep(20);
        if (idle(quick) && idle(reads)) {
          return;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("answers still being worked out");
  }

  private static boolean idle(ThreadPoolExecutor pool) {
    return pool.getActiveCount() == 0
        && pool.getQueue().isEmpty()
        && pool.getCompletedTaskCount() == pool.getTaskCount();
  }

  /** The next call to the Slack stand-in whose path ends with {@code suffix}, waiting for it. */
  Call next(String suffix) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      for (RecordedRequest call : calls) {
        if (call.getPath().endsWith(suffix) || call.getPath().startsWith(suffix)) {
          calls.remove(call);
          return new Call(call);
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no call to " + suffix);
  }

  /** Calls recorded so far whose path ends with or starts with {@code path}. */
  List<Call> all(String path) {
    return calls.stream()
        .filter(c -> c.getPath().endsWith(path) || c.getPath().startsWith(path))
        .map(Call::new)
        .toList();
  }

  /** One call to Slack: a form post (chat.*) or a JSON post (response_url), read as fields. */
  static final class Call {
    final String path;
    final Map<String, String> fields = new LinkedHashMap<>();

    Call(RecordedRequest request) {
      path = request.getPath();
      String body = request.getBody().clone().readUtf8();
      try {
        if (body.startsWith("{")) {
          JSON.readTree(body)
              .fields()
              .forEachRemaining(
                  f ->
                      fields.put(
                          f.getKey(),
                          f.getValue().isTextual()
                              ? f.getValue().asText()
                              : f.getValue().toString()));
        } else {
          for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
              fields.put(
                  pair.substring(0, eq),
                  URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
          }
        }
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    }

    String text() {
      return fields.getOrDefault("text", "");
    }

    /** The mrkdwn of every section, in order. */
    List<String> sections() throws Exception {
      List<String> out = new ArrayList<>();
      for (JsonNode block : blocks()) {
        if (block.path("type").asText().equals("section")) {
          out.add(block.path("text").path("text").asText());
        }
      }
      return out;
    }

    /** The More button's value, when the message has one. */
    java.util.Optional<String> more() throws Exception {
      for (JsonNode block : blocks()) {
        for (JsonNode element : block.path("elements")) {
          if (element.path("action_id").asText().equals(Pages.MORE)) {
            return java.util.Optional.of(element.path("value").asText());
          }
        }
      }
      return java.util.Optional.empty();
    }

    JsonNode blocks() throws Exception {
      String blocks = fields.get("blocks");
      return blocks == null ? JSON.createArrayNode() : JSON.readTree(blocks);
    }
  }
}
