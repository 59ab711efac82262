package io.quotedesk.slack.http;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Whether this replica should be sent work: warmed up, not shutting down, its archive reachable and
 * Slack accepting its token. Liveness ({@code /health}) asks none of this.
 */
public final class Readiness {
  private final BooleanSupplier archiveReachable;
  private final BooleanSupplier slackAuthOk;
  private volatile boolean warm;
  private volatile boolean draining;

  /**
   * @param archiveReachable asked on every {@code /ready}: keep it to one trivial query
   * @param slackAuthOk asked on every {@code /ready}: cache Slack's answer
   */
  public Readiness(BooleanSupplier archiveReachable, BooleanSupplier slackAuthOk) {
    this.archiveReachable = archiveReachable;
    this.slackAuthOk = slackAuthOk;
  }

  public void warmedUp() {
    warm = true;
  }

  /** From here on {@code /ready} says no, so a load balancer sends new work elsewhere. */
  public void draining() {
    draining = true;
  }

  /** Why this replica should not take work now; empty when it should. */
  public Optional<String> notReady() {
    if (draining) {
      return Optional.of("shutting down");
    }
    if (!warm) {
      return Optional.of("warming up");
    }
    if (!archiveReachable.getAsBoolean()) {
      return Optional.of("the archive database is unreachable");
    }
    if (!slackAuthOk.getAsBoolean()) {
      return Optional.of("Slack does not accept the bot token");
    }
    return Optional.empty();
  }
}
