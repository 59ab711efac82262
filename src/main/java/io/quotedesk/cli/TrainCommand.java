package io.quotedesk.cli;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.analysis.AttributionModel;
import io.quotedesk.analysis.Quote;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code train GOLD.jsonl... --out FILE}: trains the attribution model on annotated articles. Every
 * speaker the rules find is an example, labelled right or wrong against the annotation; a logistic
 * regression (liblinear, L2) learns which evidence makes a name trustworthy. Cross-validation by
 * article gives each speaker a confidence from a model that never saw its article, and the table of
 * named precision against the share named shows what each threshold trades. Deterministic: the
 * folds come from {@code --seed} and liblinear's own random generator is reset.
 */
@Command(
    name = "train",
    description =
        "Train the attribution model on annotated articles (PolNeAR format); not run by the tests.")
final class TrainCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(TrainCommand.class);

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Annotated articles, JSONL.")
  List<Path> goldFiles;

  @Option(names = "--out", description = "Where to write the weights (default: print only).")
  Path out;

  @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds.")
  int folds;

  @Option(names = "--seed", defaultValue = "20261130", description = "Seed of the folds.")
  long seed;

  @Option(
      names = "--predictions",
      description =
          "Write each speaker's cross-validated confidence, label, speaker and quote as TSV, for"
              + " error analysis.")
  Path predictions;

  @Option(
      names = "--leave-out-every",
      defaultValue = "0",
      description =
          "Leave out every Nth article of each file (the 5th, 10th, ...), an untouched slice to"
              + " report on; 0 uses all.")
  int leaveOutEvery;

  @Option(
      names = "--scorer-labels",
      description = "Learn the scorer's judgement (a matching pronoun is right) over the name's.")
  boolean scorerLabels;

  @Option(names = "--cost", defaultValue = "0.5", description = "liblinear's C (inverse L2).")
  double cost;

  @Option(
      names = "--oracle",
      description =
          "Also print where the speakers of the annotated quotes are lost: never proposed, proposed"
              + " wrong, withheld though right, and whether the right person is named at all.")
  boolean oracle;

  @Option(
      names = "--ranking-out",
      description =
          "Where to write the weights of the he/she candidate ranking (default: the file"
              + " attribution-ranking.tsv beside --out).")
  Path rankingOut;

  @Option(
      names = "--no-ranking",
      description = "Keep the rules' one candidate for \"he\" and \"she\" (no ranking model).")
  boolean noRanking;

  @Option(
      names = "--sweep",
      description =
          "Also cross-validate other learners (L2 and L1 logistic regression, several C) on the same"
              + " examples and print what each would trade.")
  boolean sweep;

  /** Every annotated quote with a source that the rules find, for {@link TrainDiagnostics}. */
  final List<TrainDiagnostics.Sourced> sourced = new ArrayList<>();

  /** One speaker the rules found, its evidence, whether the name is right, and its article. */
  record Example(
      List<String> features, boolean right, boolean scorerRight, int article, String what) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    List<TrainingFiles.Annotated> articles;
    try {
      articles = TrainingFiles.load(goldFiles, leaveOutEvery);
    } catch (IOException e) {
      return cannotRead(e);
    }
    int[] foldOf = foldOfArticle(articles.size(), folds, seed);
    // The ranking's figures are printed after the count of speakers, which they change.
    java.io.StringWriter rankingText = new java.io.StringWriter();
    PrintWriter rankingReport = new PrintWriter(rankingText);
    Learned learned =
        noRanking ? withoutRanking(articles) : withRanking(articles, foldOf, rankingReport);
    if (learned.examples().isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "quotedesk: no annotated quote matches a speaker the rules find; nothing to learn.");
      return Main.SOURCE_FAILED;
    }
    printFound(stdout, learned.examples());
    rankingReport.flush();
    stdout.print(rankingText);
    printCrossValidated(stdout, learned, foldOf);
    Map<String, Double> weights = train(learned.examples(), cost);
    TrainingFiles.printStrongest(stdout, "strongest features:", weights, 20);
    writeWeights(stdout, weights, learned);
    return Main.OK;
  }

  /** Speakers as the final and the out-of-fold analyzers pick them; the ranking's weights. */
  private record Learned(
      List<Example> examples, List<Example> outOfFold, Map<String, Double> rankingWeights) {}

  /** How many speakers the rules find, and the share the annotation names rightly. */
  private static void printFound(PrintWriter stdout, List<Example> examples) {
    long right = examples.stream().filter(Example::right).count();
    stdout.printf(
        Locale.ROOT,
        "%d speakers found by the rules, %d right (%.3f)%n",
        examples.size(),
        right,
        right / (double) examples.size());
  }

  /** A missing file or a line that is not JSON: one sentence, not a stack trace. */
  private int cannotRead(IOException e) {
    LOG.debug("reading annotations", e);
    spec.commandLine()
        .getErr()
        .println(
            "quotedesk: cannot read the annotated articles: "
                + (e instanceof NoSuchFileException ? "no file " : "")
                + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    return Main.SOURCE_FAILED;
  }

  /** {@code --no-ranking}: nothing is trained first, so one analyzer serves every fold. */
  private Learned withoutRanking(List<TrainingFiles.Annotated> articles) {
    List<Example> examples = examples(a -> analyzer(AttributionModel.none()), articles);
    return new Learned(examples, examples, Map.of());
  }

  /**
   * Trains the he/she ranking first, as the speakers it picks are the examples: by fold for honest
   * confidences, then on all articles. {@link #sourced} ends as the out-of-fold analyzers saw it.
   */
  private Learned withRanking(
      List<TrainingFiles.Annotated> articles, int[] foldOf, PrintWriter rankingReport) {
    List<RankingTraining.Group> groups = new ArrayList<>();
    Analyzer rules = analyzer(AttributionModel.none());
    for (TrainingFiles.Annotated a : articles) {
      groups.addAll(RankingTraining.groups(rules.evidence(a.read()), a.gold(), a.index()));
    }
    AttributionModel[] byFold =
        RankingTraining.crossValidate(rankingReport, groups, foldOf, folds, cost);
    Analyzer[] analyzers = new Analyzer[folds];
    for (int f = 0; f < folds; f++) {
      analyzers[f] = analyzer(byFold[f]);
    }
    // Speakers chosen by a ranking that never saw their article, for honest confidences.
    List<Example> outOfFold = examples(a -> analyzers[foldOf[a.index()]], articles);
    List<TrainDiagnostics.Sourced> outOfFoldSourced = new ArrayList<>(sourced);
    Map<String, Double> rankingWeights = RankingTraining.weights(groups, cost);
    Analyzer ranked = analyzer(new AttributionModel(rankingWeights));
    List<Example> examples = examples(a -> ranked, articles);
    sourced.clear();
    sourced.addAll(outOfFoldSourced);
    TrainingFiles.printStrongest(rankingReport, "strongest ranking features:", rankingWeights, 12);
    return new Learned(examples, outOfFold, rankingWeights);
  }

  /** What each threshold trades, out of fold; when asked, predictions, oracle and sweep too. */
  private void printCrossValidated(PrintWriter stdout, Learned learned, int[] foldOf)
      throws IOException {
    List<Example> outOfFoldExamples = learned.outOfFold();
    double[] outOfFold = crossValidate(outOfFoldExamples, foldOf, cost, SolverType.L2R_LR);
    if (predictions != null) {
      TrainingFiles.writePredictions(outOfFoldExamples, outOfFold, predictions);
    }
    TrainingFiles.printThresholds(stdout, outOfFoldExamples, outOfFold, folds);
    if (oracle) {
      TrainDiagnostics.printOracle(stdout, sourced, outOfFoldExamples, outOfFold);
    }
    if (sweep) {
      TrainDiagnostics.printSweep(stdout, learned.examples(), folds, seed);
    }
  }

  /** Writes the weights to {@code --out} and the ranking's to its file, when there is one. */
  private void writeWeights(PrintWriter stdout, Map<String, Double> weights, Learned learned)
      throws IOException {
    if (out != null) {
      TrainingFiles.writeWeights(
          weights,
          out,
          "speakers found by the rules",
          learned.examples().size(),
          cost,
          TrainingFiles.command(goldFiles, leaveOutEvery, noRanking, scorerLabels));
      stdout.println("weights written to " + out);
    }
    Path rankingFile =
        rankingOut != null || out == null
            ? rankingOut
            : out.resolveSibling("attribution-ranking.tsv");
    // With --no-ranking the file is written too, with no weights: a ranking left there from an
    // earlier run would go on choosing beside weights trained on the rules' choice.
    if (rankingFile != null) {
      TrainingFiles.writeWeights(
          learned.rankingWeights(),
          rankingFile,
          noRanking
              ? "no pairs: --no-ranking, the rules' choice stands"
              : "pairs of candidates of a \"he\" or \"she\", the right one against a wrong one",
          -1,
          cost,
          TrainingFiles.command(goldFiles, leaveOutEvery, noRanking, scorerLabels));
      stdout.println("ranking weights written to " + rankingFile);
    }
  }

  private static Analyzer analyzer(AttributionModel ranking) {
    return new Analyzer(3, 0.0, AttributionModel.shipped(), ranking);
  }

  /**
   * Every speaker the rules find in the annotated articles, labelled against the annotation, each
   * article read by the analyzer {@code analyzerOf} gives it.
   */
  List<Example> examples(
      java.util.function.Function<TrainingFiles.Annotated, Analyzer> analyzerOf,
      List<TrainingFiles.Annotated> articles) {
    List<Example> examples = new ArrayList<>();
    sourced.clear();
    for (TrainingFiles.Annotated a : articles) {
      String text = a.text();
      GoldAttributions annotation = a.gold();
      Analyzer.Evidence evidence = analyzerOf.apply(a).evidence(a.read());
      for (int i = 0; i < evidence.quotes().size(); i++) {
        Quote quote = evidence.quotes().get(i);
        Boolean right = quote.speaker().isPresent() ? annotation.nameIsRight(quote) : null;
        Set<String> source = annotation.sourceWords(quote);
        if (source != null && !source.isEmpty()) {
          sourced.add(
              new TrainDiagnostics.Sourced(
                  right == null ? -1 : examples.size(),
                  quote.mention().isPresent(),
                  evidence.people().stream()
                      .anyMatch(p -> GoldAttributions.carries(p.name(), source)),
                  GoldAttributions.carries(TrainDiagnostics.near(text, quote), source)));
        }
        if (right != null) {
          examples.add(
              new Example(
                  evidence.features().get(i),
                  scorerLabels ? annotation.scorerCountsRight(quote) : right,
                  annotation.scorerCountsRight(quote),
                  a.index(),
                  quote.speaker().get().name() + " | " + quote.text()));
        }
      }
    }
    return examples;
  }

  /** Each example's probability from a model trained on the other folds' articles. */
  static double[] crossValidate(List<Example> examples, int folds, long seed, double cost) {
    return crossValidate(examples, folds, seed, cost, SolverType.L2R_LR);
  }

  /** As above with another liblinear logistic solver (L1R_LR), for {@code --sweep}. */
  static double[] crossValidate(
      List<Example> examples, int folds, long seed, double cost, SolverType solver) {
    return crossValidate(examples, foldOfArticle(examples, folds, seed), cost, solver);
  }

  /** As above with each article's fold given. */
  static double[] crossValidate(
      List<Example> examples, int[] foldOf, double cost, SolverType solver) {
    int folds = java.util.Arrays.stream(foldOf).max().orElse(0) + 1;
    double[] probability = new double[examples.size()];
    for (int fold = 0; fold < folds; fold++) {
      List<Example> training = new ArrayList<>();
      for (Example example : examples) {
        if (foldOf[example.article()] != fold) {
          training.add(example);
        }
      }
      AttributionModel model = new AttributionModel(train(training, cost, solver));
      for (int i = 0; i < examples.size(); i++) {
        if (foldOf[examples.get(i).article()] == fold) {
          probability[i] = model.probability(examples.get(i).features());
        }
      }
    }
    return probability;
  }

  /** Each article's fold: a shuffle of the articles by the seed, dealt round. */
  static int[] foldOfArticle(List<Example> examples, int folds, long seed) {
    return foldOfArticle(
        examples.stream().mapToInt(Example::article).max().orElse(-1) + 1, folds, seed);
  }

  /** As above for {@code articles} articles. */
  static int[] foldOfArticle(int articles, int folds, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      order.add(a);
    }
    Collections.shuffle(order, new Random(seed));
    int[] foldOf = new int[articles];
    for (int i = 0; i < articles; i++) {
      foldOf[order.get(i)] = i % folds;
    }
    return foldOf;
  }

  /** The weights of an L2-regularised logistic regression, by feature name, with the bias. */
  static Map<String, Double> train(List<Example> examples, double cost) {
    return train(examples, cost, SolverType.L2R_LR);
  }

  /** As above with another liblinear logistic solver. */
  static Map<String, Double> train(List<Example> examples, double cost, SolverType solver) {
    Map<String, Integer> index = LogisticFit.featureIds(examples);
    Problem problem = new Problem();
    problem.l = examples.size();
    problem.n = index.size() + 1;
    problem.bias = 1;
    problem.x = new Feature[examples.size()][];
    problem.y = new double[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      TreeSet<Integer> ids = new TreeSet<>();
      examples.get(i).features().forEach(f -> ids.add(index.get(f)));
      Feature[] row = new Feature[ids.size() + 1];
      int k = 0;
      for (int id : ids) {
        row[k++] = new FeatureNode(id, 1);
      }
      row[k] = new FeatureNode(problem.n, 1);
      problem.x[i] = row;
      problem.y[i] = examples.get(i).right() ? 1 : 0;
    }
    return LogisticFit.weights(problem, index, solver, cost);
  }
}
