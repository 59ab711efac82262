package io.quotedesk.store;

import java.time.Instant;

/**
 * What the Slack app has already taken on: request signatures, event ids, rate-limit slots. Kept in
 * the archive database so that replicas over one archive share it: a replayed request or a retried
 * event is answered once whichever replica receives it.
 */
public interface RequestLedger extends AutoCloseable {

  /**
   * Records {@code key} until {@code until}; true the first time, false while a record of it is
   * alive (written by this replica or another one). Atomic across replicas.
   */
  boolean firstTime(String key, Instant until) throws StoreException;

  /** True when the database answers a trivial query now (readiness). */
  boolean reachable();

  @Override
  void close() throws StoreException;
}
