package io.quotedesk.analysis;

import static io.quotedesk.analysis.WrittenStories.quotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * How news in English, German, French and Polish (and briefly Spanish, Italian, Portuguese) writes
 * who said a quote, one short story a line in {@code attributions/LANG.txt}, written for these
 * tests from the languages' usage (not taken from any article): {@code STORY => SPEAKER | SPEAKER},
 * one speaker for each quote the story holds, in order, {@code -} where the story names no one;
 * nothing after the arrow when the story holds no quote (a title in quotation marks).
 */
class WrittenAttributionsTest {
  private static final String SEPARATOR = " =>";

  @TestFactory
  Stream<DynamicTest> english() throws IOException {
    return stories("en");
  }

  @TestFactory
  Stream<DynamicTest> german() throws IOException {
    return stories("de");
  }

  @TestFactory
  Stream<DynamicTest> french() throws IOException {
    return stories("fr");
  }

  @TestFactory
  Stream<DynamicTest> polish() throws IOException {
    return stories("pl");
  }

  @TestFactory
  Stream<DynamicTest> spanishItalianPortuguese() throws IOException {
    return Stream.of(stories("es"), stories("it"), stories("pt")).flatMap(s -> s);
  }

  private static Stream<DynamicTest> stories(String language) throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    int number = 0;
    for (String line : lines(language)) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int arrow = line.lastIndexOf(SEPARATOR);
      String story = line.substring(0, arrow).replace("\\n", "\n"); // "\\n" starts a paragraph
      String named = line.substring(arrow + SEPARATOR.length()).strip();
      List<String> expected =
          Arrays.stream(named.isEmpty() ? new String[0] : named.split("\\|"))
              .map(String::strip)
              .map(s -> s.equals("-") ? null : s)
              .toList();
      tests.add(
          DynamicTest.dynamicTest(
              language + ":" + number + " " + story,
              () -> {
                List<String> speakers =
                    quotes(language, story).stream().map(WrittenStories::speaker).toList();
                assertThat(speakers).as("speakers of %s", story).isEqualTo(expected);
              }));
    }
    return tests.stream();
  }

  private static List<String> lines(String language) throws IOException {
    String path = "/attributions/" + language + ".txt";
    try (InputStream in = WrittenAttributionsTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
