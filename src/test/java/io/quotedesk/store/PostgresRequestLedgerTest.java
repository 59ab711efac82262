package io.quotedesk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The ledger on PostgreSQL at TEST_POSTGRES_URL, run as {@link PostgresStoreTest} is. */
class PostgresRequestLedgerTest extends RequestLedgerContract {
  private static final String SCHEMA = "ledger";

  @BeforeAll
  static void requireDatabase() {
    PostgresStoreTest.requireDatabase();
  }

  @BeforeEach
  void emptySchema() throws Exception {
    try (Connection connection = DriverManager.getConnection(PostgresStoreTest.URL);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      statement.execute("CREATE SCHEMA " + SCHEMA);
    }
  }

  @Override
  RequestLedger open(Clock clock) throws Exception {
    String url = PostgresStoreTest.URL;
    return PostgresStore.openLedger(
        url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA, clock);
  }
}
