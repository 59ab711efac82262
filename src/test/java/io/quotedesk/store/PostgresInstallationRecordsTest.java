package io.quotedesk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;

/** The contract on PostgreSQL at TEST_POSTGRES_URL, in a schema of its own. */
class PostgresInstallationRecordsTest extends InstallationRecordsContract {

  @BeforeAll
  static void requireDatabase() {
    PostgresStoreTest.requireDatabase();
  }

  @Override
  ArticleStore openEmpty() throws Exception {
    String url = PostgresStoreTest.URL;
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS installs CASCADE");
      statement.execute("CREATE SCHEMA installs");
    }
    return PostgresStore.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=installs");
  }
}
