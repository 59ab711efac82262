package io.quotedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
  @TempDir Path dir;

  @Test
  void environmentNamesAreUpperSnakeCase() {
    assertThat(Settings.environmentName("fetch.allowPrivateHosts"))
        .isEqualTo("QUOTEDESK_FETCH_ALLOW_PRIVATE_HOSTS");
    assertThat(Settings.environmentName("data.dir")).isEqualTo("QUOTEDESK_DATA_DIR");
  }

  @Test
  void flagBeatsEnvironmentBeatsFileBeatsDefault() throws IOException {
    Path file = dir.resolve("quotedesk.yaml");
    Files.writeString(file, "summary.sentences: 2\nretention.days: 7\ndata.dir: /from/file\n");
    Settings settings =
        Settings.load(
            file,
            Map.of("QUOTEDESK_SUMMARY_SENTENCES", "4", "QUOTEDESK_RETENTION_DAYS", "9"),
            Map.of("summary.sentences", "5"));
    assertThat(settings.integer("summary.sentences", 1, 5)).isEqualTo(5);
    assertThat(settings.integer("retention.days", 0, 100)).isEqualTo(9);
    assertThat(settings.string("data.dir")).isEqualTo("/from/file");
    assertThat(settings.duration("cache.refreshAfter")).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void listsComeFromYamlListsOrCommas() throws IOException {
    Path file = dir.resolve("quotedesk.yaml");
    Files.writeString(file, "fetch.allowPrivateHosts: [cms.internal, 10.0.0.5]\n");
    assertThat(Settings.load(file, Map.of(), Map.of()).list("fetch.allowPrivateHosts"))
        .containsExactly("cms.internal", "10.0.0.5");
    assertThat(
            Settings.load(file, Map.of("QUOTEDESK_FETCH_ALLOW_PRIVATE_HOSTS", "a, b"), Map.of())
                .list("fetch.allowPrivateHosts"))
        .containsExactly("a", "b");
  }

  @Test
  void badValuesAreOneClearSentence() throws IOException {
    Path missing = dir.resolve("none.yaml");
    assertThatThrownBy(() -> Settings.load(missing, Map.of(), Map.of("summary.sentences", "9")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("summary.sentences must be a whole number from 1 to 5");
    assertThatThrownBy(
            () -> Settings.load(missing, Map.of("QUOTEDESK_CACHE_REFRESH_AFTER", "6h"), Map.of()))
        .hasMessageContaining("ISO-8601 duration");
    Path file = dir.resolve("quotedesk.yaml");
    Files.writeString(file, "summary.sentence: 3\n");
    assertThatThrownBy(() -> Settings.load(file, Map.of(), Map.of()))
        .hasMessageContaining("Unknown setting `summary.sentence`");
  }

  @Test
  void aSettingsFileThatIsAFolderStopsTheRunRatherThanBeingSkipped() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("quotedesk.yaml"));
    assertThatThrownBy(() -> Settings.load(folder, Map.of(), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(folder + " is not a file; QuoteDesk reads its settings from it.");
  }

  @Test
  void confidenceThresholdsAreFractionsWithTheMinimumNotAboveTheSure() {
    Path missing = dir.resolve("none.yaml");
    Settings defaults = Settings.load(missing, Map.of(), Map.of());
    assertThat(defaults.fraction("attribution.minConfidence")).isEqualTo(0.5);
    assertThat(defaults.fraction("attribution.sureConfidence")).isEqualTo(0.85);
    for (String bad : new String[] {"high", "1.5", "-0.1", "NaN", ""}) {
      assertThatThrownBy(
              () ->
                  Settings.load(
                      missing, Map.of("QUOTEDESK_ATTRIBUTION_MIN_CONFIDENCE", bad), Map.of()))
          .as(bad)
          .isInstanceOf(ConfigException.class)
          .hasMessage(
              "Setting attribution.minConfidence must be a number from 0 to 1, such as 0.5, not `"
                  + bad
                  + "`.");
    }
    assertThatThrownBy(
            () ->
                Settings.load(
                    missing,
                    Map.of(),
                    Map.of(
                        "attribution.minConfidence", "0.9", "attribution.sureConfidence", "0.7")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "Setting attribution.minConfidence must not be above attribution.sureConfidence.");
    assertThat(
            Settings.load(missing, Map.of(), Map.of("attribution.minConfidence", "0.8"))
                .fraction("attribution.minConfidence"))
        .isEqualTo(0.8); // equal to sure: nothing is "probably"
  }

  @Test
  void aBadThresholdStopsTheRunWithExitCodeTwoAndOneSentence() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"--set", "attribution.sureConfidence=0.3", "whosaid", "anything"},
            new PrintWriter(out),
            new PrintWriter(err));
    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .isEqualTo(
            "quotedesk: Setting attribution.minConfidence must not be above"
                + " attribution.sureConfidence.\n");
  }

  @Test
  void shippedDefaultsFileIsValid() {
    Settings settings = Settings.load(Path.of("config/quotedesk.yaml"), Map.of(), Map.of());
    assertThat(settings.integer("summary.sentences", 1, 5)).isEqualTo(3);
  }
}
