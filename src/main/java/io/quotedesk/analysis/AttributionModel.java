package io.quotedesk.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
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

  private final Weights weights;
  private final double bias;

  public AttributionModel(Map<String, Double> weights) {
    this.weights = new Weights(weights);
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
    return weights.size == 0;
  }

  /** The probability, 0 to 1, that a speaker found with these features is right. */
  public double probability(Collection<String> features) {
    double sum = bias;
    for (String feature : features) {
      sum += weights.of(feature);
    }
    return 1 / (1 + Math.exp(-sum));
  }

  /**
   * The weights in three arrays probed in line (as {@link StoryWords.WordCounts} counts words):
   * every quote looks up some forty feature strings made afresh, most of them missing, and a probe
   * of an int array settles a miss where a HashMap followed a node and then unboxed a Double.
   */
  private static final class Weights {
    private final String[] features;
    private final int[] hashes; // each feature's, compared before its letters
    private final double[] values;
    private final int size;

    Weights(Map<String, Double> weights) {
      int slots = Integer.highestOneBit(Math.max(weights.size(), 1) * 4) * 2;
      features = new String[slots];
      hashes = new int[slots];
      values = new double[slots];
      int stored = 0;
      for (Map.Entry<String, Double> entry : weights.entrySet()) {
        if (entry.getKey() != null && entry.getValue() != null) {
          int slot = slot(entry.getKey());
          features[slot] = entry.getKey();
          hashes[slot] = entry.getKey().hashCode();
          values[slot] = entry.getValue();
          stored++;
        }
      }
      size = stored;
    }

    /** The feature's weight; 0 for a feature the model never saw. */
    double of(String feature) {
      int slot = slot(feature);
      return features[slot] == null ? 0 : values[slot];
    }

    /** The slot holding the feature, or the empty slot where it would go (linear probing). */
    private int slot(String feature) {
      int hash = feature.hashCode();
      int mask = features.length - 1;
      int slot = (hash * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
      while (features[slot] != null && !(hashes[slot] == hash && features[slot].equals(feature))) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }
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
