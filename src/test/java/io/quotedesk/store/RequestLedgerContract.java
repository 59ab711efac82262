package io.quotedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The request ledger's contract, for every database: two ledgers stand for two replicas. */
abstract class RequestLedgerContract {
  /** A ledger over a fresh database (the first call) or the same one (later calls). */
  abstract RequestLedger open(Clock clock) throws Exception;

  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    volatile Instant now = Instant.parse("2030-01-01T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void aKeyIsTakenOnceWhileItsRecordLives() throws Exception {
    HandClock clock = new HandClock();
    try (RequestLedger first = open(clock);
        RequestLedger second = open(clock)) {
      Instant until = clock.now.plus(Duration.ofMinutes(5));
      assertThat(first.firstTime("sig:a", until)).isTrue();
      assertThat(first.firstTime("sig:a", until)).isFalse();
      assertThat(second.firstTime("sig:a", until)).isFalse(); // the other replica sees it
      assertThat(second.firstTime("sig:b", until)).isTrue();
      assertThat(first.firstTime("sig:b", until)).isFalse();
    }
  }

  @Test
  void anExpiredRecordCanBeTakenAgain() throws Exception {
    HandClock clock = new HandClock();
    try (RequestLedger first = open(clock);
        RequestLedger second = open(clock)) {
      assertThat(first.firstTime("rate:U1:0", clock.now.plusSeconds(60))).isTrue();
      clock.now = clock.now.plusSeconds(61);
      assertThat(second.firstTime("rate:U1:0", clock.now.plusSeconds(60))).isTrue();
      assertThat(first.firstTime("rate:U1:0", clock.now.plusSeconds(60))).isFalse();
    }
  }

  @Test
  void replicasRacingForOneKeyTakeItExactlyOnce() throws Exception {
    HandClock clock = new HandClock();
    try (RequestLedger first = open(clock);
        RequestLedger second = open(clock)) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        for (int round = 0; round < 20; round++) {
          String key = "event:Ev" + round;
          List<Callable<Boolean>> racers = new ArrayList<>();
          for (int i = 0; i < 8; i++) {
            RequestLedger ledger = i % 2 == 0 ? first : second;
            racers.add(() -> ledger.firstTime(key, clock.now.plusSeconds(3600)));
          }
          int winners = 0;
          for (Future<Boolean> taken : pool.invokeAll(racers)) {
            winners += taken.get() ? 1 : 0;
          }
          assertThat(winners).as(key).isEqualTo(1);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void saysWhetherTheDatabaseAnswers() throws Exception {
    RequestLedger ledger = open(new HandClock());
    assertThat(ledger.reachable()).isTrue();
    ledger.close();
    assertThat(ledger.reachable()).isFalse();
  }
}
