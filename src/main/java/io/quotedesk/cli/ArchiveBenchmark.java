package io.quotedesk.cli;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.ingest.Article;
import io.quotedesk.ingest.ArticleMetadata;
import io.quotedesk.ingest.PlainTextReader;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.SearchQuery;
import io.quotedesk.store.SqliteStore;
import io.quotedesk.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * {@code bench archive}: an archive of generated articles shaped like real ones (a headline,
 * paragraphs, about ten quotes by named speakers), then ingest rate, who-said latency, cache-hit
 * latency and heap per cached article.
 */
final class ArchiveBenchmark {
  private static final String[] FIRST = {
    "Ann", "John", "Maria", "Olaf", "Jens", "Joe", "Kamala", "Rishi", "Emma", "Pedro", "Ursula",
    "Charles", "Giorgia", "Viktor", "Mette"
  };
  private static final String[] LAST = {
    "Ruiz",
    "Carter",
    "Lopez",
    "Becker",
    "Hansen",
    "Moreau",
    "Rossi",
    "Novak",
    "Kowalski",
    "Silva",
    "Tanaka",
    "Okafor",
    "Larsen",
    "Dubois",
    "Meyer",
    "Schmidt",
    "Costa",
    "Weber"
  };
  private static final String[] ROLES = {
    "Finance Minister",
    "Mayor",
    "Senator",
    "Prime Minister",
    "Chancellor",
    "Secretary General",
    "Governor"
  };

  /** A vocabulary of 6,000 made-up words, drawn with a Zipf-like skew as real text is. */
  private static final String[] WORDS = vocabulary(6_000);

  private ArchiveBenchmark() {}

