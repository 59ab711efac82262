package io.quotedesk.slack;

import io.quotedesk.store.RequestLedger;
import io.quotedesk.store.StoreException;
import java.time.Clock;
import java.time.Duration;

/**
 * At most {@code perMinute} fetch-heavy requests per user in any sliding minute, counted across
 * replicas: a request takes one of the user's {@code perMinute} slots in the shared ledger, and a
 * slot stays taken for a minute.
 */
final class UserRateLimit {
  private static final Duration WINDOW = Duration.ofMinutes(1);
  private final int perMinute;
  private final Clock clock;
  private final RequestLedger ledger;

  UserRateLimit(int perMinute, Clock clock, RequestLedger ledger) {
    this.perMinute = perMinute;
    this.clock = clock;
    this.ledger = ledger;
  }

  boolean allow(String user) throws StoreException {
    var until = clock.instant().plus(WINDOW);
    for (int slot = 0; slot < perMinute; slot++) {
      if (ledger.firstTime("rate:" + user + ":" + slot, until)) {
        return true;
      }
    }
    return false;
  }
}
