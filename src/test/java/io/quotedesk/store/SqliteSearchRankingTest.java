package io.quotedesk.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteSearchRankingTest extends SearchRankingContract {
  @TempDir Path dir;

  @Override
  ArticleStore openEmpty() throws Exception {
    return SqliteStore.open(dir);
  }
}
