package io.quotedesk.cli;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.analysis.AttributionModel;
import io.quotedesk.analysis.Quote;
import io.quotedesk.analysis.SpeakerCandidate;
import io.quotedesk.cli.TrainCommand.Example;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains the model that chooses among the people a "he" or "she" could mean: every candidate the
 * rules list for such a quote is an example, labelled right when the annotation names that person;
 * a logistic regression over the candidates' evidence scores each, and the best is proposed. {@code
 * train} cross-validates the choice by article against the rules' own, then the attribution model
 * is trained on speakers chosen so.
 */
final class RankingTraining {
  private RankingTraining() {}

  /** The candidates of one quote, the rules' choice first, and the article it stands in. */
  record Group(int article, List<Example> candidates) {
    boolean anyRight() {
      return candidates.stream().anyMatch(Example::right);
    }
  }

  /** The candidate groups of one article, each candidate labelled against the annotation. */
  static List<Group> groups(Analyzer.Evidence evidence, GoldAttributions gold, int article) {
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < evidence.quotes().size(); i++) {
      List<SpeakerCandidate> candidates = evidence.candidates().get(i);
      Quote quote = evidence.quotes().get(i);
      if (candidates == null || quote.speaker().isEmpty()) {
        continue;
      }
      List<Example> labelled = new ArrayList<>();
      for (SpeakerCandidate candidate : candidates) {
        Boolean right = gold.nameIsRight(quote.withSpeaker(candidate.speaker()));
        if (right == null) {
          break; // the annotation holds no such quote: nothing to learn
        }
        labelled.add(
            new Example(candidate.features(), right, right, article, candidate.speaker().name()));
      }
      if (labelled.size() == candidates.size()) {
        groups.add(new Group(article, labelled));
      }
    }
    return groups;
  }

  /** The candidate scorer trained on {@code groups}. */
  static AttributionModel train(List<Group> groups, double cost) {
    return new AttributionModel(weights(groups, cost));
  }

  /** The weights of the candidate scorer trained on {@code groups}, by feature, with the bias. */
  static Map<String, Double> weights(List<Group> groups, double cost) {
    return pairwise(groups, cost);
  }

  /**
   * A pairwise logistic regression: for each quote, each right candidate against each wrong one,
   * the difference of their features labelled by which is right (both orders), so that the weights
   * learn what sets the right person apart from the others of the same quote.
   */
  static Map<String, Double> pairwise(List<Group> groups, double cost) {
    Map<String, Integer> index =
        LogisticFit.featureIds(groups.stream().flatMap(g -> g.candidates().stream()).toList());
    List<Feature[]> rows = new ArrayList<>();
    List<Double> labels = new ArrayList<>();
    for (Group group : groups) {
      addPairs(group, index, rows, labels);
    }
    if (rows.isEmpty()) {
      return Map.of();
    }
    return fit(rows, labels, index, cost);
  }

  /**
   * Each right candidate of one quote against each wrong one, both orders: the difference labelled
   * 1, its negation 0, so the regression needs no bias and learns no preference for either side.
   */
  private static void addPairs(
      Group group, Map<String, Integer> index, List<Feature[]> rows, List<Double> labels) {
    for (Example right : group.candidates()) {
      for (Example wrong : group.candidates()) {
        if (right.right() && !wrong.right()) {
          rows.add(difference(right, wrong, index, 1));
          labels.add(1.0);
          rows.add(difference(right, wrong, index, -1));
          labels.add(0.0);
        }
      }
    }
  }

  /** The L2 logistic regression over the pairs, its weights by feature name (no bias). */
  private static Map<String, Double> fit(
      List<Feature[]> rows, List<Double> labels, Map<String, Integer> index, double cost) {
    Problem problem = new Problem();
    problem.l = rows.size();
    problem.n = index.size();
    problem.bias = -1;
    problem.x = rows.toArray(new Feature[0][]);
    problem.y = labels.stream().mapToDouble(Double::doubleValue).toArray();
    return LogisticFit.weights(problem, index, SolverType.L2R_LR, cost);
  }

  /** {@code sign} times the features of {@code a} less those of {@code b}, by feature id. */
  private static Feature[] difference(Example a, Example b, Map<String, Integer> index, int sign) {
    TreeMap<Integer, Double> values = new TreeMap<>();
    a.features().forEach(f -> values.merge(index.get(f), (double) sign, Double::sum));
    b.features().forEach(f -> values.merge(index.get(f), (double) -sign, Double::sum));
    List<Feature> row = new ArrayList<>();
    values.forEach(
        (id, value) -> {
          if (value != 0) {
            row.add(new FeatureNode(id, value));
          }
        });
    return row.toArray(new Feature[0]);
  }

  /**
   * Cross-validates the choice by article: for each fold, a scorer trained on the other folds'
   * articles chooses among each quote's candidates; prints how often the rules' choice and the
   * model's are right, by fold. Returns each fold's scorer.
   */
  static AttributionModel[] crossValidate(
      PrintWriter out, List<Group> groups, int[] foldOf, int folds, double cost) {
    AttributionModel[] byFold = new AttributionModel[folds];
    FoldTally tally = new FoldTally(folds);
    for (int fold = 0; fold < folds; fold++) {
      List<Group> training = new ArrayList<>();
      for (Group group : groups) {
        if (foldOf[group.article()] != fold) {
          training.add(group);
        }
      }
      byFold[fold] = train(training, cost);
      for (Group group : groups) {
        if (foldOf[group.article()] == fold) {
          tally.count(fold, rulesChoice(group).right(), best(byFold[fold], group).right());
        }
      }
    }
    tally.print(out, (int) groups.stream().filter(Group::anyRight).count());
    return byFold;
  }

  /**
   * How many held-out quotes each fold had, and how many of them the rules' choice and the model's
   * got right: kept by fold, as the gain in each fold shows whether the ranking helps everywhere.
   */
  private static final class FoldTally {
    private final int[] quotes;
    private final int[] rulesRight;
    private final int[] chosenRight;

    FoldTally(int folds) {
      quotes = new int[folds];
      rulesRight = new int[folds];
      chosenRight = new int[folds];
    }

    void count(int fold, boolean rulesAreRight, boolean chosenIsRight) {
      quotes[fold]++;
      rulesRight[fold] += rulesAreRight ? 1 : 0;
      chosenRight[fold] += chosenIsRight ? 1 : 0;
    }

    /** The totals, with {@code reachable} quotes having a right candidate, and the gain by fold. */
    void print(PrintWriter out, int reachable) {
      int all = 0;
      int rules = 0;
      int chosen = 0;
      StringBuilder byFoldText = new StringBuilder();
      for (int fold = 0; fold < quotes.length; fold++) {
        all += quotes[fold];
        rules += rulesRight[fold];
        chosen += chosenRight[fold];
        byFoldText.append(String.format(Locale.ROOT, " %+d", chosenRight[fold] - rulesRight[fold]));
      }
      out.printf(
          Locale.ROOT,
          "he/she with several candidates: %d quotes, a right one among them %d; right as the rules"
              + " choose %d (%.3f), as the ranking chooses %d (%.3f), cross-validated; gain by"
              + " fold:%s%n",
          all,
          reachable,
          rules,
          rules / (double) Math.max(1, all),
          chosen,
          chosen / (double) Math.max(1, all),
          byFoldText);
    }
  }

  /** The rules' own choice: the candidate marked so. */
  private static Example rulesChoice(Group group) {
    return group.candidates().stream()
        .filter(e -> e.features().contains("rules=true"))
        .findFirst()
        .orElse(group.candidates().get(0));
  }

  /** The candidate the scorer rates highest; the rules' choice on a tie. */
  private static Example best(AttributionModel model, Group group) {
    Example best = rulesChoice(group);
    double bestScore = model.probability(best.features());
    for (Example candidate : group.candidates()) {
      double score = model.probability(candidate.features());
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }
}
