package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TimeLimitTest {
  @Test
  void workWithinTheDeadlineReturnsItsResult() throws Exception {
    assertThat(new TimeLimit(Duration.ofMinutes(1)).run(() -> "read")).isEqualTo("read");
  }

  @Test
  void aSourceThatCannotBeReadKeepsItsOwnSentence() {
    TimeLimit limit = new TimeLimit(Duration.ofMinutes(1));
    assertThatThrownBy(() -> limit.run(() -> fail("There is no file at x.txt.")))
        .isInstanceOf(IngestException.class)
        .hasMessage("There is no file at x.txt.");
    assertThatThrownBy(() -> limit.run(() -> fail(null))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void workPastTheDeadlineFailsAndItsWorkerStopsAtTheNextCheckpoint() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<Throwable> stoppedWith = new CompletableFuture<>();
    TimeLimit limit = new TimeLimit(Duration.ofMillis(50));
    assertThatThrownBy(
            () ->
                limit.run(
                    () -> {
                      started.countDown();
                      try {
                        while (true) {
                          TimeLimit.checkpoint(); // a loop over a page's elements
                        }
                      } catch (CancellationException e) {
                        stoppedWith.complete(e);
                        throw e;
                      }
                    }))
        .isInstanceOf(IngestException.class)
        .hasMessage(
            "QuoteDesk stopped reading this source after 0.05 seconds,"
                + " the most analysis.deadline allows.");
    assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();
    // The abandoned worker does not run on: it ends at its next checkpoint.
    assertThat(stoppedWith.get(1, TimeUnit.MINUTES)).isInstanceOf(CancellationException.class);
  }

  @Test
  void deadlinesReadAsAPersonWouldSayThem() {
    assertThat(TimeLimit.readable(Duration.ofSeconds(10))).isEqualTo("10 seconds");
    assertThat(TimeLimit.readable(Duration.ofSeconds(1))).isEqualTo("1 second");
    assertThat(TimeLimit.readable(Duration.ofMillis(1500))).isEqualTo("1.5 seconds");
    assertThat(TimeLimit.readable(Duration.ofMinutes(3))).isEqualTo("3 minutes");
  }

  private static String fail(String message) throws IngestException {
    if (message == null) {
      throw new IllegalStateException("a bug, not a source");
    }
    throw new IngestException(message);
  }
}
