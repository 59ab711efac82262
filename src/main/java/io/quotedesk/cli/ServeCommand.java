package io.quotedesk.cli;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.quotedesk.ingest.ArticleLoader;
import io.quotedesk.slack.Answers;
import io.quotedesk.slack.InstallPages;
import io.quotedesk.slack.SlackApp;
import io.quotedesk.slack.SlackAuthCheck;
import io.quotedesk.slack.SlackInstalls;
import io.quotedesk.slack.SlackMetrics;
import io.quotedesk.slack.Workers;
import io.quotedesk.slack.http.HttpEndpoint;
import io.quotedesk.slack.http.InstallHandler;
import io.quotedesk.slack.http.Readiness;
import io.quotedesk.store.Archive;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.FeedPoller;
import io.quotedesk.store.RequestLedger;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code serve [--http] [--port 3000]}: the Slack app, over Socket Mode when SLACK_APP_TOKEN is set
 * (no public URL needed), else as signed HTTP at /slack/events. Warms up before it opens its port,
 * and on SIGTERM stops taking work and lets the answers in flight finish.
 */
@Command(name = "serve", description = "Run the Slack app (Socket Mode, or --http).")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  /** Signed help commands sent over loopback before the port opens. */
  static final int WARM_UP_REQUESTS = 200;

  /** How long answers in flight may take to finish after SIGTERM (Docker: stop -t 30). */
  static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(25);

  @ParentCommand Main main;

  @Option(names = "--http", description = "Serve signed HTTP requests at /slack/events.")
  boolean http;

  @Option(names = "--port", description = "HTTP port (default 3000).")
  int port = 3000;

  @Override
  public Integer call() throws Exception {
    String botToken = System.getenv("SLACK_BOT_TOKEN");
    String appToken = System.getenv("SLACK_APP_TOKEN");
    String secret = System.getenv("SLACK_SIGNING_SECRET");
    Optional<SlackInstalls> installs;
    try {
      installs = SlackInstalls.fromEnvironment(System.getenv());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
    requireTokens(installs.isPresent(), botToken, appToken, secret);
    int healthPort = main.settings().integer("slack.healthPort", 0, 65_535);
    AppConfig config = appConfig(installs, botToken, secret);
    PrometheusMeterRegistry registry = registry();
    SlackMetrics metrics = new SlackMetrics(registry);
    // Quick answers never queue behind article reads; two reads per user at a time.
    Workers workers =
        new Workers(
            metrics.timed(Executors.newFixedThreadPool(4)),
            metrics.timed(Executors.newFixedThreadPool(8)),
            2);
    ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
    Clock clock = Clock.systemUTC();
    ArticleStore store = main.openStore();
    RequestLedger ledger = main.openLedger();
    ArticleLoader loader =
        ArticleLoader.webOnly(
            main.settings().list("fetch.allowPrivateHosts"), metrics::fetchFailed);
    Archive archive = main.openArchive(store, loader);
    SlackApp slackApp =
        new SlackApp(
            config,
            new Answers(archive, main.analyzer(), main.bands()),
            workers,
            main.settings().integer("slack.userRateLimit", 1, 10_000),
            clock,
            main.settings().list("slack.unfurlDomains"),
            ledger);
    installs.ifPresent(i -> i.attach(slackApp.app(), store.installations(), clock));
    // With installs there is no one bot token to test: each workspace's is checked when used.
    Readiness readiness =
        new Readiness(
            ledger::reachable,
            installs.isPresent()
                ? () -> true
                : new SlackAuthCheck(
                    slackApp.app().client(), botToken, clock, Duration.ofMinutes(5)));
    Map<String, Handler> unsigned =
        installs.isPresent()
            ? installPages(new InstallHandler(new InstallPages(slackApp.app())))
            : Map.of();
    List<String> feeds = main.settings().list("feeds");
    if (!feeds.isEmpty()) {
      long every = main.settings().duration("feeds.pollEvery").toSeconds();
      poller.scheduleWithFixedDelay(
          new FeedPoller(archive, loader, feeds), 0, every, TimeUnit.SECONDS);
    }
    Optional<HttpEndpoint> endpoint = Optional.empty();
    SocketModeApp socket = null;
    if (http) {
      var route = new HttpEndpoint.SlackRoute(slackApp.app(), secret, ledger, clock);
      endpoint =
          Optional.of(endpoint(port, Optional.of(route), readiness, metrics, registry, unsigned));
      endpoint.get().start(WARM_UP_REQUESTS);
      LOG.info(
          "QuoteDesk serves Slack at http://0.0.0.0:{}/slack/events (/health, /ready, /metrics),"
              + " {} ms after the JVM started",
          endpoint.get().port(),
          java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
    } else {
      if (healthPort > 0) {
        endpoint =
            Optional.of(
                endpoint(healthPort, Optional.empty(), readiness, metrics, registry, Map.of()));
        endpoint.get().start(0);
        LOG.info("QuoteDesk serves /health, /ready and /metrics on port {}", healthPort);
      }
      socket = new SocketModeApp(appToken, SocketModeClient.Backend.JavaWebSocket, slackApp.app());
      socket.startAsync();
      LOG.info("QuoteDesk connects to Slack over Socket Mode");
    }
    readiness.warmedUp();
    CountDownLatch stopped = new CountDownLatch(1);
    Stop stop = new Stop(readiness, endpoint, socket, workers, poller, store, ledger, stopped);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::run, "quotedesk-stop"));
    stopped.await(); // until SIGTERM or SIGINT; the hook does the rest
    return Main.OK;
  }

  private void requireTokens(boolean installs, String botToken, String appToken, String secret) {
    if (!installs && (botToken == null || botToken.isBlank())) {
      throw new ConfigException(
          "Set SLACK_BOT_TOKEN (the bot's xoxb- token) to serve Slack; see README, Connect to Slack.");
    }
    if (!http && (appToken == null || appToken.isBlank())) {
      throw new ConfigException(
          "Set SLACK_APP_TOKEN (xapp-) for Socket Mode, or run serve --http with SLACK_SIGNING_SECRET.");
    }
    if (http && (secret == null || secret.isBlank())) {
      throw new ConfigException("Set SLACK_SIGNING_SECRET to serve signed HTTP requests.");
    }
  }

  private static AppConfig appConfig(
      Optional<SlackInstalls> installs, String botToken, String secret) {
    SlackConfig slackConfig = new SlackConfig();
    String apiUrl = System.getenv().getOrDefault("SLACK_API_URL", "https://slack.com/api/");
    slackConfig.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
    AppConfig.AppConfigBuilder builder =
        AppConfig.builder()
            .singleTeamBotToken(botToken)
            .signingSecret(secret)
            .slack(Slack.getInstance(slackConfig));
    return installs.map(i -> i.configure(builder)).orElse(builder).build();
  }

  private static HttpEndpoint endpoint(
      int port,
      Optional<HttpEndpoint.SlackRoute> route,
      Readiness readiness,
      SlackMetrics metrics,
      PrometheusMeterRegistry registry,
      Map<String, Handler> unsigned) {
    return new HttpEndpoint(
        port, HttpEndpoint.Limits.DEFAULT, route, readiness, metrics, registry, unsigned);
  }

  private static Map<String, Handler> installPages(Handler handler) {
    return Map.of(SlackInstalls.INSTALL_PATH, handler, SlackInstalls.REDIRECT_PATH, handler);
  }

  private static PrometheusMeterRegistry registry() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    return registry;
  }

  /** What SIGTERM does, in order: say not ready, stop taking work, drain, close the archive. */
  private record Stop(
      Readiness readiness,
      Optional<HttpEndpoint> endpoint,
      SocketModeApp socket,
      Workers workers,
      ScheduledExecutorService poller,
      ArticleStore store,
      RequestLedger ledger,
      CountDownLatch stopped) {
    void run() {
      LOG.info("QuoteDesk is stopping: answers in flight get {} s", SHUTDOWN_GRACE.toSeconds());
      readiness.draining();
      poller.shutdownNow();
      try {
        if (socket != null) {
          socket.stop();
        }
        // Jetty stops accepting and lets the acks in progress finish.
        if (endpoint.isPresent()) {
          endpoint.get().stop(Duration.ofSeconds(5));
        }
      } catch (Exception e) {
        LOG.warn("stopping the endpoint failed: {}", e.getClass().getSimpleName());
      }
      if (!workers.drain(SHUTDOWN_GRACE)) {
        LOG.warn("answers still running after {} s were cut off", SHUTDOWN_GRACE.toSeconds());
      }
      try {
        store.close();
        ledger.close();
      } catch (Exception e) {
        LOG.warn("closing the archive failed: {}", e.getClass().getSimpleName());
      }
      stopped.countDown();
      LOG.info("QuoteDesk stopped");
    }
  }
}
