package io.quotedesk.slack;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The end of a replica's work on SIGTERM: the workers take no new answer, the answers in flight get
 * {@code grace} to finish, and whatever is still running after it is interrupted.
 */
public final class Drain {
  private Drain() {}

  /** True when every answer in flight finished within the grace period. */
  public static boolean drain(ExecutorService workers, Duration grace) {
    workers.shutdown();
    try {
      if (workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    workers.shutdownNow();
    return false;
  }
}
