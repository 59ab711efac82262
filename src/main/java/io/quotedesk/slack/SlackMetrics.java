package io.quotedesk.slack;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The Slack app's meters, on the registry {@code /metrics} scrapes: requests by kind and outcome,
 * how long an ack takes, how long an answer takes from the request to its last post, and failed
 * fetches by kind. Histograms, so a dashboard can read any percentile across replicas.
 */
public final class SlackMetrics {
  private final MeterRegistry registry;
  private final Timer ack;
  private final Timer answer;
  private final Counter answers;

  public SlackMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.ack =
        Timer.builder("quotedesk.slack.ack")
            .description("From a Slack request's arrival to its acknowledgement")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofSeconds(10))
            .register(registry);
    this.answer =
        Timer.builder("quotedesk.slack.answer")
            .description("From handing an answer to the workers to its last post")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(10))
            .maximumExpectedValue(Duration.ofSeconds(60))
            .register(registry);
    this.answers =
        Counter.builder("quotedesk.slack.answers")
            .description("Answers handed to the workers (counted before the ack is sent)")
            .register(registry);
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** One request answered with {@code outcome} ("acked", "unsigned", "replayed", ...). */
  public void request(String kind, String outcome) {
    Counter.builder("quotedesk.slack.requests")
        .description("Requests to /slack/events by kind and outcome")
        .tag("kind", kind)
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }

  public void acked(long nanos) {
    ack.record(nanos, TimeUnit.NANOSECONDS);
  }

  /** A failed fetch; {@code kind} is one of a few words ("timeout", "refused", ...). */
  public void fetchFailed(String kind) {
    Counter.builder("quotedesk.fetch.failures")
        .description("Fetches of articles and feeds that failed, by kind")
        .tag("kind", kind)
        .register(registry)
        .increment();
  }

  /** The workers, each task timed from its hand-over to its end (queueing included). */
  public ExecutorService timed(ExecutorService workers) {
    return new TimedExecutor(workers, answer, answers);
  }

  /** Delegates to an executor and times each task from {@code execute} to its end. */
  private static final class TimedExecutor extends AbstractExecutorService {
    private final ExecutorService delegate;
    private final Timer timer;
    private final Counter tasks;

    TimedExecutor(ExecutorService delegate, Timer timer, Counter tasks) {
      this.delegate = delegate;
      this.timer = timer;
      this.tasks = tasks;
    }

    @Override
    public void execute(Runnable task) {
      tasks.increment();
      long handedOver = System.nanoTime();
      delegate.execute(
          () -> {
            try {
              task.run();
            } finally {
              timer.record(System.nanoTime() - handedOver, TimeUnit.NANOSECONDS);
            }
          });
    }

    @Override
    public void shutdown() {
      delegate.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
      return delegate.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
      return delegate.isShutdown();
    }

    @Override
    public boolean isTerminated() {
      return delegate.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
      return delegate.awaitTermination(timeout, unit);
    }
  }
}
