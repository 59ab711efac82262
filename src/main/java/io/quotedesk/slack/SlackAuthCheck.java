package io.quotedesk.slack;

import com.slack.api.methods.MethodsClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether Slack accepts the bot token (auth.test), asked again at most once per {@code ttl}: a
 * readiness probe every few seconds must not become a stream of calls to Slack.
 */
public final class SlackAuthCheck implements BooleanSupplier {
  private static final Logger LOG = LoggerFactory.getLogger(SlackAuthCheck.class);
  private final MethodsClient client;
  private final String token;
  private final Clock clock;
  private final Duration ttl;
  private Instant checkedAt = Instant.MIN;
  private boolean ok;

  public SlackAuthCheck(MethodsClient client, String token, Clock clock, Duration ttl) {
    this.client = client;
    this.token = token;
    this.clock = clock;
    this.ttl = ttl;
  }

  @Override
  public synchronized boolean getAsBoolean() {
    Instant now = clock.instant();
    if (checkedAt.plus(ttl).isAfter(now)) {
      return ok;
    }
    checkedAt = now;
    try {
      var answer = client.authTest(r -> r.token(token));
      ok = answer.isOk();
      if (!ok) {
        LOG.warn("Slack refused the bot token: {}", answer.getError());
      }
    } catch (Exception e) {
      ok = false;
      LOG.warn("Slack's auth.test failed: {}", e.getClass().getSimpleName());
    }
    return ok;
  }
}
