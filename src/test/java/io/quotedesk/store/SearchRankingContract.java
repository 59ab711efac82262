package io.quotedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.analysis.Analyzer;
import io.quotedesk.ingest.PlainTextReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who-said rankings over a seeded archive of five hand-written articles ({@code
 * src/test/resources/search}), each expected order worked out by hand from the quotes; SQLite and
 * PostgreSQL each run these tests.
 */
abstract class SearchRankingContract {
  private static final List<String> ARTICLES =
      List.of(
          "1-nato-deterrence.txt",
          "2-defence-budget.txt",
          "3-telecoms.txt",
          "4-baltic.txt",
          "5-kremlin.txt");

  private ArticleStore store;

  /** A fresh, empty store of the backend under test. */
  abstract ArticleStore openEmpty() throws Exception;

  @BeforeEach
  void seed() throws Exception {
    store = openEmpty();
    Analyzer analyzer = new Analyzer();
    Instant fetched = Instant.parse("2024-02-14T10:00:00Z");
    for (String name : ARTICLES) {
      try (InputStream in = getClass().getResourceAsStream("/search/" + name)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        store.save(
            "https://news.test/" + name,
            analyzer.analyze(new PlainTextReader().read(text)),
            fetched);
      }
      fetched = fetched.plus(Duration.ofMinutes(1));
    }
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  private List<String> found(String words) throws Exception {
    return store.whoSaid(SearchQuery.of(words)).stream()
        .map(h -> h.quote().text().replaceAll("[,.?]$", ""))
        .toList();
  }

  @Test
  void commonWordsAloneMatchNothing() throws Exception {
    String text =
        "Depot stays with the council\n\n"
            + "\"We will not sell the depot, and we will not lease it or close it,\""
            + " said Ilse Varden.\n";
    store.save(
        "https://news.test/6-depot.txt",
        new Analyzer().analyze(new PlainTextReader().read(text)),
        Instant.parse("2024-02-15T10:00:00Z"));
    assertThat(found("AND OR NOT")).isEmpty();
    assertThat(found("and we will not")).isEmpty(); // on SQLite as on PostgreSQL
    assertThat(found("we will not sell"))
        .containsExactly("We will not sell the depot, and we will not lease it or close it");
    assertThat(SearchQuery.of("AND OR NOT").commonWordsOnly()).isTrue();
    assertThat(SearchQuery.of("or not the depot").commonWordsOnly()).isFalse();
  }

  @Test
  void termsWithPunctuationMatchAsWholeTokens() throws Exception {
    // Not the "t" of "don't" or "We're", nor the "us" of "protect us".
    assertThat(found("AT&T")).containsExactly("AT&T will keep every store open after the merger");
    assertThat(found("U.S."))
        .containsExactlyInAnyOrder(
            "The U.S. has been a reliable ally since 9/11, and it must remain one",
            "Will the U.S. stand by its allies if we are attacked");
    // Not "380 soldiers" nor "$380,000".
    assertThat(found("$380"))
        .containsExactly("Europe will spend $380 billion on defence this year");
    // Not "9 of the 11".
    assertThat(found("9/11"))
        .containsExactly("The U.S. has been a reliable ally since 9/11, and it must remain one");
    assertThat(found("AT&T merger price")).hasSize(1);
  }

  @Test
  void theExactPhraseComesFirstThenNearPhrases() throws Exception {
    // Said as such: no paraphrase is added below.
    assertThat(found("credibility of NATO's deterrence"))
        .containsExactly(
            "We should not undermine the credibility of NATO's deterrence",
            "NATO's deterrence credibility depends on money, not words");
  }

  @Test
  void nearPhrasesByTightnessThenScatteredWordsThenHeadlines() throws Exception {
    assertThat(found("the credibility of deterrence"))
        .containsExactly(
            // both words within a few of each other: two, four, five words apart
            "NATO's deterrence credibility depends on money, not words",
            "We should not undermine the credibility of NATO's deterrence",
            "Credibility is earned slowly. Deterrence, on the other hand, can be lost in a day",
            // eight words apart
            "Our deterrence is only as strong as its credibility in the eyes of Moscow",
            // a headline quote comes after every body quote
            "Deterrence credibility matters");
  }

  @Test
  void closeParaphrasesOutrankLooselyRelatedQuotes() throws Exception {
    // No quote holds all four of deterrence, credibility, Moscow, view; Peskov's newer quotes
    // hold one each and are left out.
    assertThat(found("deterrence credibility in Moscow's view"))
        .containsExactly(
            "Our deterrence is only as strong as its credibility in the eyes of Moscow",
            "NATO's deterrence credibility depends on money, not words",
            "We should not undermine the credibility of NATO's deterrence",
            "Credibility is earned slowly. Deterrence, on the other hand, can be lost in a day",
            "Deterrence credibility matters");
  }
}
