package io.quotedesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quotedesk.brief.AttributionBands;
import io.quotedesk.ingest.TimeLimit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * QuoteDesk's settings. Precedence: a command-line {@code --set key=value} over the environment
 * ({@code QUOTEDESK_} + the key in upper snake case) over {@code config/quotedesk.yaml} over the
 * built-in default.
 */
final class Settings {
  /** Every setting and its built-in default; an unknown key is a mistake worth reporting. */
  static final Map<String, String> DEFAULTS = defaults();

  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = values;
  }

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("data.dir", ""); // empty: the user's data directory (Platform.defaultDataDir)
    d.put("db.url", "");
    d.put("fetch.allowPrivateHosts", "");
    d.put("summary.sentences", "3");
    d.put("cache.maxWeightMb", "64");
    d.put("cache.refreshAfter", "PT6H");
    d.put("retention.days", "0");
    d.put("feeds", "");
    d.put("feeds.pollEvery", "PT15M");
    d.put("slack.unfurlDomains", "");
    d.put("slack.userRateLimit", "10");
    d.put("slack.healthPort", "0");
    d.put("attribution.minConfidence", String.valueOf(AttributionBands.DEFAULT.min()));
    d.put("attribution.sureConfidence", String.valueOf(AttributionBands.DEFAULT.sure()));
    d.put("analysis.deadline", TimeLimit.DEFAULT_DEADLINE.toString());
    return Map.copyOf(d);
  }

  /**
   * Loads the settings.
   *
   * @param file the defaults file; absent files are skipped
   * @param environment the process environment
   * @param flags {@code --set} values from the command line
   */
  static Settings load(Path file, Map<String, String> environment, Map<String, String> flags) {
    Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
    values.putAll(fromFile(file));
    for (String key : DEFAULTS.keySet()) {
      String fromEnvironment = environment.get(environmentName(key));
      if (fromEnvironment != null) {
        values.put(key, fromEnvironment);
      }
    }
    for (Map.Entry<String, String> flag : flags.entrySet()) {
      requireKnown(flag.getKey(), "--set");
      values.put(flag.getKey(), flag.getValue());
    }
    Settings settings = new Settings(values);
    settings.validate();
    return settings;
  }

  /** {@code fetch.allowPrivateHosts} → {@code QUOTEDESK_FETCH_ALLOW_PRIVATE_HOSTS}. */
  static String environmentName(String key) {
    return "QUOTEDESK_"
        + key.replace('.', '_').replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static Map<String, String> fromFile(Path file) {
    if (!Files.exists(file)) {
      return Map.of();
    }
    if (!Files.isRegularFile(file)) {
      // Skipping it would run on built-in defaults while the user believes their settings hold.
      throw new ConfigException(file + " is not a file; QuoteDesk reads its settings from it.");
    }
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (java.nio.file.AccessDeniedException | java.io.FileNotFoundException e) {
      throw new ConfigException("QuoteDesk is not allowed to read its settings in " + file + ".");
    } catch (IOException e) {
      throw new ConfigException(file + " is not valid YAML: " + firstLine(e.getMessage()));
    }
    Map<String, String> values = new LinkedHashMap<>();
    if (root == null || root.isNull() || root.isMissingNode()) {
      return values;
    }
    if (!root.isObject()) {
      throw new ConfigException(file + " must hold `key: value` settings.");
    }
    root.fields()
        .forEachRemaining(
            field -> {
              requireKnown(field.getKey(), file.toString());
              JsonNode value = field.getValue();
              List<String> items = new ArrayList<>();
              if (value.isArray()) {
                value.forEach(item -> items.add(item.asText()));
                values.put(field.getKey(), String.join(",", items));
              } else {
                values.put(field.getKey(), value.isNull() ? "" : value.asText());
              }
            });
    return values;
  }

  private static void requireKnown(String key, String where) {
    if (!DEFAULTS.containsKey(key)) {
      throw new ConfigException(
          "Unknown setting `"
              + key
              + "` in "
              + where
              + "; known settings: "
              + String.join(", ", DEFAULTS.keySet().stream().sorted().toList())
              + ".");
    }
  }

  private void validate() {
    integer("summary.sentences", 1, 5);
    integer("cache.maxWeightMb", 1, 1 << 20);
    integer("retention.days", 0, 1_000_000);
    integer("slack.userRateLimit", 1, 10_000);
    integer("slack.healthPort", 0, 65_535);
    duration("cache.refreshAfter");
    duration("feeds.pollEvery");
    duration("analysis.deadline");
    if (fraction("attribution.minConfidence") > fraction("attribution.sureConfidence")) {
      throw new ConfigException(
          "Setting attribution.minConfidence must not be above attribution.sureConfidence.");
    }
  }

  String string(String key) {
    return values.get(key).strip();
  }

  int integer(String key, int min, int max) {
    String raw = string(key);
    try {
      int value = Integer.parseInt(raw);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigException(
        "Setting "
            + key
            + " must be a whole number from "
            + min
            + " to "
            + max
            + ", not `"
            + raw
            + "`.");
  }

  /** A number from 0 to 1, such as a confidence threshold. */
  double fraction(String key) {
    String raw = string(key);
    try {
      double value = Double.parseDouble(raw);
      if (value >= 0 && value <= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigException(
        "Setting " + key + " must be a number from 0 to 1, such as 0.5, not `" + raw + "`.");
  }

  Duration duration(String key) {
    String raw = string(key);
    try {
      Duration value = Duration.parse(raw);
      if (!value.isNegative() && !value.isZero()) {
        return value;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new ConfigException(
        "Setting " + key + " must be an ISO-8601 duration such as PT15M, not `" + raw + "`.");
  }

  List<String> list(String key) {
    return Arrays.stream(string(key).split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
