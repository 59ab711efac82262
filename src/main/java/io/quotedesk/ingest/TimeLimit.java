package io.quotedesk.ingest;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@code analysis.deadline} safety net: reading and analysing one SOURCE runs on a worker
 * thread, and past the deadline the caller gets one clear sentence while the worker is interrupted.
 * Extraction and analysis loops call {@link #checkpoint()}, so an abandoned worker stops at its
 * next loop turn instead of running on; idle workers end after a minute.
 */
public final class TimeLimit {
  /** Deep markup or text must not end a worker with a StackOverflowError. */
  private static final long WORKER_STACK_BYTES = 16L << 20;

  /** {@code analysis.deadline} unless the settings say otherwise. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(10);

  private static final AtomicInteger WORKERS = new AtomicInteger();

  private final Duration deadline;
  private final ExecutorService workers =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread =
                new Thread(null, task, "analysis-" + WORKERS.incrementAndGet(), WORKER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
          });

  public TimeLimit(Duration deadline) {
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("a deadline must be positive: " + deadline);
    }
    this.deadline = deadline;
  }

  /** Work for one SOURCE: reading it, analysing it. */
  @FunctionalInterface
  public interface Work<T> {
    T call() throws IngestException;
  }

  /**
   * Runs {@code work}, failing with an {@link IngestException} past the deadline.
   *
   * @throws IngestException what the work throws, or a sentence saying the deadline passed
   */
  public <T> T run(Work<T> work) throws IngestException {
    Future<T> result = workers.submit(work::call);
    try {
      return result.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new IngestException(
          "QuoteDesk stopped reading this source after "
              + readable(deadline)
              + ", the most analysis.deadline allows.");
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new IngestException("QuoteDesk was stopped while reading this source.", e);
    } catch (ExecutionException e) {
      throw unwrap(e.getCause());
    }
  }

  /**
   * Ends the current work when its deadline has passed (its thread is interrupted): a loop over a
   * page's elements or an article's paragraphs calls it at every turn.
   *
   * @throws CancellationException when the work has been abandoned
   */
  public static void checkpoint() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("past analysis.deadline");
    }
  }

  private static IngestException unwrap(Throwable cause) {
    if (cause instanceof IngestException ingest) {
      return ingest;
    }
    if (cause instanceof StackOverflowError deep) {
      return new IngestException("This page is nested too deeply for QuoteDesk to read.", deep);
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IngestException("QuoteDesk could not read this source.", cause);
  }

  /** "10 seconds", "1.5 seconds", "2 minutes". */
  static String readable(Duration duration) {
    if (duration.toSeconds() >= 120 && duration.toSecondsPart() == 0) {
      return duration.toMinutes() + " minutes";
    }
    BigDecimal seconds = BigDecimal.valueOf(duration.toNanos(), 9).stripTrailingZeros();
    return seconds.toPlainString()
        + (seconds.compareTo(BigDecimal.ONE) == 0 ? " second" : " seconds");
  }
}
