package io.quotedesk.cli;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.slack.Answers;
import io.quotedesk.slack.HttpEndpoint;
import io.quotedesk.slack.SlackApp;
import io.quotedesk.slack.SlackInstalls;
import io.quotedesk.store.Archive;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.FeedPoller;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code serve [--http] [--port 3000]}: the Slack app, over Socket Mode when SLACK_APP_TOKEN is set
 * (no public URL needed), else as signed HTTP at /slack/events.
 */
@Command(name = "serve", description = "Run the Slack app (Socket Mode, or --http).")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

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
    if (installs.isEmpty() && (botToken == null || botToken.isBlank())) {
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
    SlackConfig slackConfig = new SlackConfig();
    String apiUrl = System.getenv().getOrDefault("SLACK_API_URL", "https://slack.com/api/");
    slackConfig.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
    AppConfig.AppConfigBuilder builder =
        AppConfig.builder()
            .singleTeamBotToken(botToken)
            .signingSecret(secret)
            .slack(Slack.getInstance(slackConfig));
    AppConfig config = installs.map(i -> i.configure(builder)).orElse(builder).build();
    ExecutorService workers = Executors.newFixedThreadPool(8);
    ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
    try (ArticleStore store = main.openStore()) {
      Archive archive = main.openArchive(store);
      Analyzer analyzer = main.analyzer();
      SlackApp slackApp =
          new SlackApp(
              config,
              new Answers(archive, analyzer, main.bands()),
              workers,
              main.settings().integer("slack.userRateLimit", 1, 10_000),
              Clock.systemUTC(),
              main.settings().list("slack.unfurlDomains"));
      installs.ifPresent(i -> i.attach(slackApp.app(), store.installations(), Clock.systemUTC()));
      List<String> feeds = main.settings().list("feeds");
      if (!feeds.isEmpty()) {
        long every = main.settings().duration("feeds.pollEvery").toSeconds();
        poller.scheduleWithFixedDelay(
            new FeedPoller(archive, main.articleLoader(), feeds), 0, every, TimeUnit.SECONDS);
      }
      if (http) {
        try (HttpEndpoint endpoint = new HttpEndpoint(slackApp.app(), port)) {
          endpoint.start();
          LOG.info("QuoteDesk serves Slack at http://0.0.0.0:{}/slack/events", endpoint.port());
          Thread.currentThread().join();
        }
      } else {
        SocketModeApp socket =
            new SocketModeApp(appToken, SocketModeClient.Backend.JavaWebSocket, slackApp.app());
        LOG.info("QuoteDesk connects to Slack over Socket Mode");
        socket.start(); // blocks until the process stops
      }
    } finally {
      poller.shutdownNow();
      workers.shutdownNow();
    }
    return Main.OK;
  }
}