  static int run(PrintWriter out, Path dir, int articles) throws IOException {
    Files.createDirectories(dir);
    long free = Files.getFileStore(dir).getUsableSpace();
    long needed = articles * 12_000L;
    if (free < needed * 2) {
      out.printf(
          Locale.ROOT,
          "bench archive: %s has %d MB free; %d articles need about %d MB. Use --articles or --input.%n",
          dir,
          free >> 20,
          articles,
          needed >> 19);
      return Main.USAGE;
    }
    Random random = new Random(42);
    PlainTextReader reader = new PlainTextReader();
    Analyzer analyzer = new Analyzer();
    List<String> sampleQuotes = new ArrayList<>();
    long quotes = 0;
    try (ArticleStore store = SqliteStore.open(dir)) {
      boolean reuse = store.latest("https://bench.example/" + (articles - 1)).isPresent();
      long start = System.nanoTime();
      for (int i = 0; i < articles && !reuse; i++) {
        Analysis analysis = analyzer.analyze(withDate(reader.read(article(random, i)), i));
        store.save("https://bench.example/" + i, analysis, Instant.now());
        quotes += analysis.quotes().size();
        if (i % 97 == 0 && !analysis.quotes().isEmpty()) {
          sampleQuotes.add(analysis.quotes().get(random.nextInt(analysis.quotes().size())).text());
        }
        if (i > 0 && i % 10_000 == 0) {
          out.printf(Locale.ROOT, "  %d articles stored%n", i);
          out.flush();
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      if (reuse) {
        // An archive generated before: measure searches on it without ingesting again.
        for (int i = 0; i < 1000; i++) {
          var found =
              store
                  .latest("https://bench.example/" + random.nextInt(articles))
                  .orElseThrow()
                  .analysis()
                  .quotes();
          sampleQuotes.add(found.get(random.nextInt(found.size())).text());
        }
        out.printf(Locale.ROOT, "bench archive: reusing the %d articles in %s%n", articles, dir);
      } else {
        out.printf(
            Locale.ROOT, "bench archive: %d articles, %d quotes in %s%n", articles, quotes, dir);
        out.printf(
            Locale.ROOT,
            "ingest (analyse + store, one thread): %.0f articles/s%n",
            articles / seconds);
      }
      for (int i = 0; i < 200; i++) { // warm-up: let the JIT and SQLite's page cache settle
        store.whoSaid(
            SearchQuery.of(
                fragment(sampleQuotes.get(random.nextInt(sampleQuotes.size())), random)));
      }
      long[] latencies = new long[1000];
      long[] cpu = new long[latencies.length];
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      for (int i = 0; i < latencies.length; i++) {
        String query = fragment(sampleQuotes.get(random.nextInt(sampleQuotes.size())), random);
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int found = store.whoSaid(SearchQuery.of(query)).size();
        latencies[i] = System.nanoTime() - t0;
        cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        if (latencies[i] > 20_000_000L && System.getenv("QUOTEDESK_BENCH_TRACE") != null) {
          out.printf(
              Locale.ROOT, "  slow: %.1f ms, %d hits: %s%n", latencies[i] / 1e6, found, query);
        }
      }
      out.printf(
          Locale.ROOT,
          "whosaid over %d queries: %s%n",
          latencies.length,
          BenchCommand.percentiles(latencies));
      // The search runs on this thread, SQLite included: its CPU time leaves out the waits for a
      // core that other work on a busy shared machine adds to the wall-clock figures above.
      out.printf(Locale.ROOT, "whosaid CPU time per query: %s%n", BenchCommand.percentiles(cpu));
      cache(out, store, Math.min(articles, 10_000));
    } catch (StoreException e) {
      out.println("bench archive: " + e.getMessage());
      return Main.SOURCE_FAILED;
    }
    return Main.OK;
  }

  /** Cache-hit latency and the heap one cached analysis takes. */
  private static void cache(PrintWriter out, ArticleStore store, int count) throws StoreException {
    Cache<String, Analysis> cache = Caffeine.newBuilder().maximumSize(count + 1).build();
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long before = runtime.totalMemory() - runtime.freeMemory();
    for (int i = 0; i < count; i++) {
      String key = "https://bench.example/" + i;
      cache.put(key, store.latest(key).orElseThrow().analysis());
    }
    System.gc();
    long after = runtime.totalMemory() - runtime.freeMemory();
    String[] keys = new String[count];
    for (int i = 0; i < count; i++) {
      keys[i] = "https://bench.example/" + i;
    }
    long hits = 0;
    for (int round = 0; round < 20; round++) { // warm-up
      for (String key : keys) {
        hits += cache.getIfPresent(key) == null ? 0 : 1;
      }
    }
    long t0 = System.nanoTime();
    int lookups = 0;
    for (int round = 0; round < 100; round++) {
      for (String key : keys) {
        hits += cache.getIfPresent(key) == null ? 0 : 1;
        lookups++;
      }
    }
    double perHit = (System.nanoTime() - t0) / (double) lookups;
    out.printf(
        Locale.ROOT,
        "cache hit: %.0f ns (%d lookups); heap per cached article: %.1f KB (%d cached)%n",
        perHit,
        lookups + hits * 0,
        (after - before) / 1024.0 / count,
        count);
  }

  private static Article withDate(Article article, int i) {
    ArticleMetadata meta =
        article
            .metadata()
            .withPublished(
                "2024-" + String.format(Locale.ROOT, "%02d-%02d", 1 + i % 12, 1 + i % 28));
    return new Article(
        article.text(), meta, article.headline(), article.furniture(), Optional.empty());
  }

  private static String article(Random random, int i) {
    StringBuilder text = new StringBuilder();
    String lead = name(random);
    text.append(word(random))
        .append(" plan splits ")
        .append(word(random))
        .append(" talks, ")
        .append(lead.substring(lead.indexOf(' ') + 1))
        .append(" says\n\n");
    for (int p = 0; p < 10; p++) {
      String speaker = ROLES[random.nextInt(ROLES.length)] + " " + name(random);
      text.append("\u201C")
          .append(sentence(random))
          .append(",\u201D ")
          .append(speaker)
          .append(" said on Tuesday. The ")
          .append(word(random))
          .append(" debate over ")
          .append(word(random))
          .append(" and ")
          .append(word(random))
          .append(" has run for ")
          .append(2 + random.nextInt(20))
          .append(" weeks in article ")
          .append(i)
          .append(".\n\n");
    }
    return text.toString();
  }

  private static String sentence(Random random) {
    StringBuilder s = new StringBuilder("We will");
    int words = 8 + random.nextInt(10);
    for (int w = 0; w < words; w++) {
      s.append(' ').append(w % 5 == 2 ? "the" : word(random));
    }
    return s.toString();
  }

  private static String fragment(String quote, Random random) {
    String[] words = quote.split(" ");
    int from = random.nextInt(Math.max(1, words.length - 4));
    return String.join(" ", Arrays.copyOfRange(words, from, Math.min(words.length, from + 4)));
  }

  private static String name(Random random) {
    return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
  }

  private static String word(Random random) {
    // Zipf-like: low ranks far more often, as "the budget" is commoner than "the tariff".
    double u = random.nextDouble();
    return WORDS[(int) Math.min(WORDS.length - 1, Math.floor(Math.pow(WORDS.length, u)) - 1)];
  }

  private static String[] vocabulary(int size) {
    String[] onsets = {
      "b", "br", "c", "d", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "pl", "r", "s", "st", "t",
      "tr", "v", "w"
    };
    String[] vowels = {"a", "e", "i", "o", "u", "ai", "ea", "ou"};
    String[] codas = {"", "n", "r", "s", "t", "nd", "st", "ck", "m", "l"};
    Random random = new Random(7);
    java.util.Set<String> words = new java.util.LinkedHashSet<>();
    while (words.size() < size) {
      StringBuilder word = new StringBuilder();
      int syllables = 1 + random.nextInt(3);
      for (int s = 0; s < syllables; s++) {
        word.append(onsets[random.nextInt(onsets.length)])
            .append(vowels[random.nextInt(vowels.length)]);
      }
      word.append(codas[random.nextInt(codas.length)]);
      words.add(word.toString());
    }
    return words.toArray(String[]::new);
  }
}
