package io.quotedesk.store;

import java.nio.file.Path;
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
}
