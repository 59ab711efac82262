package io.quotedesk.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;

/** The search rankings on PostgreSQL at TEST_POSTGRES_URL, in a schema of their own. */
class PostgresSearchRankingTest extends SearchRankingContract {
  private static final String URL = System.getenv("TEST_POSTGRES_URL");
  private static final String SCHEMA = "search_ranking";

  @BeforeAll
  static void requireDatabase() {
    if (URL == null || URL.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("TEST_POSTGRES_URL is not set; CI must run the PostgreSQL tests");
      }
      assumeTrue(false, "TEST_POSTGRES_URL is not set");
    }
  }

  @Override
  ArticleStore openEmpty() throws Exception {
    try (Connection connection = DriverManager.getConnection(URL);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      statement.execute("CREATE SCHEMA " + SCHEMA);
    }
    String separator = URL.contains("?") ? "&" : "?";
    return PostgresStore.open(URL + separator + "currentSchema=" + SCHEMA);
  }
}
