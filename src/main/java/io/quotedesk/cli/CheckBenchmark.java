package io.quotedesk.cli;

import io.quotedesk.brief.AttributionBands;
import io.quotedesk.check.QuoteCheck;
import io.quotedesk.check.QuoteChecker;
import io.quotedesk.store.Archive;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.SqliteStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * {@code bench check}: quote checks against the generated archive of {@code bench archive} (made
 * first when the folder holds none): stored quotes as drafts would give them, word for word,
 * reworded, cut with an ellipsis, or given to the wrong speaker.
 */
final class CheckBenchmark {
  private CheckBenchmark() {}

  static int run(PrintWriter out, Path dir, int articles) throws Exception {
    try (ArticleStore probe = SqliteStore.open(dir)) {
      if (probe.latest("https://bench.example/" + (articles - 1)).isEmpty()) {
        probe.close();
        int code = ArchiveBenchmark.run(out, dir, articles);
        if (code != Main.OK) {
          return code;
        }
      }
    }
    Random random = new Random(11);
    try (ArticleStore store = SqliteStore.open(dir)) {
      Archive archive = new Archive(store, null);
      QuoteChecker checker = new QuoteChecker(archive, AttributionBands.DEFAULT.min());
      List<QuoteCheck.Claim> claims = new ArrayList<>();
      for (int i = 0; i < 1200; i++) {
        var quotes =
            store
                .latest("https://bench.example/" + random.nextInt(articles))
                .orElseThrow()
                .analysis()
                .quotes();
        var quote = quotes.get(random.nextInt(quotes.size()));
        String[] words = quote.text().replaceAll("[,.]$", "").split(" ");
        String speaker = quote.speaker().map(s -> s.name()).orElse(null);
        String text =
            switch (i % 4) {
              case 0 -> String.join(" ", words);
              case 1 ->
                  String.join(" ", Arrays.copyOfRange(words, 0, words.length - 2)) + " indeed";
              case 2 ->
                  String.join(" ", Arrays.copyOfRange(words, 0, 4))
                      + " \u2026 "
                      + words[words.length - 1];
              default -> String.join(" ", words);
            };
        claims.add(
            new QuoteCheck.Claim(text, Optional.ofNullable(i % 4 == 3 ? "Someone Else" : speaker)));
      }
      for (QuoteCheck.Claim claim : claims.subList(0, 200)) { // warm-up
        checker.check(claim, Optional.empty());
      }
      List<QuoteCheck.Claim> measured = claims.subList(200, claims.size());
      long[] latencies = new long[measured.size()];
      Map<QuoteCheck.Verdict, Integer> verdicts = new EnumMap<>(QuoteCheck.Verdict.class);
      for (int i = 0; i < measured.size(); i++) {
        long t0 = System.nanoTime();
        QuoteCheck check = checker.check(measured.get(i), Optional.empty());
        latencies[i] = System.nanoTime() - t0;
        verdicts.merge(check.verdict(), 1, Integer::sum);
      }
      out.printf(
          Locale.ROOT,
          "bench check: %d checks against %d articles in %s%n",
          measured.size(),
          articles,
          dir);
      out.printf(
          Locale.ROOT, "latency: %s; verdicts %s%n", BenchCommand.percentiles(latencies), verdicts);
    }
    return Main.OK;
  }
}
