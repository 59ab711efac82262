package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quotedesk.ingest.PlainTextReader;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The attribution model's confidence, and speakers withheld below the threshold. */
class AttributionConfidenceTest {
  private static final String STORY =
      "Mayor quits\n\n"
          + "\u201CWe will rebuild,\u201D Maria Lopez said on Monday.\n\n"
          + "The council met on Tuesday. Tom Baker, a councillor, was absent.\n\n"
          + "\u201CThe roads come first,\u201D she added.\n";

  private static List<Quote> quotes(Analyzer analyzer) {
    return analyzer.analyze(new PlainTextReader().read(STORY)).quotes();
  }

  @Test
  void theModelIsALogisticOfTheFeaturesWeights() {
    AttributionModel model =
        new AttributionModel(Map.of(AttributionModel.BIAS, -1.0, "a", 2.0, "b", 0.5));
    assertThat(model.probability(List.of())).isCloseTo(1 / (1 + Math.exp(1)), within());
    assertThat(model.probability(List.of("a", "b"))).isCloseTo(1 / (1 + Math.exp(-1.5)), within());
    // a feature the model never saw weighs nothing
    assertThat(model.probability(List.of("a", "unseen")))
        .isEqualTo(model.probability(List.of("a")));
  }

  @Test
  void belowTheThresholdTheSpeakerIsWithheldAndTheMentionKept() {
    AttributionModel doubtful = new AttributionModel(Map.of(AttributionModel.BIAS, -3.0));
    List<Quote> withheld = quotes(new Analyzer(3, 0.5, doubtful));
    assertThat(withheld).hasSize(2).allSatisfy(q -> assertThat(q.speaker()).isEmpty());
    assertThat(withheld.get(1).mention().map(Mention::text)).contains("she");
    assertThat(withheld.get(1).cue()).contains("added");

    AttributionModel sure = new AttributionModel(Map.of(AttributionModel.BIAS, 3.0));
    List<Quote> named = quotes(new Analyzer(3, 0.5, sure));
    assertThat(named.get(1).speaker().map(Speaker::name)).contains("Maria Lopez");
    assertThat(named.get(1).speaker().get().confidence()).isEqualTo(0.95);
  }

  @Test
  void aPersonWhoseEveryQuoteIsWithheldIsNotShownAsQuoted() {
    AttributionModel doubtful = new AttributionModel(Map.of(AttributionModel.BIAS, -3.0));
    AttributionModel sure = new AttributionModel(Map.of(AttributionModel.BIAS, 3.0));

    List<Person> withheld =
        new Analyzer(3, 0.5, doubtful).analyze(new PlainTextReader().read(STORY)).people();
    List<Person> named =
        new Analyzer(3, 0.5, sure).analyze(new PlainTextReader().read(STORY)).people();
    assertThat(named).filteredOn(p -> p.name().equals("Maria Lopez")).allMatch(Person::quoted);
    assertThat(withheld)
        .filteredOn(p -> p.name().equals("Maria Lopez"))
        .hasSize(1)
        .noneMatch(Person::quoted);
  }

  @Test
  void theShippedModelTrustsANamedCueMoreThanAPronounPastAnotherPerson() {
    List<Quote> quotes = quotes(new Analyzer(3, 0.0));
    double named = quotes.get(0).speaker().orElseThrow().confidence();
    double pronoun = quotes.get(1).speaker().orElseThrow().confidence();
    assertThat(named).isGreaterThan(pronoun);
    assertThat(named).isGreaterThanOrEqualTo(Analyzer.DEFAULT_MIN_CONFIDENCE);
  }

  @Test
  void theWordsAroundAMentionTellASubjectFromAnObject() {
    String letter = "Ann Ruiz wrote to Tom Hale, asking him for \u201Ca fair count.\u201D";
    assertThat(MentionSurroundings.before(letter, 0)).isEqualTo("start");
    assertThat(MentionSurroundings.after(letter, "Ann Ruiz".length())).isEqualTo("speech-verb");
    int hale = letter.indexOf("Tom Hale");
    assertThat(MentionSurroundings.before(letter, hale)).isEqualTo("preposition");
    assertThat(MentionSurroundings.after(letter, hale + "Tom Hale".length())).isEqualTo("comma");

    String recount = "\u201CWe won,\u201D Ann Ruiz also said, but Tom Hale wanted Ruiz's papers.";
    int ruiz = recount.indexOf("Ann Ruiz");
    assertThat(MentionSurroundings.before(recount, ruiz)).isEqualTo("quote");
    assertThat(MentionSurroundings.after(recount, ruiz + "Ann Ruiz".length()))
        .isEqualTo("speech-verb");
    hale = recount.indexOf("Tom Hale");
    assertThat(MentionSurroundings.before(recount, hale)).isEqualTo("conjunction");
    assertThat(MentionSurroundings.after(recount, hale + "Tom Hale".length())).isEqualTo("word");
    int owner = recount.lastIndexOf("Ruiz");
    assertThat(MentionSurroundings.after(recount, owner + "Ruiz".length())).isEqualTo("possessive");
  }

  @Test
  void theEvidenceSaysWhereTheNameStandsAndWhatKindOfVerbCuesIt() {
    Analyzer.Evidence evidence =
        new Analyzer(3, 0.0)
            .evidence(
                new PlainTextReader()
                    .read(
                        "Vote row\n\n\u201CWe will rebuild,\u201D Maria Lopez said.\n\n"
                            + "\u201CNever,\u201D Tom Baker barked at the council.\n"));
    assertThat(evidence.features().get(0))
        .contains("cue=said", "before-mention=quote", "after-mention=speech-verb");
    // "barked" is in no list of speech verbs: the model weighs such a cue apart
    assertThat(evidence.quotes().get(1).cue()).contains("barked");
    assertThat(evidence.features().get(1)).contains("cue=unlisted", "after-mention=word");
  }

  @Test
  void everyConfidenceIsBetweenZeroAndOne() {
    // Seeded random texts of names, pronouns, cues and quotes: whatever the evidence, a
    // probability.
    Random random = new Random(42);
    String[] pieces = {
      "\u201CIt works,\u201D ",
      "Ann Lee said. ",
      "he told reporters. ",
      "The board met. ",
      "\u201CNo,\u201D she said",
      ". ",
      "\n\n",
      "according to Bob Ray, ",
      "\u201CWhy?\u201D ",
      "officials said ",
      "Dr. Kim Park, a surgeon, "
    };
    Analyzer analyzer = new Analyzer(3, 0.0);
    for (int text = 0; text < 200; text++) {
      StringBuilder story = new StringBuilder("Headline\n\n");
      for (int i = 0; i < 30; i++) {
        story.append(pieces[random.nextInt(pieces.length)]);
      }
      for (Quote quote : analyzer.analyze(new PlainTextReader().read(story.toString())).quotes()) {
        quote.speaker().ifPresent(s -> assertThat(s.confidence()).isBetween(0.0, 1.0));
      }
    }
  }

  @Test
  void aConfidenceOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> new Speaker("Ann Lee", java.util.Optional.empty(), 1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Analyzer(3, -0.1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-12);
  }
}
