package io.quotedesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quotedesk.cli.TrainCommand.Example;
import io.quotedesk.ingest.PlainTextReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code train} reads and writes: the annotated articles, the weights as a resource, each
 * speaker's cross-validated confidence for error analysis, the strongest features.
 */
final class TrainingFiles {
  /** The named precision the suggested thresholds aim at. */
  private static final double TARGET_PRECISION = 0.95;

  private TrainingFiles() {}

  /** One annotated article, read once, and its index among those trained on. */
  record Annotated(String text, GoldAttributions gold, int index) {
    io.quotedesk.ingest.Article read() {
      return new PlainTextReader().read(text);
    }
  }

  /** The annotated articles of {@code goldFiles}, leaving out every Nth of each file if asked. */
  static List<Annotated> load(List<Path> goldFiles, int leaveOutEvery) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Annotated> articles = new ArrayList<>();
    for (Path file : goldFiles) {
      try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        int inFile = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          int index = inFile++;
          if (leaveOutEvery > 0 && index % leaveOutEvery == leaveOutEvery - 1) {
            continue;
          }
          JsonNode gold = mapper.readTree(line);
          articles.add(
              new Annotated(
                  gold.path("text").asText(), new GoldAttributions(gold), articles.size()));
        }
      }
    }
    return articles;
  }

  static void writePredictions(List<Example> examples, double[] probability, Path file)
      throws IOException {
    StringBuilder tsv =
        new StringBuilder("confidence\tright\tarticle\tspeaker | quote\tfeatures\n");
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      tsv.append(String.format(Locale.ROOT, "%.3f", probability[i]))
          .append('\t')
          .append(e.right())
          .append('\t')
          .append(e.article())
          .append('\t')
          .append(e.what().replaceAll("\\s+", " "))
          .append('\t')
          .append(String.join(" ", e.features()))
          .append('\n');
    }
    Files.writeString(file, tsv, StandardCharsets.UTF_8);
  }

  static void writeWeights(
      Map<String, Double> weights,
      Path file,
      String over,
      int examples,
      double cost,
      String command)
      throws IOException {
    StringBuilder text = new StringBuilder();
    text.append("# QuoteDesk attribution model: logistic regression (liblinear L2R_LR, C=")
        .append(cost)
        .append(") over ")
        .append(examples >= 0 ? examples + " " : "")
        .append(over)
        .append(".\n")
        .append("# Written by `")
        .append(command)
        .append("`; one feature and its weight a line.\n");
    weights.forEach(
        (name, weight) ->
            text.append(name)
                .append('\t')
                .append(String.format(Locale.ROOT, "%.6f", weight))
                .append('\n'));
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * The command that wrote the weights, as a weights file's header names it: the annotated files by
   * name and the options that change the weights, so that the README's command can be checked
   * against the file.
   */
  static String command(
      List<Path> goldFiles, int leaveOutEvery, boolean noRanking, boolean scorerLabels) {
    StringBuilder line = new StringBuilder("quotedesk train");
    goldFiles.forEach(file -> line.append(' ').append(file.getFileName()));
    if (leaveOutEvery > 0) {
      line.append(" --leave-out-every ").append(leaveOutEvery);
    }
    if (noRanking) {
      line.append(" --no-ranking");
    }
    if (scorerLabels) {
      line.append(" --scorer-labels");
    }
    return line.append(" --out FILE").toString();
  }

  static void printStrongest(
      PrintWriter stdout, String title, Map<String, Double> weights, int count) {
    List<Map.Entry<String, Double>> strongest = new ArrayList<>(weights.entrySet());
    strongest.sort((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue())));
    stdout.println(title);
    strongest.stream()
        .limit(count)
        .forEach(e -> stdout.printf(Locale.ROOT, "%+8.3f  %s%n", e.getValue(), e.getKey()));
  }

  /**
   * Named precision and share named at every threshold, and the suggested thresholds: the minimum
   * where the scorer's judgement (a matching pronoun counts) reaches 95%, "sure" where the name
   * itself does.
   */
  static void printThresholds(
      PrintWriter stdout, List<Example> examples, double[] outOfFold, int folds) {
    stdout.println("cross-validated by article (" + folds + " folds):");
    stdout.println("threshold  named_precision  named_share  scorer_precision");
    double suggestedMin = Double.NaN;
    double suggestedSure = Double.NaN;
    for (int step = 0; step < 20; step++) {
      double threshold = step / 20.0;
      int named = 0;
      int namedRight = 0;
      int scorerRight = 0;
      for (int i = 0; i < examples.size(); i++) {
        if (outOfFold[i] >= threshold) {
          named++;
          namedRight += examples.get(i).right() ? 1 : 0;
          scorerRight += examples.get(i).scorerRight() ? 1 : 0;
        }
      }
      stdout.printf(
          Locale.ROOT,
          "%9.2f  %15.3f  %11.3f  %16.3f%n",
          threshold,
          named == 0 ? 0 : namedRight / (double) named,
          named / (double) examples.size(),
          named == 0 ? 0 : scorerRight / (double) named);
      if (Double.isNaN(suggestedMin) && named > 0 && scorerRight >= TARGET_PRECISION * named) {
        suggestedMin = threshold;
      }
      if (Double.isNaN(suggestedSure) && named > 0 && namedRight >= TARGET_PRECISION * named) {
        suggestedSure = threshold;
      }
    }
    stdout.printf(
        Locale.ROOT,
        "suggested: attribution.minConfidence=%.2f attribution.sureConfidence=%.2f%n",
        suggestedMin,
        Math.max(suggestedMin, suggestedSure));
  }
}
