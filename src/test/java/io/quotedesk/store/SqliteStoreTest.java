package io.quotedesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends ArticleStoreContract {
  @TempDir Path dir;

  @Override
  ArticleStore openEmpty() throws Exception {
    return SqliteStore.open(dir.resolve("first"));
  }

  @Override
  ArticleStore openSecond() throws Exception {
    return SqliteStore.open(dir.resolve("second"));
  }

  @Override
  ArticleStore reopenAfter(List<String> sql) throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("first/quotedesk.db"));
        Statement statement = c.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    }
    return SqliteStore.open(dir.resolve("first"));
  }

  /** FTS5's unicode61 tokenizer folded accents from the start. */
  @Override
  List<String> version2Index() {
    return List.of();
  }
}
