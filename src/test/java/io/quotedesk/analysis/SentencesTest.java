package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.ingest.Article;
import io.quotedesk.ingest.PlainTextReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SentencesTest {
  /** The sentences of a pasted text, read as the analyzer reads them: quotations masked. */
  private static List<String> sentences(String pasted) {
    Article article = new PlainTextReader().read(pasted);
    String text = article.text();
    Paragraphs paragraphs = Paragraphs.of(text);
    String masked = Masked.of(text, new QuoteFinder().find(article, paragraphs));
    Sentences sentences = Sentences.of(text, masked, paragraphs);
    List<String> found = new ArrayList<>();
    for (int s = 0; s < sentences.count(); s++) {
      found.add(text.substring(sentences.start(s), sentences.end(s)));
    }
    return found;
  }

  /** The sentences of a story in {@code language}. */
  private static List<String> sentencesIn(String language, String text) {
    Paragraphs paragraphs = Paragraphs.of(text);
    Sentences sentences = Sentences.of(text, text, paragraphs, Optional.of(language));
    List<String> found = new ArrayList<>();
    for (int s = 0; s < sentences.count(); s++) {
      found.add(text.substring(sentences.start(s), sentences.end(s)));
    }
    return found;
  }

  @Test
  void ordinalDaysAndFigureAbbreviationsEndNoGermanSentence() {
    assertThat(
            sentencesIn(
                "de",
                "Am 3. März zahlt der Bund 3,5 Mrd. Euro an die Länder. Laut Art. 5 ist das"
                    + " erlaubt. Er kam um 3. Dann ging er."))
        .containsExactly(
            "Am 3. März zahlt der Bund 3,5 Mrd. Euro an die Länder.",
            "Laut Art. 5 ist das erlaubt.",
            "Er kam um 3.",
            "Dann ging er.");
  }

  @Test
  void eachLanguagesAbbreviationsEndNoSentence() {
    assertThat(sentencesIn("fr", "Le siège est au 12 av. Victor-Hugo. Les élus votent."))
        .containsExactly("Le siège est au 12 av. Victor-Hugo.", "Les élus votent.");
    // "proc." ends Polish sentences as often as not: it ends one before a capital.
    assertThat(
            sentencesIn(
                "pl", "Podwyżka wyniesie 20 proc. Rząd się zgodził. Mieszka przy ul. Długiej."))
        .containsExactly(
            "Podwyżka wyniesie 20 proc.", "Rząd się zgodził.", "Mieszka przy ul. Długiej.");
    assertThat(sentencesIn("es", "La Sra. García votó. El Dr. Pérez no."))
        .containsExactly("La Sra. García votó.", "El Dr. Pérez no.");
    assertThat(sentencesIn("it", "Il Dott. Rossi ha votato. Il Sig. Bianchi no."))
        .containsExactly("Il Dott. Rossi ha votato.", "Il Sig. Bianchi no.");
    assertThat(sentencesIn("pt", "A Sra. Silva votou. O Dr. Costa não."))
        .containsExactly("A Sra. Silva votou.", "O Dr. Costa não.");
    // English keeps its own list: "Mrd." is no English abbreviation.
    assertThat(sentencesIn("en", "They paid 3 Mrd. Euro is the currency."))
        .containsExactly("They paid 3 Mrd.", "Euro is the currency.");
  }

  @Test
  void titlesAndInitialsDoNotEndASentence() {
    assertThat(sentences("Mr. Smith met Sen. Jane C. Doe in the U.S. Capitol. They spoke."))
        .containsExactly("Mr. Smith met Sen. Jane C. Doe in the U.S. Capitol.", "They spoke.");
  }

  @Test
  void aQuotationNeverSplitsTheWritersSentence() {
    assertThat(sentences("He said, \u201CWe won. They lost.\u201D Then he left."))
        .containsExactly("He said, \u201CWe won. They lost.\u201D", "Then he left.");
  }

  @Test
  void aTextWithoutPeriodsIsCutAtSpacesOutsideQuotations() {
    String clause =
        "the mayor said \u201Cthis plan is fine for everyone,\u201D and a critic replied that ";
    String pasted = clause.repeat(210).strip();
    List<String> found = sentences(pasted);
    assertThat(pasted).hasSizeGreaterThan(15_000);
    assertThat(found).hasSizeGreaterThanOrEqualTo(6);
    assertThat(String.join(" ", found)).isEqualTo(pasted);
    for (String sentence : found) {
      assertThat(sentence.length())
          .isLessThanOrEqualTo(Sentences.LONGEST_SENTENCE + clause.length());
      assertThat(sentence.length()).isLessThan(2_500);
      assertThat(sentence.chars().filter(c -> c == '\u201C').count())
          .as("quotes open and close in one sentence: %s", sentence)
          .isEqualTo(sentence.chars().filter(c -> c == '\u201D').count());
    }
  }

  @Test
  void aQuotationMarkStandingApartClosesTheSentenceItEnds() {
    // Tokenized text writes marks apart from their words; the one after "now." closes.
    assertThat(
            sentences(
                "The sign read: ' keep off the grass now. ' a neighbour said she laughed. "
                    + "He wrote: ' we are fine. ' ' come home soon, ' she replied."))
        .containsExactly(
            "The sign read: ' keep off the grass now. '",
            "a neighbour said she laughed.",
            "He wrote: ' we are fine. '",
            "' come home soon, ' she replied.");
  }

  @Test
  void aQuotationMarkStandingApartMayOpenTheNextSentence() {
    assertThat(sentences("' we won, ' she said. ' it was hard. ' Then she left."))
        .containsExactly("' we won, ' she said.", "' it was hard. '", "Then she left.");
  }

  @Test
  void aCurlyClosingMarkApartStaysWithItsSentence() {
    // in a body that quotes with double marks, where single ones are no quotes
    assertThat(
            sentences(
                "\"We are sad,\" he said. \u2018It is a disgrace. \u2019 the neighbour refused"
                    + " to comment."))
        .containsExactly(
            "\"We are sad,\" he said.",
            "\u2018It is a disgrace. \u2019",
            "the neighbour refused to comment.");
  }

  @Test
  void aQuestionClosedApartGoesOnIntoItsSpeechTag() {
    assertThat(sentences("' why now? ' he asked. ' because, ' she said."))
        .containsExactly("' why now? ' he asked.", "' because, ' she said.");
  }

  @Test
  void apostrophesAndPossessivesAreNoQuotationMarks() {
    assertThat(sentences("The players' union didn't object. ' it's fine, ' they said."))
        .containsExactly("The players' union didn't object.", "' it's fine, ' they said.");
  }

  @Test
  void aLetterAfterAnApostropheIsNoInitial() {
    assertThat(sentences("The bowl held sweets and m&m's. Olly Taylor ate them."))
        .containsExactly("The bowl held sweets and m&m's.", "Olly Taylor ate them.");
    // a mark opening a quotation before a title is no apostrophe
    assertThat(sentences("The sign read 'Gen. Lee Street' until May. It changed."))
        .containsExactly("The sign read 'Gen. Lee Street' until May.", "It changed.");
  }

  @Test
  void aCompanysEndingEndsTheSentenceBeforeAWordThatOpensOne() {
    assertThat(sentences("He sold shares in News Corp. He kept the rest. Acme Co. Ltd. paid."))
        .containsExactly(
            "He sold shares in News Corp.", "He kept the rest.", "Acme Co. Ltd. paid.");
    assertThat(sentences("Shares of Apple Inc. Chief Tim Cook fell."))
        .containsExactly("Shares of Apple Inc. Chief Tim Cook fell.");
    // a capitalised word followed by one in lower case is a new clause's subject
    assertThat(sentences("It was made by Apple Inc. Apple declined to comment. Acme Co. said no."))
        .containsExactly(
            "It was made by Apple Inc.", "Apple declined to comment.", "Acme Co. said no.");
    assertThat(sentences("Acme Co. Chief executive Ann Ruiz left."))
        .containsExactly("Acme Co. Chief executive Ann Ruiz left.");
  }

  @Test
  void aPlaceATimeOrANoEndsASentenceBeforeAWordThatOpensOne() {
    assertThat(sentences("It was built in the U.S. The plant closed. U.S. Rep. Ann Lee said no."))
        .containsExactly(
            "It was built in the U.S.", "The plant closed.", "U.S. Rep. Ann Lee said no.");
    assertThat(sentences("Doors open at 9 a.m. He was late. The answer was no. She left No. 10."))
        .containsExactly(
            "Doors open at 9 a.m.", "He was late.", "The answer was no.", "She left No. 10.");
  }
}
