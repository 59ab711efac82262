package io.quotedesk.cli;

import io.quotedesk.analysis.Analyzer;
import io.quotedesk.ingest.PlainTextReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench analyze [--input DIR]}: throughput in one JVM, on one thread, after warm-up. */
@Command(name = "bench", description = "Benchmarks; not run by the tests.")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "WHAT", description = "analyze")
  String what;

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description = "Folder of articles (default: seeds).")
  Path input = Path.of("seeds");

  @Option(names = "--seconds", description = "Measuring time after warm-up (default: 5).")
  int seconds = 5;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!what.equals("analyze")) {
      out.println("bench: unknown benchmark `" + what + "`; available: analyze");
      return Main.USAGE;
    }
    List<String> texts = readTexts(input);
    if (texts.isEmpty()) {
      out.println("bench: no .txt articles in " + input);
      return Main.USAGE;
    }
    long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    PlainTextReader reader = new PlainTextReader();
    Analyzer analyzer = new Analyzer();
    Runnable oneRound = () -> texts.forEach(t -> analyzer.analyze(reader.read(t)));
    runFor(oneRound, 2_000_000_000L); // warm-up: let the JIT compile the hot paths
    long start = System.nanoTime();
    long rounds = runFor(oneRound, seconds * 1_000_000_000L);
    double elapsed = (System.nanoTime() - start) / 1e9;
    double articlesPerSecond = rounds * texts.size() / elapsed;
    double megabytesPerSecond = rounds * bytes / elapsed / (1024 * 1024);
    out.printf(
        Locale.ROOT,
        "bench analyze: %d articles (%.1f KB each on average), %d rounds in %.1f s on one thread%n"
            + "articles/s=%.0f MB/s=%.2f us/article=%.1f%n",
        texts.size(),
        bytes / 1024.0 / texts.size(),
        rounds,
        elapsed,
        articlesPerSecond,
        megabytesPerSecond,
        1e6 / articlesPerSecond);
    return Main.OK;
  }

  private static long runFor(Runnable round, long nanos) {
    long deadline = System.nanoTime() + nanos;
    long rounds = 0;
    do {
      round.run();
      rounds++;
    } while (System.nanoTime() < deadline);
    return rounds;
  }

  private static List<String> readTexts(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".txt"))
          .sorted()
          .map(BenchCommand::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
