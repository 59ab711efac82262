package io.quotedesk.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** SIGTERM's drain: no new answer is taken, answers in flight finish, a stuck one is cut off. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DrainTest {
  @Test
  void answersInFlightFinishAndNoNewOneIsTaken() throws Exception {
    ExecutorService workers = Executors.newFixedThreadPool(2);
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean finished = new AtomicBoolean();
    workers.execute(
        () -> {
          running.countDown();
          try {
            release.await();
            finished.set(true);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    running.await();
    CompletableFuture<Boolean> drained =
        CompletableFuture.supplyAsync(() -> Drain.drain(workers, Duration.ofSeconds(20)));
    while (!workers.isShutdown()) {
      Thread.onSpinWait();
    }
    assertThatThrownBy(() -> workers.execute(() -> {}))
        .isInstanceOf(RejectedExecutionException.class);
    assertThat(drained).isNotDone();
    release.countDown();
    assertThat(drained.get()).isTrue();
    assertThat(finished).isTrue();
  }

  @Test
  void anAnswerStillRunningAfterTheGracePeriodIsInterrupted() throws Exception {
    ExecutorService workers = Executors.newSingleThreadExecutor();
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    workers.execute(
        () -> {
          running.countDown();
          try {
            new CountDownLatch(1).await();
          } catch (InterruptedException e) {
            interrupted.countDown();
          }
        });
    running.await();
    assertThat(Drain.drain(workers, Duration.ofMillis(50))).isFalse();
    assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
  }
}
