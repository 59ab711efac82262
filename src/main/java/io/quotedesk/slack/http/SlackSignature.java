package io.quotedesk.slack.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature, checked on the raw bytes before anything reads them: {@code v0=} +
 * HMAC-SHA256 of {@code "v0:" + timestamp + ":" + body} under the signing secret, with a timestamp
 * no more than five minutes old or ahead.
 */
final class SlackSignature {
  /** How far a request's timestamp may stray from now, either way. */
  static final Duration WINDOW = Duration.ofMinutes(5);

  enum Verdict {
    VALID,
    UNSIGNED,
    OUT_OF_WINDOW
  }

  private final SecretKeySpec key;
  private final Clock clock;

  SlackSignature(String signingSecret, Clock clock) {
    this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.clock = clock;
  }

  /** The timestamp's seconds, or -1 when the header is missing or not a number. */
  static long timestamp(String header) {
    if (header == null || header.isEmpty() || header.length() > 12) {
      return -1;
    }
    for (int i = 0; i < header.length(); i++) {
      if (!Character.isDigit(header.charAt(i))) {
        return -1;
      }
    }
    return Long.parseLong(header);
  }

  Verdict verify(String timestampHeader, String signatureHeader, byte[] body) {
    long seconds = timestamp(timestampHeader);
    if (seconds < 0 || signatureHeader == null || !signatureHeader.startsWith("v0=")) {
      return Verdict.UNSIGNED;
    }
    Instant sent = Instant.ofEpochSecond(seconds);
    Instant now = clock.instant();
    if (sent.isBefore(now.minus(WINDOW)) || sent.isAfter(now.plus(WINDOW))) {
      return Verdict.OUT_OF_WINDOW;
    }
    byte[] expected =
        ("v0=" + HexFormat.of().formatHex(mac(seconds, body))).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signatureHeader.getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.UNSIGNED;
  }

  /** Signs a body as Slack does (warm-up requests, tests, benchmarks). */
  String sign(long seconds, byte[] body) {
    return "v0=" + HexFormat.of().formatHex(mac(seconds, body));
  }

  private byte[] mac(long seconds, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(("v0:" + seconds + ":").getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
