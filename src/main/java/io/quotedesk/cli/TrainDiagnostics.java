package io.quotedesk.cli;

import de.bwaldvogel.liblinear.SolverType;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.analysis.Quote;
import io.quotedesk.cli.TrainCommand.Example;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * What {@code train --oracle} and {@code train --sweep} print: where the annotated speakers are
 * lost, and what other learners and feature sets would trade, cross-validated by article on the
 * same examples. Diagnostics for the one who trains the model; nothing here changes the weights.
 */
final class TrainDiagnostics {
  /** The threshold below which the shipped settings withhold a speaker. */
  private static final double MIN_CONFIDENCE = Analyzer.DEFAULT_MIN_CONFIDENCE;

  /** Kinds of mention whose conjunction with more evidence {@code --sweep} tries. */
  private static final List<String> MORE_CONJUNCTIONS =
      List.of(
          "paragraphs",
          "sentences",
          "pronoun-rivals",
          "mentions",
          "quoted-before",
          "antecedent-distance",
          "opens-sentence");

  private TrainDiagnostics() {}

  /**
   * An annotated quote with a source that the rules find: the index of its example (-1 when the
   * rules name no one), whether they give it a mention at least, whether the article names the
   * right person anywhere (the most any choice among the article's people could reach), and whether
   * a word of the right name stands within about two paragraphs before the quote or just after it
   * (what a choice among nearby candidates could reach).
   */
  record Sourced(int example, boolean mentioned, boolean rightPersonNamed, boolean rightNameNear) {}

  /**
   * The text around a quote where a reader looks for its speaker: some 600 characters before it
   * (about two paragraphs of news), the quote, and 200 characters after.
   */
  static String near(String text, Quote quote) {
    int from = Math.max(0, Math.min(text.length(), quote.start()) - 600);
    return text.substring(from, Math.min(text.length(), Math.max(from, quote.end() + 200)));
  }

  static void printOracle(
      PrintWriter out, List<Sourced> sourced, List<Example> examples, double[] outOfFold) {
    int[] counts = new int[6];
    int[] reachable = new int[6];
    int[] near = new int[6];
    for (Sourced s : sourced) {
      int bucket;
      if (s.example() < 0) {
        bucket = s.mentioned() ? 4 : 5;
      } else {
        boolean right = examples.get(s.example()).right();
        boolean kept = outOfFold[s.example()] >= MIN_CONFIDENCE;
        bucket = right ? (kept ? 0 : 1) : (kept ? 2 : 3);
      }
      counts[bucket]++;
      reachable[bucket] += s.rightPersonNamed() ? 1 : 0;
      near[bucket] += s.rightNameNear() ? 1 : 0;
    }
    String[] names = {
      "named right, kept",
      "named right, withheld (cross-validated confidence < 0.5)",
      "named wrong, kept",
      "named wrong, withheld",
      "no one named, a mention only",
      "no one named, no mention"
    };
    out.printf(
        Locale.ROOT,
        "oracle: %d annotated quotes with a source found by the rules; by the name label:%n",
        sourced.size());
    out.println(
        "  count  share  right person named: in the article, near the quote (600 characters"
            + " before to 200 after)  what");
    for (int b = 0; b < names.length; b++) {
      out.printf(
          Locale.ROOT,
          "  %5d  %.3f  %5d (%.3f)  %5d (%.3f)  %s%n",
          counts[b],
          counts[b] / (double) sourced.size(),
          reachable[b],
          counts[b] == 0 ? 0 : reachable[b] / (double) counts[b],
          near[b],
          counts[b] == 0 ? 0 : near[b] / (double) counts[b],
          names[b]);
    }
  }

  /** A learner and a feature set to cross-validate. */
  private record Variant(
      String name, SolverType solver, double cost, UnaryOperator<List<String>> features) {}

