package io.quotedesk.slack;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where answers are worked out. Quick ones (who said, checks, help, a person's quotes) have a pool
 * of their own, so they never wait behind article reads; reads (a fetch, or pasted text to analyse)
 * share another pool, at most {@code readsPerUser} of one user's at a time, so one user's eight
 * slow links hold nobody else back. A user's waiting reads hold no thread.
 */
public final class Workers implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Workers.class);

  private final ExecutorService quick;
  private final ExecutorService reads;
  private final int readsPerUser;
  private final Map<String, Lane> lanes = new HashMap<>();

  /** One user's reads: how many run now, and the ones waiting their turn. */
  private static final class Lane {
    int running;
    final Deque<Runnable> waiting = new ArrayDeque<>();
  }

  public Workers(ExecutorService quick, ExecutorService reads, int readsPerUser) {
    if (readsPerUser < 1) {
      throw new IllegalArgumentException("readsPerUser must be positive: " + readsPerUser);
    }
    this.quick = quick;
    this.reads = reads;
    this.readsPerUser = readsPerUser;
  }

  /** Fixed pools of the sizes given. */
  public static Workers start(int quickThreads, int readThreads, int readsPerUser) {
    return new Workers(
        Executors.newFixedThreadPool(quickThreads),
        Executors.newFixedThreadPool(readThreads),
        readsPerUser);
  }

  void quick(Runnable task) {
    quick.execute(task);
  }

  /** Runs {@code task} on the read pool when {@code user} has fewer than the cap running. */
  void read(String user, Runnable task) {
    String key = user == null ? "" : user;
    synchronized (lanes) {
      Lane lane = lanes.computeIfAbsent(key, k -> new Lane());
      if (lane.running >= readsPerUser) {
        lane.waiting.addLast(task);
        return;
      }
      lane.running++;
    }
    start(key, task);
  }

  private void start(String user, Runnable task) {
    try {
      reads.execute(
          () -> {
            try {
              task.run();
            } finally {
              finished(user);
            }
          });
    } catch (RejectedExecutionException e) {
      LOG.warn("a read was refused: the workers are shutting down");
      synchronized (lanes) {
        lanes.remove(user);
      }
    }
  }

  private void finished(String user) {
    Runnable next;
    synchronized (lanes) {
      Lane lane = lanes.get(user);
      if (lane == null) {
        return;
      }
      next = lane.waiting.pollFirst();
      if (next == null && --lane.running == 0) {
        lanes.remove(user);
      }
    }
    if (next != null) {
      start(user, next);
    }
  }

  /**
   * On SIGTERM: both pools take no new work and the answers in flight get {@code grace} to finish;
   * true when all did.
   */
  public boolean drain(Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    boolean quickDone = Drain.drain(quick, grace);
    Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    return Drain.drain(reads, left) && quickDone;
  }

  @Override
  public void close() {
    quick.shutdownNow();
    reads.shutdownNow();
  }
}
