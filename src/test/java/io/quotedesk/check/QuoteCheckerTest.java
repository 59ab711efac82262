package io.quotedesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.brief.AttributionBands;
import io.quotedesk.brief.UncertainSpeakers;
import io.quotedesk.check.QuoteCheck.Claim;
import io.quotedesk.check.QuoteCheck.Difference;
import io.quotedesk.check.QuoteCheck.Verdict;
import io.quotedesk.store.Archive;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteCheckerTest {
  @TempDir Path dir;
  private ArticleStore store;
  private Archive archive;
  private QuoteChecker checker;

  @BeforeEach
  void open() throws Exception {
    store = SqliteStore.open(dir.resolve("db"));
    Archive archive = new Archive(store, null);
    archive.ingest(
        "seed",
        new io.quotedesk.ingest.PlainTextReader()
            .read(Files.readString(Path.of("seeds/000_28f35f942a0f94c1.txt"))));
    archive.ingest(
        "mayor",
        new io.quotedesk.ingest.PlainTextReader()
            .read(
                "Mayor speaks\n\n\"I would not say we should close the libraries, but we must look at every budget line,\" Mayor Ann Ruiz said."));
    store.save("https://news.test/uncertain", UncertainSpeakers.analysis(), Instant.now());
    this.archive = archive;
    checker = new QuoteChecker(archive, AttributionBands.DEFAULT.min());
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  private QuoteCheck check(String text, String speaker) throws Exception {
    return checker.check(new Claim(text, Optional.ofNullable(speaker)), Optional.empty());
  }

  @Test
  void seedRewordingIsCloseAndShowsTheBodyWording() throws Exception {
    QuoteCheck check = check("We must not undermine NATO's deterrence", "Stoltenberg");
    assertThat(check.verdict()).isEqualTo(Verdict.CLOSE);
    assertThat(check.match().orElseThrow().quote().headline()).isFalse();
    assertThat(check.match().orElseThrow().quote().text())
        .isEqualTo("We should not undermine the credibility of NATO's deterrence,");
    assertThat(check.differences())
        .containsExactly(
            new Difference("delete", "must"),
            new Difference("insert", "should"),
            new Difference("insert", "the credibility of"));
  }

  @Test
  void aHeadlineWordingIsNotTheRecordWhenABodyQuoteBySameSpeakerCoversIt() throws Exception {
    // The headline says "NATO's deterrence credibility"; Stoltenberg said "the credibility of
    // NATO's deterrence".
    QuoteCheck check =
        check("We should not undermine NATO's deterrence credibility", "Stoltenberg");
    assertThat(check.verdict()).isEqualTo(Verdict.CLOSE);
    assertThat(check.match().orElseThrow().quote().headline()).isFalse();
    assertThat(check.match().orElseThrow().quote().text())
        .isEqualTo("We should not undermine the credibility of NATO's deterrence,");
    assertThat(check.differences())
        .containsExactly(
            new Difference("insert", "the credibility of"),
            new Difference("delete", "credibility"));
  }

  @Test
  void aHeadlineQuoteIsTheRecordWhenNoBodyQuoteMatches() throws Exception {
    archive.ingest(
        "headline-only",
        new io.quotedesk.ingest.PlainTextReader()
            .read(
                "'Budgets are moral documents', Ruiz tells council\n\nMayor Ann Ruiz spoke to the"
                    + " council on Monday about the city's spending plans for next year."));
    QuoteCheck check = check("Budgets are moral documents", "Ruiz");
    assertThat(check.verdict()).isEqualTo(Verdict.EXACT);
    assertThat(check.match().orElseThrow().quote().headline()).isTrue();
  }

  @Test
  void theClaimIsAlignedWithItsBestWindowAndTheArticlesInsertionIsNoChange() throws Exception {
    // On record: "No I would not protect you. In fact, I would encourage them (Russia) to do
    // whatever the hell they want. …"
    QuoteCheck check = check("I would encourage them to do whatever the hell they want", "Trump");
    assertThat(check.verdict()).isEqualTo(Verdict.EXACT);
    assertThat(check.differences()).isEmpty();
    QuoteCheck reworded = check("I would tell them to do whatever the hell they want", "Trump");
    assertThat(reworded.verdict()).isEqualTo(Verdict.CLOSE);
    assertThat(reworded.differences())
        .containsExactly(new Difference("delete", "tell"), new Difference("insert", "encourage"));
  }

  @Test
  void seedDumbForTrumpIsMisattributedToBiden() throws Exception {
    QuoteCheck check = check("dumb", "Trump");
    assertThat(check.verdict()).isEqualTo(Verdict.MISATTRIBUTED);
    assertThat(check.match().orElseThrow().quote().speaker().orElseThrow().name())
        .isEqualTo("Joe Biden");
  }

  @Test
  void exactWordsUnderAnyFormOfTheName() throws Exception {
    assertThat(check("the national interest of the United States", "Jens Stoltenberg").verdict())
        .isEqualTo(Verdict.EXACT);
    assertThat(check("The worst thing is, he means it.", null).verdict()).isEqualTo(Verdict.EXACT);
  }

  @Test
  void aNameTypedWithoutItsAccentsIsTheSameSpeaker() throws Exception {
    archive.ingest(
        "chancellor",
        new io.quotedesk.ingest.PlainTextReader()
            .read(
                "Energy talks\n\n\"We will speed up the move to wind power,\" said Chancellor"
                    + " Olaf Schölz."));
    assertThat(check("We will speed up the move to wind power", "Olaf Scholz").verdict())
        .isEqualTo(Verdict.EXACT);
  }

  @Test
  void ellipsesAndBracketedInsertionsAreNoChanges() throws Exception {
    assertThat(
            check(
                    "The whole idea of NATO … we prevent a military attack on any ally",
                    "Stoltenberg")
                .verdict())
        .isEqualTo(Verdict.EXACT);
    assertThat(
            check("I would encourage them [Russia] to do whatever the hell they want...", "Trump")
                .verdict())
        .isEqualTo(Verdict.EXACT);
  }

  @Test
  void aFragmentThatDropsANegationIsOutOfContextShownWhole() throws Exception {
    QuoteCheck check = check("we should close the libraries", "Ann Ruiz");
    assertThat(check.verdict()).isEqualTo(Verdict.OUT_OF_CONTEXT);
    assertThat(check.context())
        .hasValueSatisfying(
            c -> assertThat(c).startsWith("I would not say we should close the libraries"));
  }

  @Test
  void misattributionWinsOverOutOfContext() throws Exception {
    assertThat(check("we should close the libraries", "Jens Stoltenberg").verdict())
        .isEqualTo(Verdict.MISATTRIBUTED);
  }

  @Test
  void anotherPersonOfTheSameSurnameIsMisattributed() throws Exception {
    archive.ingest(
        "council",
        new io.quotedesk.ingest.PlainTextReader()
            .read(
                "Council vote\n\n\"The bridge will be finished by spring,\" said Jane Smith, the"
                    + " council leader."));
    QuoteCheck other = check("The bridge will be finished by spring", "John Smith");
    assertThat(other.verdict()).isEqualTo(Verdict.MISATTRIBUTED);
    assertThat(other.match().orElseThrow().quote().speaker().orElseThrow().name())
        .isEqualTo("Jane Smith");
    for (String same : new String[] {"Jane Smith", "Smith", "J. Smith", "Ms. Smith", "Jane"}) {
      assertThat(check("The bridge will be finished by spring", same).verdict())
          .as(same)
          .isEqualTo(Verdict.EXACT);
    }
  }

  @Test
  void partOfALongerNameIsTheSamePerson() throws Exception {
    archive.ingest(
        "brussels",
        new io.quotedesk.ingest.PlainTextReader()
            .read(
                "Brussels talks\n\n\"Europe must stand together on energy,\" said Ursula von der"
                    + " Leyen."));
    assertThat(check("Europe must stand together on energy", "von der Leyen").verdict())
        .isEqualTo(Verdict.EXACT);
  }

  @Test
  void aTitleOrTheLongerFormOfANameIsNoOtherFirstName() throws Exception {
    archive.ingest(
        "london",
        new io.quotedesk.ingest.PlainTextReader()
            .read(
                "London budget\n\nPrime Minister Keir Starmer said: \"We will fix the foundations"
                    + " of this country.\"\n\n\"The talks went well,\" Jean-Pierre said.\n\n"
                    + "\"Europe must act,\" said Von der Leyen."));
    for (String same :
        new String[] {
          "Prime Minister Starmer", "Former Prime Minister Starmer", "Sir Keir Starmer"
        }) {
      assertThat(check("We will fix the foundations of this country", same).verdict())
          .as(same)
          .isEqualTo(Verdict.EXACT);
    }
    assertThat(check("The talks went well", "Karine Jean-Pierre").verdict())
        .isEqualTo(Verdict.EXACT);
    assertThat(check("Europe must act", "Ursula von der Leyen").verdict()).isEqualTo(Verdict.EXACT);
    assertThat(check("We will fix the foundations of this country", "Ann Starmer").verdict())
        .isEqualTo(Verdict.MISATTRIBUTED);
    assertThat(check("We will fix the foundations of this country", "Ann").verdict())
        .isEqualTo(Verdict.MISATTRIBUTED);
  }

  @Test
  void oneSharedWordIsNoRecordOfTheClaim() throws Exception {
    // "interest" is in Stoltenberg's "the national interest of the United States", nothing else.
    QuoteCheck check = check("zebra interest", "Ann Ruiz");
    assertThat(check.verdict()).isEqualTo(Verdict.NOT_FOUND);
    assertThat(check.match()).isEmpty();
  }

  @Test
  void wordsNobodySaidAreNotFound() throws Exception {
    QuoteCheck check = check("Bananas are the future of European defence", "Stoltenberg");
    assertThat(check.verdict()).isEqualTo(Verdict.NOT_FOUND);
    assertThat(check.match()).isEmpty();
  }

  @Test
  void aWithheldSpeakerIsMatchedOnTheWordsAndNeverMisattributed() throws Exception {
    QuoteCheck check = check("We will not be divided by anyone", "Trump");
    assertThat(check.verdict()).isEqualTo(Verdict.EXACT);
    assertThat(check.match().orElseThrow().quote().speaker()).isEmpty();
    assertThat(check.match().orElseThrow().quote().mention().orElseThrow().text()).isEqualTo("he");
  }

  @Test
  void aProbableSpeakerCountsAsNamed() throws Exception {
    assertThat(check("Allies must spend more on defence", "Biden").verdict())
        .isEqualTo(Verdict.MISATTRIBUTED);
    assertThat(check("Allies must spend more on defence", "Stoltenberg").verdict())
        .isEqualTo(Verdict.EXACT);
  }

  @Test
  void aStoredSpeakerBelowTheMinimumIsWithheldLikeTheAnalyzerWithholdsOne() throws Exception {
    QuoteChecker strict = new QuoteChecker(archive, 0.7); // the probable speaker is at 0.6
    assertThat(
            strict
                .check(
                    new Claim("Allies must spend more on defence", Optional.of("Biden")),
                    Optional.empty())
                .verdict())
        .isEqualTo(Verdict.EXACT);
  }

  @Test
  void aDroppedNegationIsCloseWithItsMeaningReversed() throws Exception {
    QuoteCheck check = check("I would say we should close the libraries", "Ann Ruiz");
    assertThat(check.verdict()).isEqualTo(Verdict.CLOSE);
    assertThat(check.reversedMeaning())
        .hasValueSatisfying(r -> assertThat(r).contains("the record says \u201Cnot\u201D"));
  }
}
