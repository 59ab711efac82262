package io.quotedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings an archive to the current schema, one numbered step at a time, each recorded in {@code
 * schema_version}: 1 the articles and quotes, 2 the Slack installations, 3 accents folded in the
 * search index and speaker keys. An archive any older release wrote opens in this one.
 */
final class SchemaMigration {
  private SchemaMigration() {}

  static Void migrate(Connection connection, SqlDialect dialect) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
      int current = 0;
      try (ResultSet rs = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
        if (rs.next()) {
          current = rs.getInt(1);
        }
      }
      if (current < 1) {
        for (String ddl : dialect.schema()) {
          statement.execute(ddl);
        }
        statement.execute("INSERT INTO schema_version (version) VALUES (1)");
      }
      if (current < 2) {
        for (String ddl : JdbcInstallationRecords.SCHEMA) {
          statement.execute(ddl);
        }
        statement.execute("INSERT INTO schema_version (version) VALUES (2)");
      }
      if (current < 3) {
        if (current >= 1) { // a new archive is made folded
          for (String ddl : dialect.foldAccentsInIndex()) {
            statement.execute(ddl);
          }
          foldSpeakerKeys(connection);
        }
        statement.execute("INSERT INTO schema_version (version) VALUES (3)");
      }
    }
    return null;
  }

  /** Speaker keys written before version 3 kept accents; a handful of distinct names hold them. */
  private static void foldSpeakerKeys(Connection connection) throws SQLException {
    List<String> accented = new ArrayList<>();
    try (Statement select = connection.createStatement();
        ResultSet rs = select.executeQuery("SELECT DISTINCT speaker_key FROM quotes")) {
      while (rs.next()) {
        String key = rs.getString(1);
        if (key != null && !AccentFolding.fold(key).equals(key)) {
          accented.add(key);
        }
      }
    }
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE quotes SET speaker_key = ? WHERE speaker_key = ?")) {
      for (String key : accented) {
        update.setString(1, AccentFolding.fold(key));
        update.setString(2, key);
        update.executeUpdate();
      }
    }
  }
}
