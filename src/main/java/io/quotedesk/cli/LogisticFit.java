package io.quotedesk.cli;

import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.quotedesk.analysis.AttributionModel;
import io.quotedesk.cli.TrainCommand.Example;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A liblinear logistic regression fitted the same way for the attribution model and the ranking:
 * feature ids in name order, the shared random generator reset, the weights by feature name scoring
 * label 1 ("right"), so that training is deterministic whatever the order of the examples.
 */
final class LogisticFit {
  private LogisticFit() {}

  /** Each feature of {@code examples} with its liblinear id, from 1, in name order. */
  static Map<String, Integer> featureIds(Collection<Example> examples) {
    TreeSet<String> names = new TreeSet<>();
    examples.forEach(e -> names.addAll(e.features()));
    Map<String, Integer> ids = new TreeMap<>();
    for (String name : names) {
      ids.put(name, ids.size() + 1);
    }
    return ids;
  }

  /**
   * The weights of {@code problem}'s fit by feature name; with a bias ({@code problem.bias} of 1,
   * its feature the last, {@code problem.n}) under {@link AttributionModel#BIAS} too.
   */
  static Map<String, Double> weights(
      Problem problem, Map<String, Integer> ids, SolverType solver, double cost) {
    // liblinear's random generator is shared: reset, so that training is deterministic.
    Linear.resetRandom();
    Linear.disableDebugOutput();
    Model model = Linear.train(problem, new Parameter(solver, cost, 1e-6));
    // liblinear's weights score its first label; make them score "right".
    double sign = model.getLabels()[0] == 1 ? 1 : -1;
    double[] w = model.getFeatureWeights();
    Map<String, Double> weights = new TreeMap<>();
    ids.forEach((name, id) -> weights.put(name, sign * w[id - 1]));
    if (problem.bias >= 0) {
      weights.put(AttributionModel.BIAS, sign * w[problem.n - 1]);
    }
    return weights;
  }
}
