package io.quotedesk.slack;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Requests to {@code /slack/events} signed exactly as Slack signs them, for the tests. */
public final class SignedRequests {
  private SignedRequests() {}

  /** Slack's signature: v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" + body). */
  public static String signature(String secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
      mac.update(("v0:" + timestamp + ":").getBytes(UTF_8));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Bolt request for {@code body}, signed with {@code secret} at {@code timestamp}. */
  static Request<?> parse(
      SlackRequestParser parser,
      String contentType,
      String body,
      long timestamp,
      String secret,
      Map<String, String> extraHeaders) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("content-type", List.of(contentType));
    headers.put("x-slack-signature", List.of(signature(secret, timestamp, body.getBytes(UTF_8))));
    headers.put("x-slack-request-timestamp", List.of(String.valueOf(timestamp)));
    extraHeaders.forEach((name, value) -> headers.put(name, List.of(value)));
    return parser.parse(
        SlackRequestParser.HttpRequest.builder()
            .requestUri("/slack/events")
            .queryString(Map.of())
            .headers(new RequestHeaders(headers))
            .requestBody(body)
            .remoteAddress("127.0.0.1")
            .build());
  }
}
