package io.quotedesk.cli;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.brief.AttributionBands;
import io.quotedesk.ingest.ArticleLoader;
import io.quotedesk.slack.Answers;
import io.quotedesk.slack.SlackApp;
import io.quotedesk.slack.Workers;
import io.quotedesk.store.Archive;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.SqliteStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code bench slack}: slash commands signed as Slack signs them through {@code App.run}, with a
 * local stand-in for Slack's Web API and for the news site: ack latency, and the time from the
 * request to the threaded answer for a cached article.
 */
final class SlackBenchmark {
  private static final String SECRET = "bench-secret";

  private SlackBenchmark() {}

  static int run(PrintWriter out, Path seeds, int requests, int launches) throws Exception {
    String story =
        Files.readString(
            Files.list(seeds)
                .filter(p -> p.toString().endsWith(".txt"))
                .sorted()
                .findFirst()
                .orElseThrow());
    LinkedBlockingQueue<Long> threadedAnswers = new LinkedBlockingQueue<>();
    java.util.concurrent.atomic.AtomicInteger threadPosts =
        new java.util.concurrent.atomic.AtomicInteger();
    HttpServer stand = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    stand.createContext(
        "/api/auth.test",
        ex ->
            reply(
                ex,
                "application/json",
                "{\"ok\":true,\"user_id\":\"UBOT\",\"bot_id\":\"B\",\"team_id\":\"T1\"}"));
    stand.createContext(
        "/api/chat.postMessage",
        ex -> {
          String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          if (body.contains("thread_ts=")) {
            threadedAnswers.add(System.nanoTime());
            threadPosts.incrementAndGet();
          }
          reply(
              ex,
              "application/json",
              "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000100\"}");
        });
    stand.createContext("/story", ex -> reply(ex, "text/plain; charset=utf-8", story));
    stand.setExecutor(Executors.newFixedThreadPool(16));
    stand.start();
    Path dir = Files.createTempDirectory("quotedesk-bench-slack");
    Workers workers = Workers.start(2, 4, 4);
    try (ArticleStore store = SqliteStore.open(dir);
        var ledger = SqliteStore.openLedger(dir, Clock.systemUTC())) {
      ArticleLoader loader = ArticleLoader.withPrivateHosts(List.of("127.0.0.1"));
      Archive archive = new Archive(store, loader);
      String url = "http://127.0.0.1:" + stand.getAddress().getPort() + "/story";
      archive.analysis(url); // cached from here on
      SlackConfig config = new SlackConfig();
      config.setMethodsEndpointUrlPrefix(
          "http://127.0.0.1:" + stand.getAddress().getPort() + "/api/");
      AppConfig appConfig =
          AppConfig.builder()
              .singleTeamBotToken("xoxb-bench")
              .signingSecret(SECRET)
              .slack(Slack.getInstance(config))
              .build();
      SlackApp app =
          new SlackApp(
              appConfig,
              new Answers(archive, new Analyzer(), AttributionBands.DEFAULT),
              workers,
              1_000_000,
              Clock.systemUTC(),
              List.of(),
              ledger);
      SlackRequestParser parser = new SlackRequestParser(appConfig);
      long[] acks = new long[requests];
      long[] answers = new long[requests];
      for (int i = -50; i < requests; i++) { // the first 50 warm up
        threadedAnswers.clear();
        long t0 = System.nanoTime();
        var response = app.app().run(parser.parse(request(url)));
        long acked = System.nanoTime();
        Long answered = threadedAnswers.poll(10, TimeUnit.SECONDS);
        if (response.getStatusCode() != 200 || answered == null) {
          out.println("bench slack: a request went unanswered (" + response.getStatusCode() + ")");
          return Main.SOURCE_FAILED;
        }
        if (i >= 0) {
          acks[i] = acked - t0;
          answers[i] = answered - t0;
        }
      }
      out.printf(
          Locale.ROOT,
          "bench slack: %d /summary requests for a cached article, local Slack stand-in%n",
          requests);
      out.println("ack: " + BenchCommand.percentiles(acks));
      out.println("request to threaded answer: " + BenchCommand.percentiles(answers));
      out.flush();
      String api = "http://127.0.0.1:" + stand.getAddress().getPort() + "/api/";
      new ServeBenchmark(out, api, url, threadPosts).run(launches);
      return Main.OK;
    } finally {
      workers.close();
      stand.stop(0);
    }
  }

  private static SlackRequestParser.HttpRequest request(String url) throws Exception {
    String body =
        "token=t&team_id=T1&channel_id=C1&user_id=U1&command=%2Fsummary&text="
            + URLEncoder.encode(url, StandardCharsets.UTF_8)
            + "&response_url=http%3A%2F%2F127.0.0.1%3A1%2Fr&trigger_id=x";
    long ts = Instant.now().getEpochSecond();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String signature =
        "v0="
            + HexFormat.of()
                .formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
    return SlackRequestParser.HttpRequest.builder()
        .requestUri("/slack/events")
        .queryString(Map.of())
        .headers(
            new RequestHeaders(
                Map.of(
                    "content-type", List.of("application/x-www-form-urlencoded"),
                    "x-slack-signature", List.of(signature),
                    "x-slack-request-timestamp", List.of(String.valueOf(ts)))))
        .requestBody(body)
        .remoteAddress("127.0.0.1")
        .build();
  }

  private static void reply(HttpExchange exchange, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(200, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
