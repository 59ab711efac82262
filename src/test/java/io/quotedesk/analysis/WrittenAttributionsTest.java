package io.quotedesk.analysis;

import static io.quotedesk.analysis.WrittenStories.quotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** The long stories are read as users get them: a speaker the model doubts is withheld. */
  private static final Analyzer SHIPPED = new Analyzer();

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

  /**
   * Wire stories of 8 to 15 paragraphs in {@code attributions/stories/LANG-NAME.txt}: the story,
   * then a line {@code =>} and one line for each quote it holds, in order, naming its speaker
   * ({@code -} for none), as the shipped analysis shows them (a speaker below the minimum
   * confidence is withheld). A line opening with {@code ?} is a speaker not found yet: the quote
   * may name them or no one, never someone else. A line opening with {@code !} is a speaker the
   * rules still get wrong, written down as a known gap (the quote must be found; any speaker
   * passes), so that the story's other quotes keep being checked.
   */
  @TestFactory
  Stream<DynamicTest> longStories() throws IOException, URISyntaxException {
    Path folder =
        Path.of(WrittenAttributionsTest.class.getResource("/attributions/stories").toURI());
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        String[] parts = Files.readString(file, StandardCharsets.UTF_8).split("\n=>\n", 2);
        String story = parts[0].strip() + "\n";
        List<String> expected = parts[1].strip().lines().map(String::strip).toList();
        String language = name.substring(0, 2);
        tests.add(
            DynamicTest.dynamicTest(
                name,
                () ->
                    assertSpeakers(
                        SHIPPED.analyze(WrittenStories.article(language, story)).quotes(),
                        expected,
                        name)));
      }
    }
    return tests.stream();
  }

  private static void assertSpeakers(List<Quote> quotes, List<String> expected, String story) {
    assertThat(quotes).as("quotes of %s", story).hasSameSizeAs(expected);
    for (int i = 0; i < quotes.size(); i++) {
      String line = expected.get(i);
      String speaker = WrittenStories.speaker(quotes.get(i));
      String quoted = quotes.get(i).text();
      if (line.startsWith("!")) {
        continue; // a known gap: see longStories
      }
      if (line.startsWith("?")) {
        assertThat(speaker).as("%s: %s", story, quoted).isIn(null, line.substring(1).strip());
      } else {
        assertThat(speaker).as("%s: %s", story, quoted).isEqualTo(line.equals("-") ? null : line);
      }
    }
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
