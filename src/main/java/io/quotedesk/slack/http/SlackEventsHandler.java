package io.quotedesk.slack.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import io.quotedesk.slack.SlackMetrics;
import io.quotedesk.store.RequestLedger;
import io.quotedesk.store.StoreException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: the body is read without holding a thread (a slow client holds only
 * its connection) and within a deadline, up to the size cap; then the signature is checked on the
 * raw bytes, a replayed signature is refused (the ledger is shared by replicas), the payload's
 * shape is checked, and only then does Bolt parse it and {@link App#run} answer. Every failure gets
 * a status; no body is ever logged.
 */
final class SlackEventsHandler extends Handler.Abstract {
  static final String PATH = "/slack/events";
  private static final Logger LOG = LoggerFactory.getLogger(SlackEventsHandler.class);

  private final App app;
  private final SlackRequestParser parser;
  private final SlackSignature signature;
  private final RequestLedger ledger;
  private final SlackMetrics metrics;
  private final int maxBodyBytes;
  private final Duration bodyDeadline;

  SlackEventsHandler(
      App app,
      SlackSignature signature,
      RequestLedger ledger,
      SlackMetrics metrics,
      int maxBodyBytes,
      Duration bodyDeadline) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.signature = signature;
    this.ledger = ledger;
    this.metrics = metrics;
    this.maxBodyBytes = maxBodyBytes;
    this.bodyDeadline = bodyDeadline;
  }

  SlackSignature signature() {
    return signature;
  }

  /** The status and short reason of a refused request; the reason is ours, never the client's. */
  private record Refusal(int status, String outcome, String reason) {}

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (!Request.getPathInContext(request).equals(PATH)) {
      return false;
    }
    long started = System.nanoTime();
    if (!HttpMethod.POST.is(request.getMethod())) {
      response.getHeaders().put(HttpHeader.ALLOW, "POST");
      refuse(response, callback, new Refusal(405, "method", "POST only"), "unknown");
      return true;
    }
    long declared = request.getLength();
    if (declared > maxBodyBytes) {
      refuse(
          response, callback, new Refusal(413, "too_large", "body over the size cap"), "unknown");
      return true;
    }
    Content.Source.asByteArrayAsync(request, maxBodyBytes)
        .orTimeout(bodyDeadline.toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete(
            (body, failure) -> {
              if (failure != null) {
                refuse(response, callback, readFailure(failure), "unknown");
              } else {
                answer(request, response, callback, body, started);
              }
            });
    return true;
  }

  private static Refusal readFailure(Throwable failure) {
    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
    if (cause instanceof TimeoutException) {
      return new Refusal(408, "slow_body", "body not sent within the deadline");
    }
    if (cause instanceof IllegalArgumentException
        || cause instanceof HttpException http && http.getCode() == 413) {
      return new Refusal(413, "too_large", "body over the size cap");
    }
    return new Refusal(400, "unreadable", "body could not be read");
  }

  private void answer(
      Request request, Response response, Callback callback, byte[] body, long started) {
    String timestamp = request.getHeaders().get("X-Slack-Request-Timestamp");
    String signed = request.getHeaders().get("X-Slack-Signature");
    switch (signature.verify(timestamp, signed, body)) {
      case UNSIGNED -> {
        refuse(response, callback, new Refusal(401, "unsigned", "bad signature"), "unknown");
        return;
      }
      case OUT_OF_WINDOW -> {
        refuse(response, callback, new Refusal(401, "stale", "timestamp out of window"), "unknown");
        return;
      }
      case VALID -> {}
    }
    try {
      Instant until =
          Instant.ofEpochSecond(SlackSignature.timestamp(timestamp))
              .plus(SlackSignature.WINDOW)
              .plusSeconds(1);
      if (!ledger.firstTime("sig:" + signed, until)) {
        // Slack's own retries carry new signatures; a repeated one is a replay, never run twice.
        // Should a retry ever repeat one, 200 stops it being retried again.
        boolean retry = request.getHeaders().get("X-Slack-Retry-Num") != null;
        refuse(
            response,
            callback,
            new Refusal(retry ? 200 : 409, "replayed", "request already answered"),
            "unknown");
        return;
      }
    } catch (StoreException e) {
      LOG.warn("/slack/events: 503, the request ledger failed ({})", e.getClass().getSimpleName());
      refuse(response, callback, new Refusal(503, "ledger", "archive unreachable"), "unknown");
      return;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      refuse(response, callback, new Refusal(400, "malformed", "body is not UTF-8"), "unknown");
      return;
    }
    PayloadShape shape = PayloadShape.of(request.getHeaders().get(HttpHeader.CONTENT_TYPE), text);
    if (shape.problem().isPresent()) {
      LOG.warn(
          "/slack/events: 400, a signed {} that Bolt cannot read: {}",
          shape.kind(),
          shape.problem().get());
      refuse(
          response, callback, new Refusal(400, "malformed", shape.problem().get()), shape.kind());
      return;
    }
    run(request, response, callback, text, shape.kind(), started);
  }

  private void run(
      Request request,
      Response response,
      Callback callback,
      String body,
      String kind,
      long started) {
    com.slack.api.bolt.response.Response answer;
    try {
      answer = app.run(parser.parse(boltRequest(request, body)));
    } catch (Exception e) {
      // The class alone: a message may quote the payload.
      LOG.warn("/slack/events: 500, Bolt failed on a signed {} ({})", kind, e.getClass().getName());
      refuse(response, callback, new Refusal(500, "error", "QuoteDesk failed"), kind);
      return;
    }
    response.setStatus(answer.getStatusCode());
    if (answer.getHeaders() != null) {
      answer
          .getHeaders()
          .forEach((name, values) -> values.forEach(v -> response.getHeaders().add(name, v)));
    }
    String type =
        answer.getContentType() == null ? "text/plain; charset=utf-8" : answer.getContentType();
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    String out = answer.getBody() == null ? "" : answer.getBody();
    metrics.request(kind, answer.getStatusCode() < 400 ? "acked" : "refused_by_bolt");
    metrics.acked(System.nanoTime() - started);
    response.write(true, ByteBuffer.wrap(out.getBytes(StandardCharsets.UTF_8)), callback);
  }

  private static SlackRequestParser.HttpRequest boltRequest(Request request, String body) {
    Map<String, List<String>> headers = new HashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers
          .computeIfAbsent(field.getName().toLowerCase(Locale.ROOT), n -> new ArrayList<>())
          .add(field.getValue());
    }
    return SlackRequestParser.HttpRequest.builder()
        .requestUri(PATH)
        .queryString(Map.of())
        .headers(new RequestHeaders(headers))
        .requestBody(body)
        .remoteAddress(Request.getRemoteAddr(request))
        .build();
  }

  private void refuse(Response response, Callback callback, Refusal refusal, String kind) {
    metrics.request(kind, refusal.outcome());
    if (refusal.status() >= 400) {
      LOG.debug("/slack/events: {}, {}", refusal.status(), refusal.reason());
    }
    OpsHandler.send(
        response, callback, refusal.status(), "text/plain; charset=utf-8", refusal.reason() + "\n");
  }
}
