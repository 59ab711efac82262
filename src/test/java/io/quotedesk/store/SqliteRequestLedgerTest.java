package io.quotedesk.store;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

class SqliteRequestLedgerTest extends RequestLedgerContract {
  @TempDir Path dir;

  @Override
  RequestLedger open(Clock clock) throws Exception {
    return SqliteStore.openLedger(dir, clock);
  }
}
