package io.quotedesk.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signed HTTP requests from Slack at {@code /slack/events}, handed to {@link App#run}; Bolt checks
 * the signature and the 5-minute timestamp window.
 */
public final class HttpEndpoint implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HttpEndpoint.class);
  private final HttpServer server;

  public HttpEndpoint(App app, int port) throws IOException {
    SlackRequestParser parser = new SlackRequestParser(app.config());
    server = HttpServer.create(new InetSocketAddress(port), 64);
    server.createContext("/slack/events", exchange -> handle(app, parser, exchange));
    InstallPages install = new InstallPages(app);
    for (String path : List.of(SlackInstalls.INSTALL_PATH, SlackInstalls.REDIRECT_PATH)) {
      server.createContext(path, exchange -> install(install, exchange));
    }
    server.setExecutor(Executors.newFixedThreadPool(8));
  }

  public void start() {
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void handle(App app, SlackRequestParser parser, HttpExchange exchange)
      throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        send(exchange, 405, "text/plain", "POST only");
        return;
      }
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, List<String>> headers = new HashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values));
      Request<?> request =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
                  .requestUri(exchange.getRequestURI().getPath())
                  .queryString(Map.of())
                  .headers(new RequestHeaders(headers))
                  .requestBody(body)
                  .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                  .build());
      Response response = app.run(request);
      send(exchange, response.getStatusCode(), response.getContentType(), response.getBody());
    } catch (Exception e) {
      LOG.warn("request failed", e);
      send(exchange, 500, "text/plain", "error");
    }
  }

  /** The unsigned OAuth paths; Bolt's answer headers (Location, Set-Cookie) are passed on. */
  private static void install(InstallPages install, HttpExchange exchange) throws IOException {
    try (exchange) {
      Response response =
          install.handle(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              exchange.getRequestURI().getRawQuery(),
              exchange.getRequestHeaders(),
              exchange.getRemoteAddress().getAddress().getHostAddress());
      response
          .getHeaders()
          .forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
      send(exchange, response.getStatusCode(), response.getContentType(), response.getBody());
    } catch (Exception e) {
      LOG.warn("install request failed: {}", e.getClass().getSimpleName());
      send(exchange, 500, "text/plain", "error");
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = (body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
    if (type != null) {
      exchange.getResponseHeaders().set("Content-Type", type);
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
