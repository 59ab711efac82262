package io.quotedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.analysis.Quote;
import io.quotedesk.analysis.Speaker;
import io.quotedesk.ingest.PlainTextReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who an annotated "he" or "she" source stands for, in articles written here. */
class PronounAntecedentsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A man reported on, then a woman quoted, then "he said": the scorer's guess (the nearest quoted
   * source) is the woman; the man is the one "he" can be.
   */
  private static final String TEXT =
      "Budget talks stall\n\n"
          + "Tom Baker, the council's treasurer, says the budget cannot grow.\n\n"
          + "\u201CWe need the new school,\u201D said Maria Lopez, who chairs the board.\n\n"
          + "\u201CThe money is not there,\u201D he said.\n";

  private static ObjectNode article() {
    ObjectNode article = JSON.createObjectNode();
    article.put("article_id", "synthetic");
    article.put("text", TEXT);
    ArrayNode quotes = article.putArray("quotes");
    add(quotes, "indirect", "the budget cannot grow", "Tom Baker, the council's treasurer,");
    add(
        quotes,
        "direct",
        "\u201CWe need the new school,\u201D",
        "Maria Lopez, who chairs the board");
    add(quotes, "direct", "\u201CThe money is not there,\u201D", "he");
    return article;
  }

  private static void add(ArrayNode quotes, String type, String content, String speaker) {
    ObjectNode gold = quotes.addObject();
    int start = TEXT.indexOf(content);
    gold.putArray("content_spans").addArray().add(start).add(start + content.length());
    int speakerStart = speaker.equals("he") ? TEXT.indexOf("he said") : TEXT.indexOf(speaker);
    gold.put("speaker", speaker);
    gold.put("speaker_start", speakerStart);
    gold.put("speaker_kind", speaker.equals("he") ? "pronoun" : "proper_or_titled");
    gold.put("quote_type", type);
    gold.put("has_source", true);
  }

  @Test
  void heIsTheNearestSourceHeCanBeEvenOneOnlyReportedOn() {
    PronounAntecedents antecedents = new PronounAntecedents(article());
    int he = TEXT.indexOf("he said");
    assertThat(antecedents.before(he, "he")).contains("Tom Baker");
    assertThat(antecedents.before(he, "she")).contains("Maria Lopez");
    // Nobody is named before the first source.
    assertThat(antecedents.before(TEXT.indexOf("Tom Baker"), "he")).isEmpty();
  }

  @Test
  void theLabelCallsTheManRightAndTheWomanQuotedJustBeforeWrong() {
    GoldAttributions annotation = new GoldAttributions(article());
    Quote heSaid =
        new Analyzer(3, 0.0)
            .evidence(new PlainTextReader().read(TEXT)).quotes().stream()
                .filter(q -> q.text().startsWith("The money"))
                .findFirst()
                .orElseThrow();
    assertThat(
            annotation.nameIsRight(heSaid.withSpeaker(new Speaker("Tom Baker", Optional.empty()))))
        .isTrue();
    assertThat(
            annotation.nameIsRight(
                heSaid.withSpeaker(new Speaker("Maria Lopez", Optional.empty()))))
        .isFalse();
  }

  @Test
  void aSourceNamesOnePersonOrNone() {
    assertThat(PronounAntecedents.personName("Rubio supporter Scott Szlachta"))
        .contains("Scott Szlachta");
    assertThat(
            PronounAntecedents.personName(
                "Grant Green, a national security official under Presidents Reagan and George W."
                    + " Bush"))
        .contains("Grant Green");
    assertThat(PronounAntecedents.personName("former George W. Bush speechwriter Noam Neusner"))
        .contains("Noam Neusner");
    assertThat(PronounAntecedents.personName("Ms. Murphy")).contains("Murphy");
    assertThat(PronounAntecedents.personName("Devine")).contains("Devine");
    assertThat(PronounAntecedents.personName("the Vermont senator")).isEmpty();
    assertThat(PronounAntecedents.personName("Clinton and husband Bill")).isEmpty();
    assertThat(PronounAntecedents.personName("The New York Times")).isEmpty();
    assertThat(PronounAntecedents.personName("Some Republicans")).isEmpty();
  }
}
