package io.quotedesk.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A logistic model of how likely the rules' speaker is right, given the evidence {@link
 * AttributionFeatures} describes. The weights are trained by {@code quotedesk train} on annotated
 * articles and ship as a plain-text resource: one "feature TAB weight" a line, {@code (bias)} among
 * them. A feature the model never saw weighs nothing.
 */
public final class AttributionModel {
  static final String RESOURCE = "attribution-model.tsv";
  static final String RANKING_RESOURCE = "attribution-ranking.tsv";
  public static final String BIAS = "(bias)";

  // Read on first use, not in a static initialiser: a damaged resource then fails as an exception
  // the command line turns into one sentence, not as an ExceptionInInitializerError's stack trace.
  // Two threads may both read it once; the models are equal and immutable.
  private static volatile AttributionModel shipped;
  private static volatile AttributionModel shippedRanking;
  private static final AttributionModel NONE = new AttributionModel(Map.of());

  private final Map<String, Double> weights;
  private final double bias;

  public AttributionModel(Map<String, Double> weights) {
    // A HashMap: every quote looks up some forty feature strings made afresh, and its nodes keep
    // each key's hash to compare before the letters (Map.copyOf's table compares letters).
    this.weights = Collections.unmodifiableMap(new HashMap<>(weights));
    this.bias = weights.getOrDefault(BIAS, 0.0);
  }

  /** The model trained for this release. */
  public static AttributionModel shipped() {
    AttributionModel model = shipped;
    if (model == null) {
      model = shipped = load(RESOURCE);
    }
    return model;
  }

  /**
   * The model that ranks the people a "he" or "she" could mean ({@link PronounCandidates}), trained
   * by the same command.
   */
  public static AttributionModel shippedRanking() {
    AttributionModel model = shippedRanking;
    if (model == null) {
      model = shippedRanking = load(RANKING_RESOURCE);
    }
    return model;
  }

  /** A model with no weights: as a ranking, it keeps the rules' choice. */
  public static AttributionModel none() {
    return NONE;
  }

  /** No weights at all. */
  public boolean isEmpty() {
    return weights.isEmpty();
  }

  /** The probability, 0 to 1, that a speaker found with these features is right. */
  public double probability(Collection<String> features) {
    double sum = bias;
    for (String feature : features) {
      // get, not getOrDefault(feature, 0.0): most features miss, and each miss boxed a fresh 0.0
      Double weight = weights.get(feature);
      if (weight != null) {
        sum += weight;
      }
    }
    return 1 / (1 + Math.exp(-sum));
  }

  private static AttributionModel load(String resource) {
    try (InputStream in = AttributionModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "QuoteDesk's attribution weights (" + resource + ") are missing: rebuild QuoteDesk");
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Weights as {@code train} writes them; a line that is not "feature TAB number" fails. */
  static AttributionModel read(InputStream in, String name) throws IOException {
    Map<String, Double> weights = new HashMap<>();
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      try {
        weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
      } catch (IndexOutOfBoundsException | NumberFormatException e) {
        throw new IllegalStateException(
            "QuoteDesk's attribution weights ("
                + name
                + ") are damaged at line "
                + number
                + ": rebuild QuoteDesk");
      }
    }
    return new AttributionModel(weights);
  }
}
