package io.quotedesk.slack.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The unsigned operations paths: {@code /health} (the process answers), {@code /ready} (see {@link
 * Readiness}) and {@code /metrics} (Prometheus text format). GET or HEAD only.
 */
final class OpsHandler extends Handler.Abstract {
  static final String PROMETHEUS_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final Readiness readiness;
  private final PrometheusMeterRegistry registry;

  OpsHandler(Readiness readiness, PrometheusMeterRegistry registry) {
    this.readiness = readiness;
    this.registry = registry;
  }

  static boolean serves(String path) {
    return path.equals("/health") || path.equals("/ready") || path.equals("/metrics");
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    if (!serves(path)) {
      return false;
    }
    String method = request.getMethod();
    if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
      return true;
    }
    switch (path) {
      case "/health" -> send(response, callback, 200, "text/plain; charset=utf-8", "alive\n");
      case "/ready" -> {
        Optional<String> problem = readiness.notReady();
        send(
            response,
            callback,
            problem.isEmpty() ? 200 : 503,
            "text/plain; charset=utf-8",
            problem.map(p -> "not ready: " + p + "\n").orElse("ready\n"));
      }
      default -> send(response, callback, 200, PROMETHEUS_TYPE, registry.scrape());
    }
    return true;
  }

  static void send(Response response, Callback callback, int status, String type, String body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }
}
