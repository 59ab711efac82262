package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quotedesk.ingest.PlainTextReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each article in {@code seeds/} with a {@code golden/NAME.expected.json} beside the
 * tests is analyzed and compared whole with what a reader checked by hand.
 */
class GoldenArticlesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> articles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".expected.json"))
          .map(n -> n.substring(0, n.length() - ".expected.json".length()))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void analysisMatchesTheGoldenFile(String name) throws IOException {
    String text = Files.readString(Path.of("seeds", name + ".txt"));
    Analysis analysis = new Analyzer().analyze(new PlainTextReader().read(text));
    JsonNode expected =
        JSON.readTree(Path.of("src/test/resources/golden", name + ".expected.json").toFile());
    assertThat(actual(analysis).toPrettyString()).isEqualTo(expected.toPrettyString());
  }

  private static ObjectNode actual(Analysis analysis) {
    ObjectNode root = JSON.createObjectNode();
    root.put("title", analysis.article().metadata().title().orElse(null));
    root.put("byline", analysis.article().metadata().byline().orElse(null));
    ArrayNode quotes = root.putArray("quotes");
    for (Quote quote : analysis.quotes()) {
      ObjectNode q = quotes.addObject();
      q.put("text", quote.text());
      q.put("start", quote.start());
      q.put("end", quote.end());
      q.put("paragraph", quote.paragraph());
      q.put("partial", quote.partial());
      q.put("headline", quote.headline());
      q.put("speaker", quote.speaker().map(Speaker::name).orElse(null));
      q.put("role", quote.speaker().flatMap(Speaker::role).orElse(null));
      q.put("mention", quote.mention().map(Mention::text).orElse(null));
      q.put("cue", quote.cue().orElse(null));
    }
    root.put("dek", analysis.dek().orElse(null));
    ArrayNode summary = root.putArray("summary");
    analysis.summary().forEach(line -> summary.add(line.text()));
    ArrayNode facts = root.putArray("facts");
    for (Fact fact : analysis.facts()) {
      ObjectNode f = facts.addObject();
      f.put("kind", fact.kind().json());
      f.put("text", fact.text());
      f.put("start", fact.start());
      f.put("unit", fact.unit().orElse(null));
      f.put("about", fact.about().orElse(null));
    }
    ArrayNode people = root.putArray("people");
    for (Person person : analysis.people()) {
      ObjectNode p = people.addObject();
      p.put("name", person.name());
      p.put("role", person.role().orElse(null));
      p.put("organisation", person.organisation().orElse(null));
      p.put("mentionCount", person.mentionCount());
      p.put("quoted", person.quoted());
    }
    return root;
  }
}
