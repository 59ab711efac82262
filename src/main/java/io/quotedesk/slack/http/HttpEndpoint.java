package io.quotedesk.slack.http;

import com.slack.api.bolt.App;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.quotedesk.slack.SlackMetrics;
import io.quotedesk.store.RequestLedger;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * QuoteDesk's HTTP server, on Jetty: signed Slack requests at {@code /slack/events}, and the
 * unsigned {@code /health}, {@code /ready} and {@code /metrics} (plus any unsigned routes given,
 * such as OAuth's). Jetty gives the size cap (413), the idle timeout, a bounded thread pool that
 * slow clients cannot fill (bodies are read without a thread), a connection cap and a graceful
 * stop; this class adds the deadline for a connection's first headers and a warm-up on a loopback
 * port before the public port opens.
 */
public final class HttpEndpoint implements AutoCloseable {

  /** The server's bounds; {@link #DEFAULT} is what {@code serve --http} uses. */
  public record Limits(
      int maxBodyBytes,
      Duration headerDeadline,
      Duration bodyDeadline,
      Duration idleTimeout,
      int maxThreads,
      int maxConnections) {
    public static final Limits DEFAULT =
        new Limits(
            1 << 20,
            Duration.ofSeconds(10),
            Duration.ofSeconds(10),
            Duration.ofSeconds(30),
            32,
            1_000);
  }

  /** What {@code /slack/events} needs: the app, its signing secret and the shared ledger. */
  public record SlackRoute(App app, String signingSecret, RequestLedger ledger, Clock clock) {}

  private final Server server;
  private final ServerConnector publicConnector;
  private final ServerConnector warmConnector;
  private final Optional<SlackEventsHandler> events;
  private final GracefulHandler graceful;

  /**
   * @param port the public port (0: any free one)
   * @param slack the Slack route, or empty for a health port alone (Socket Mode)
   * @param unsigned more unsigned routes by exact path (OAuth's install and redirect)
   */
  public HttpEndpoint(
      int port,
      Limits limits,
      Optional<SlackRoute> slack,
      Readiness readiness,
      SlackMetrics metrics,
      PrometheusMeterRegistry registry,
      Map<String, Handler> unsigned) {
    QueuedThreadPool threads = new QueuedThreadPool(limits.maxThreads(), 4);
    threads.setName("quotedesk-http");
    server = new Server(threads);
    publicConnector = connector(port, null, limits);
    warmConnector = connector(0, "127.0.0.1", limits);
    server.addConnector(warmConnector);
    server.addBean(new NetworkConnectionLimit(limits.maxConnections(), publicConnector));
    HeaderDeadline headerDeadline =
        new HeaderDeadline(server.getScheduler(), limits.headerDeadline());
    publicConnector.addBean(headerDeadline);
    events =
        slack.map(
            s ->
                new SlackEventsHandler(
                    s.app(),
                    new SlackSignature(s.signingSecret(), s.clock()),
                    s.ledger(),
                    metrics,
                    limits.maxBodyBytes(),
                    limits.bodyDeadline()));
    OpsHandler ops = new OpsHandler(readiness, registry);
    Handler routes =
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback)
              throws Exception {
            headerDeadline.served(request.getConnectionMetaData().getConnection());
            if (events.isPresent() && events.get().handle(request, response, callback)) {
              return true;
            }
            if (ops.handle(request, response, callback)) {
              return true;
            }
            Handler route = unsigned.get(Request.getPathInContext(request));
            if (route != null) {
              return route.handle(request, response, callback);
            }
            Response.writeError(request, response, callback, 404);
            return true;
          }
        };
    SizeLimitHandler sizeLimit = new SizeLimitHandler(limits.maxBodyBytes(), -1);
    sizeLimit.setHandler(routes);
    graceful = new GracefulHandler(sizeLimit);
    server.setHandler(graceful);
  }

  private ServerConnector connector(int port, String host, Limits limits) {
    ServerConnector connector = new ServerConnector(server, 1, 1);
    connector.setPort(port);
    connector.setHost(host);
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    return connector;
  }

  /**
   * Starts the server on a loopback port only, sends {@code requests} signed help commands through
   * the whole path (HTTP parsing, signature, ledger, Bolt, its first auth.test), then opens the
   * public port: the first real command is acked as fast as the hundredth, and {@code
   * /slack/events} is never answered 503 for being cold.
   */
  public void start(int warmUpRequests) throws Exception {
    server.start();
    if (events.isPresent() && warmUpRequests > 0) {
      new Warmup(warmConnector.getLocalPort(), events.get().signature()).run(warmUpRequests);
    }
    server.addConnector(publicConnector);
    if (!publicConnector.isStarted()) {
      publicConnector.start();
    }
    warmConnector.stop();
    server.removeConnector(warmConnector);
  }

  /** Requests whose handling has begun and not ended (a slow body being read counts). */
  public long requestsInProgress() {
    return graceful.getCurrentRequestCount();
  }

  /** The public port (the one asked for, or the free one found). */
  public int port() {
    return publicConnector.getLocalPort();
  }

  /**
   * Stops taking connections, lets requests in progress finish within {@code grace}, then stops.
   */
  public void stop(Duration grace) throws Exception {
    server.setStopTimeout(grace.toMillis());
    server.stop();
  }

  @Override
  public void close() throws Exception {
    stop(Duration.ofSeconds(5));
  }
}
