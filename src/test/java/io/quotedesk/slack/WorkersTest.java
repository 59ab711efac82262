package io.quotedesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkersTest {
  @Test
  void aUsersReadsRunAtMostTheCapAtATimeAndAllRunInTheEnd() throws Exception {
    try (Workers workers =
        new Workers(Executors.newFixedThreadPool(1), Executors.newFixedThreadPool(6), 2)) {
      CountDownLatch hold = new CountDownLatch(1);
      CountDownLatch started = new CountDownLatch(2);
      CountDownLatch done = new CountDownLatch(7);
      AtomicInteger running = new AtomicInteger();
      AtomicInteger most = new AtomicInteger();
      for (int i = 0; i < 6; i++) {
        workers.read(
            "U1",
            () -> {
              most.accumulateAndGet(running.incrementAndGet(), Math::max);
              started.countDown();
              try {
                hold.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              running.decrementAndGet();
              done.countDown();
            });
      }
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      CountDownLatch other = new CountDownLatch(1);
      workers.read("U2", other::countDown);
      assertThat(other.await(10, TimeUnit.SECONDS)).isTrue(); // U2 is not behind U1
      workers.quick(done::countDown);
      hold.countDown();
      assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(most.get()).isEqualTo(2);
    }
  }
}
