package io.quotedesk.slack.http;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.AppConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.brief.AttributionBands;
import io.quotedesk.ingest.ArticleLoader;
import io.quotedesk.slack.Answers;
import io.quotedesk.slack.SlackApp;
import io.quotedesk.slack.SlackMetrics;
import io.quotedesk.slack.Workers;
import io.quotedesk.store.Archive;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.RequestLedger;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** One replica of the app as {@code serve --http} wires it, over a store and ledger given. */
public final class Replica implements AutoCloseable {
  public final ArticleStore store;
  public final RequestLedger ledger;
  private final ExecutorService quick = Executors.newFixedThreadPool(2);
  private final ExecutorService reads = Executors.newFixedThreadPool(4);
  public final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  public final Readiness readiness;
  public final HttpEndpoint endpoint;

  public Replica(
      ArticleStore store,
      RequestLedger ledger,
      SlackStandIn slack,
      HttpEndpoint.Limits limits,
      int warmUp)
      throws Exception {
    this.store = store;
    this.ledger = ledger;
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(slack.apiUrl());
    AppConfig appConfig =
        AppConfig.builder()
            .singleTeamBotToken("xoxb-test")
            .signingSecret(SlackStandIn.SECRET)
            .slack(Slack.getInstance(config))
            .build();
    SlackMetrics metrics = new SlackMetrics(registry);
    Archive archive =
        new Archive(store, ArticleLoader.webOnly(List.of("127.0.0.1"), metrics::fetchFailed));
    SlackApp app =
        new SlackApp(
            appConfig,
            new Answers(archive, new Analyzer(), AttributionBands.DEFAULT),
            new Workers(metrics.timed(quick), metrics.timed(reads), 2),
            100,
            Clock.systemUTC(),
            List.of(),
            ledger);
    readiness = new Readiness(ledger::reachable, () -> true);
    endpoint =
        new HttpEndpoint(
            0,
            limits,
            Optional.of(
                new HttpEndpoint.SlackRoute(
                    app.app(), SlackStandIn.SECRET, ledger, Clock.systemUTC())),
            readiness,
            metrics,
            registry,
            Map.of());
    endpoint.start(warmUp);
    readiness.warmedUp();
  }

  public int port() {
    return endpoint.port();
  }

  /** The count of requests with this kind and outcome, as /metrics reports it. */
  public double requests(String kind, String outcome) {
    var counter =
        registry
            .find("quotedesk.slack.requests")
            .tag("kind", kind)
            .tag("outcome", outcome)
            .counter();
    return counter == null ? 0 : counter.count();
  }

  /** Answers handed to the workers so far. */
  public double answers() {
    return registry.get("quotedesk.slack.answers").counter().count();
  }

  @Override
  public void close() throws Exception {
    endpoint.close();
    quick.shutdownNow();
    reads.shutdownNow();
    ledger.close();
    store.close();
  }
}
