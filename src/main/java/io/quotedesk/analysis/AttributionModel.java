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
  public static final String BIAS = "(bias)";

  private static final AttributionModel SHIPPED = load();

  private final FeatureWeights weights;
  private final double bias;

  public AttributionModel(Map<String, Double> weights) {
    this.weights = new FeatureWeights(weights);
    this.bias = weights.getOrDefault(BIAS, 0.0);
  }

  /** The model trained for this release. */
  public static AttributionModel shipped() {
    return SHIPPED;
  }

  /** The probability, 0 to 1, that a speaker found with these features is right. */
  public double probability(Collection<String> features) {
    double sum = bias;
    for (String feature : features) {
      sum += weights.of(feature);
    }
    return 1 / (1 + Math.exp(-sum));
  }

  private static AttributionModel load() {
    Map<String, Double> weights = new HashMap<>();
    try (InputStream in = AttributionModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .forEach(
              line -> {
                int tab = line.lastIndexOf('\t');
                weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AttributionModel(weights);
  }

  /**
   * The weights by feature, in flat arrays: every quote looks up some forty feature strings made
   * afresh, and a map's nodes and boxed weights, scattered over the heap, cost 6% of analysis. Open
   * addressing over a table at most a quarter full; a slot's hash is compared before its letters.
   */
  private static final class FeatureWeights {
    private final String[] features;
    private final int[] hashes;
    private final double[] weights;
    private final int shift;

    FeatureWeights(Map<String, Double> byFeature) {
      int size = Integer.highestOneBit(Math.max(1, byFeature.size()) * 4) * 2;
      shift = Integer.numberOfLeadingZeros(size) + 1;
      features = new String[size];
      hashes = new int[size];
      weights = new double[size];
      byFeature.forEach(
          (feature, weight) -> {
            int slot = slot(feature, feature.hashCode());
            features[slot] = feature;
            hashes[slot] = feature.hashCode();
            weights[slot] = weight;
          });
    }

    /** The feature's weight; 0 for a feature the model never saw. */
    double of(String feature) {
      int hash = feature.hashCode();
      int slot = slot(feature, hash);
      return features[slot] == null ? 0.0 : weights[slot];
    }

    /** The slot holding the feature, or the empty slot where it would go (linear probing). */
    private int slot(String feature, int hash) {
      int mask = features.length - 1;
      int slot = (hash * 0x9E3779B9) >>> shift; // Fibonacci hashing spreads similar strings apart
      while (features[slot] != null && !(hashes[slot] == hash && features[slot].equals(feature))) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }
  }
}