  static void printSweep(PrintWriter out, List<Example> examples, int folds, long seed) {
    UnaryOperator<List<String>> same = f -> f;
    UnaryOperator<List<String>> noConjunctions =
        f -> f.stream().filter(x -> !x.contains("*")).toList();
    UnaryOperator<List<String>> more = TrainDiagnostics::withMoreConjunctions;
    List<Variant> variants = new ArrayList<>();
    for (double c : new double[] {0.125, 0.25, 0.5, 1, 2}) {
      variants.add(new Variant("L2 logistic", SolverType.L2R_LR, c, same));
    }
    for (double c : new double[] {0.5, 1, 2, 4}) {
      variants.add(new Variant("L1 logistic", SolverType.L1R_LR, c, same));
    }
    for (double c : new double[] {0.25, 0.5, 1}) {
      variants.add(new Variant("L2, no conjunctions", SolverType.L2R_LR, c, noConjunctions));
      variants.add(new Variant("L2, kind x 7 more", SolverType.L2R_LR, c, more));
    }
    int[] foldOf = TrainCommand.foldOfArticle(examples, folds, seed);
    out.println(
        "sweep, cross-validated by article: named precision / share at 0.5, precision at share"
            + " 0.90 and 0.95, log loss, precision at 0.5 by fold (min-max)");
    for (Variant v : variants) {
      List<Example> changed =
          examples.stream()
              .map(
                  e ->
                      new Example(
                          v.features().apply(e.features()),
                          e.right(),
                          e.scorerRight(),
                          e.article(),
                          e.what()))
              .toList();
      double[] p = TrainCommand.crossValidate(changed, folds, seed, v.cost(), v.solver());
      out.printf(
          Locale.ROOT, "%-22s C=%-5s %s%n", v.name(), v.cost(), summary(examples, p, foldOf));
    }
  }

  /** The conjunction of the kind of mention with each of {@link #MORE_CONJUNCTIONS}. */
  private static List<String> withMoreConjunctions(List<String> features) {
    String kind =
        features.stream()
            .filter(f -> f.startsWith("kind="))
            .findFirst()
            .map(f -> f.substring(5))
            .orElse("none");
    List<String> result = new ArrayList<>(features);
    for (String f : features) {
      int eq = f.indexOf('=');
      if (eq > 0 && MORE_CONJUNCTIONS.contains(f.substring(0, eq))) {
        result.add("kind*" + f.substring(0, eq) + "=" + kind + "*" + f.substring(eq + 1));
      } else if (MORE_CONJUNCTIONS.contains(f)) {
        result.add("kind*" + f + "=" + kind);
      }
    }
    return result;
  }

  private static String summary(List<Example> examples, double[] p, int[] foldOf) {
    int n = examples.size();
    int named = 0;
    int right = 0;
    double logLoss = 0;
    int folds = Arrays.stream(foldOf).max().orElse(0) + 1;
    int[] foldNamed = new int[folds];
    int[] foldRight = new int[folds];
    for (int i = 0; i < n; i++) {
      boolean r = examples.get(i).right();
      double q = Math.min(1 - 1e-9, Math.max(1e-9, p[i]));
      logLoss -= r ? Math.log(q) : Math.log(1 - q);
      if (p[i] >= MIN_CONFIDENCE) {
        named++;
        right += r ? 1 : 0;
        foldNamed[foldOf[examples.get(i).article()]]++;
        foldRight[foldOf[examples.get(i).article()]] += r ? 1 : 0;
      }
    }
    double min = 1;
    double max = 0;
    for (int f = 0; f < folds; f++) {
      double precision = foldNamed[f] == 0 ? 0 : foldRight[f] / (double) foldNamed[f];
      min = Math.min(min, precision);
      max = Math.max(max, precision);
    }
    return String.format(
        Locale.ROOT,
        "%.4f / %.3f  %.4f  %.4f  %.4f  %.3f-%.3f",
        named == 0 ? 0 : right / (double) named,
        named / (double) n,
        precisionAtShare(examples, p, 0.90),
        precisionAtShare(examples, p, 0.95),
        logLoss / n,
        min,
        max);
  }

  /** The share of right names among the most confident {@code share} of the speakers. */
  private static double precisionAtShare(List<Example> examples, double[] p, double share) {
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
    int keep = (int) Math.round(share * p.length);
    int right = 0;
    for (int i = 0; i < keep; i++) {
      right += examples.get(order[i]).right() ? 1 : 0;
    }
    return keep == 0 ? 0 : right / (double) keep;
  }
}
