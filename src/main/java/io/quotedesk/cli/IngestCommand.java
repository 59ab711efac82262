package io.quotedesk.cli;

import io.quotedesk.ingest.FeedReader;
import io.quotedesk.ingest.FetchedPage;
import io.quotedesk.ingest.IngestException;
import io.quotedesk.ingest.UrlNormalizer;
import io.quotedesk.store.Archive;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.StoreException;
import io.quotedesk.store.StoredArticle;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ingest SOURCE...}: analyse and store files, folders, web pages and RSS/Atom feeds. */
@Command(name = "ingest", description = "Analyse and store articles: files, folders, URLs, feeds.")
final class IngestCommand implements Callable<Integer> {
  /** Show a progress bar from this many articles on. */
  private static final int PROGRESS_FROM = 5;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "SOURCE",
      description = "Files, folders, URLs or feed URLs.")
  List<String> sources;

  @Override
  public Integer call() throws StoreException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int code = Main.OK;
    try (ArticleStore store = main.openStore()) {
      Archive archive = main.openArchive(store);
      List<Pending> expanded = new ArrayList<>();
      for (String source : sources) {
        Optional<List<Pending>> articles = expand(source, err);
        if (articles.isEmpty()) {
          code = Main.SOURCE_FAILED; // a feed or folder that could not be read
        }
        articles.ifPresent(expanded::addAll);
      }
      int done = 0;
      for (Pending pending : expanded) {
        String source = pending.source();
        try {
          StoredArticle stored =
              pending.page() == null
                  ? archive.ingest(source)
                  : archive.ingest(source, pending.page());
          out.println(
              "stored "
                  + stored.url()
                  + " (version "
                  + stored.version()
                  + ", "
                  + stored.analysis().quotes().size()
                  + " quotes)"
                  + (stored.changes().isEmpty()
                      ? ""
                      : ", " + stored.changes().size() + " quotes reworded"));
          out.flush();
        } catch (IngestException | StoreException e) {
          // One article the archive could not take (busy past its retries, a full disk) fails
          // alone: the batch goes on with the next.
          err.println(source + ": " + e.getMessage());
          code = Main.SOURCE_FAILED;
        }
        done++;
        if (expanded.size() >= PROGRESS_FROM) {
          progress(err, done, expanded.size());
        }
      }
    }
    return code;
  }

  /** An article to ingest, with its page when fetching it already told it was no feed. */
  private record Pending(String source, FetchedPage page) {}

  /**
   * A folder's article files, a feed's items, or the source itself; empty when the source failed
   * (said on {@code err}), which fails the run even when other sources gave many articles.
   */
  private Optional<List<Pending>> expand(String source, PrintWriter err) {
    if (source.isBlank()) {
      // Path.of("") is the working folder: an unset variable must not ingest everything in it.
      err.println("\"" + source + "\": an empty SOURCE names no file, folder or web address.");
      return Optional.empty();
    }
    boolean address = UrlNormalizer.isAddress(source);
    Path path = Path.of(address ? "." : source);
    if (!address && Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        return Optional.of(
            files
                .filter(Files::isRegularFile)
                .map(Path::toString)
                .filter(n -> n.toLowerCase(Locale.ROOT).matches(".*\\.(txt|html?)$"))
                .sorted()
                .map(file -> new Pending(file, null))
                .toList());
      } catch (IOException | java.io.UncheckedIOException e) {
        err.println(source + ": QuoteDesk couldn't read this folder.");
        return Optional.empty();
      }
    }
    if (source.startsWith("http://") || source.startsWith("https://")) {
      try {
        FetchedPage page = main.articleLoader().fetch(source);
        if (FeedReader.isFeed(page.body())) {
          List<Pending> links = new ArrayList<>();
          for (FeedReader.Item item : FeedReader.items(page.body(), page.url())) {
            if (item.usable()) {
              links.add(new Pending(item.link(), null));
            } else {
              err.println(source + ": " + item.problem());
            }
          }
          return Optional.of(links);
        }
        return Optional.of(List.of(new Pending(source, page)));
      } catch (IngestException e) {
        err.println(source + ": " + e.getMessage());
        return Optional.empty();
      }
    }
    return Optional.of(List.of(new Pending(source, null)));
  }

  private static void progress(PrintWriter err, int done, int total) {
    int width = 30;
    int filled = done * width / total;
    err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
    if (done == total) {
      err.println();
    }
    err.flush();
  }
}
