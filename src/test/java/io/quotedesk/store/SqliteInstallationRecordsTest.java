package io.quotedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.store.InstallationRecords.Installation;
import io.quotedesk.store.InstallationRecords.Kind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteInstallationRecordsTest extends InstallationRecordsContract {
  @TempDir Path dir;

  @Override
  ArticleStore openEmpty() throws Exception {
    return SqliteStore.open(dir.resolve("archive"));
  }

  @Test
  void anArchiveFromBeforeInstallsGainsTheTablesWhenOpened() throws Exception {
    Path old = dir.resolve("old");
    SqliteStore.open(old).close();
    // Put the file back as schema version 1 left it: no installation tables.
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old.resolve("quotedesk.db"));
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE slack_installations");
      s.execute("DROP TABLE slack_oauth_states");
      s.execute("DELETE FROM schema_version WHERE version >= 2");
    }
    try (ArticleStore reopened = SqliteStore.open(old)) {
      reopened.installations().save(new Installation(Kind.BOT, "", "T1", "", T0, "bot"));
      assertThat(reopened.installations().find(Kind.BOT, "", "T1", "")).isPresent();
    }
  }
}
