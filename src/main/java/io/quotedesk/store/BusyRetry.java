package io.quotedesk.store;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long a write waits for a busy database before giving up on that one article: pauses that
 * double from {@code firstPause} up to {@code maxPause}, with jitter so replicas do not retry in
 * step, until they add up to {@code budget}. A long write in another process (a bulk import, a
 * VACUUM) then delays an ingest instead of failing it.
 */
record BusyRetry(Duration firstPause, Duration maxPause, Duration budget) {
  /** A minute of patience: longer than any write QuoteDesk itself makes. */
  static final BusyRetry DEFAULT =
      new BusyRetry(Duration.ofMillis(50), Duration.ofSeconds(2), Duration.ofSeconds(60));

  /** No second attempt: the caller hears of a busy database at once. */
  static final BusyRetry NONE = new BusyRetry(Duration.ZERO, Duration.ZERO, Duration.ZERO);

  BusyRetry {
    if (firstPause.isNegative() || maxPause.compareTo(firstPause) < 0 || budget.isNegative()) {
      throw new IllegalArgumentException(
          "bad retry " + firstPause + ", " + maxPause + ", " + budget);
    }
  }

  /**
   * The pause before attempt {@code attempt + 1}, or a negative duration when the budget is spent.
   */
  Duration pauseAfter(int attempt) {
    Duration spent = Duration.ZERO;
    for (int i = 1; i < attempt; i++) {
      spent = spent.plus(pause(i));
    }
    return spent.compareTo(budget) >= 0 ? Duration.ofMillis(-1) : pause(attempt);
  }

  private Duration pause(int attempt) {
    long millis = firstPause.toMillis() << Math.min(attempt - 1, 20);
    return Duration.ofMillis(Math.min(millis, maxPause.toMillis()));
  }

  /** Waits the pause with ±25% jitter. */
  static void sleep(Duration pause) throws InterruptedException {
    long millis = pause.toMillis();
    long jitter = millis / 4;
    Thread.sleep(
        Math.max(
            0, millis + (jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(-jitter, jitter))));
  }
}
