package io.quotedesk.cli;

import io.quotedesk.store.ArchiveCounts;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.SqliteStore;
import io.quotedesk.store.StoreException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code status}: where the archive is and what it holds, so no one answers from the wrong one. */
@Command(name = "status", description = "Where the archive is, and its article and quote counts.")
final class StatusCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws StoreException {
    PrintWriter out = spec.commandLine().getOut();
    String url = main.settings().string("db.url");
    String where =
        url.isEmpty()
            ? "SQLite at " + SqliteStore.file(main.dataDir().toAbsolutePath().normalize())
            : "PostgreSQL at " + withoutCredentials(url);
    try (ArticleStore store = main.openStore()) {
      ArchiveCounts counts = store.counts();
      out.println("archive: " + where);
      out.println("articles: " + counts.articles() + " (" + counts.versions() + " versions)");
      out.println("quotes: " + counts.quotes());
    }
    return Main.OK;
  }

  /** The URL without its query (user and password may be there) or user info. */
  static String withoutCredentials(String jdbcUrl) {
    String bare = jdbcUrl.replaceFirst("\\?.*$", "");
    return bare.replaceFirst("//[^/@]*@", "//");
  }
}
