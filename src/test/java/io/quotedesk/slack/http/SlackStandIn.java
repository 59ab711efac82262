package io.quotedesk.slack.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Slack as an endpoint meets it: requests signed exactly as Slack signs them, sent over real HTTP
 * on loopback, and a stand-in for the Web API that counts what the app posts.
 */
public final class SlackStandIn implements AutoCloseable {
  public static final String SECRET = "test-signing-secret";

  public final MockWebServer api = new MockWebServer();
  public final ConcurrentLinkedQueue<String> posts = new ConcurrentLinkedQueue<>();
  public final AtomicInteger authTests = new AtomicInteger();

  /** A status and body from the endpoint. */
  public record Answer(int status, String body) {}

  public SlackStandIn() throws IOException {
    api.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getPath();
            if (path.endsWith("/auth.test")) {
              authTests.incrementAndGet();
              return json(
                  "{\"ok\":true,\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\",\"team_id\":\"T1\"}");
            }
            if (path.endsWith("/chat.postMessage") || path.startsWith("/respond")) {
              posts.add(request.getBody().readUtf8());
              return json("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000100\"}");
            }
            return json("{\"ok\":true}");
          }
        });
    api.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  public String apiUrl() {
    return api.url("/api/").toString();
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  public static String signature(String secret, long timestamp, byte[] body) {
    return io.quotedesk.slack.SignedRequests.signature(secret, timestamp, body);
  }

  public String commandBody(String command, String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", "t");
    fields.put("team_id", "T1");
    fields.put("channel_id", "C1");
    fields.put("user_id", "U1");
    fields.put("command", command);
    fields.put("text", text);
    fields.put("response_url", api.url("/respond/1").toString());
    fields.put("trigger_id", "x");
    List<String> parts = new ArrayList<>();
    fields.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return String.join("&", parts);
  }

  public static String mentionBody(String eventId, String text) {
    return "{\"token\":\"t\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
        + "\"event_id\":\""
        + eventId
        + "\",\"event_time\":1700000000,\"event\":{\"type\":\"app_mention\",\"user\":\"U1\","
        + "\"text\":\""
        + text.replace("\"", "\\\"")
        + "\",\"ts\":\"1700000000.000200\",\"channel\":\"C1\",\"event_ts\":\"1700000000.000200\"}}";
  }

  /** A request signed now, as Slack signs it. */
  public static Map<String, String> signedHeaders(String contentType, String body, long timestamp) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", contentType);
    headers.put("X-Slack-Request-Timestamp", String.valueOf(timestamp));
    headers.put(
        "X-Slack-Signature", signature(SECRET, timestamp, body.getBytes(StandardCharsets.UTF_8)));
    return headers;
  }

  public static Answer command(int port, String body) throws IOException {
    return post(
        port,
        signedHeaders("application/x-www-form-urlencoded", body, Instant.now().getEpochSecond()),
        body);
  }

  public static Answer post(int port, Map<String, String> headers, String body) throws IOException {
    return exchange(port, "POST", "/slack/events", headers, body.getBytes(StandardCharsets.UTF_8));
  }

  /** One HTTP/1.1 exchange on a fresh connection, read to its end. */
  public static Answer exchange(
      int port, String method, String path, Map<String, String> headers, byte[] body)
      throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(20_000);
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
      head.append("Host: 127.0.0.1\r\nConnection: close\r\n");
      headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
      head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return read(socket.getInputStream());
    }
  }

  public static Answer read(InputStream in) throws IOException {
    String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    if (all.length() < 12) {
      return new Answer(-1, all);
    }
    int status = Integer.parseInt(all.substring(9, 12));
    int split = all.indexOf("\r\n\r\n");
    return new Answer(status, split < 0 ? "" : all.substring(split + 4));
  }

  @Override
  public void close() throws IOException {
    api.shutdown();
  }
}
