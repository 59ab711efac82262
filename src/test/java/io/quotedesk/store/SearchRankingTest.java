package io.quotedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.store.SearchRanking.Closeness;
import io.quotedesk.store.SearchRanking.Tier;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How one quote's tokens hold a query: each token is stemmed once, whatever the terms. */
class SearchRankingTest {
  private static Optional<Closeness> closeness(String quote, String query) {
    return SearchRanking.closeness(SearchTerms.forms(quote), SearchTerms.of(query));
  }

  @Test
  void aWordMatchesAnotherEndingOfItself() {
    // "allies" and "attacked" are "ally" and "attack": all words found, close together.
    assertThat(closeness("NATO allies were attacked", "ally attack"))
        .contains(new Closeness(Tier.NEAR_PHRASE, 2, 3));
  }

  @Test
  void aTermWithPunctuationMatchesOnlyItsWholeToken() {
    // "at" and "t" of "AT&T" are not the token "at&t"; "don't" holds no "t".
    assertThat(closeness("We don't look at it", "AT&T")).isEmpty();
    assertThat(closeness("AT&T will keep every store open", "AT&T"))
        .contains(new Closeness(Tier.EXACT_PHRASE, 1, 1));
  }

  @Test
  void aStemSharedByTwoTermsCountsForEach() {
    // "allies" stands for both "ally" and itself; "merger" is missing: two of three found.
    assertThat(closeness("Our allies agree", "ally allies merger"))
        .contains(new Closeness(Tier.PARAPHRASE, 2, 1));
  }

  @Test
  void aCandidateReadsItsTokensOnceAndKeepsThemWhenRescored() {
    SearchRanking.Candidate found =
        new SearchRanking.Candidate(7, "NATO’s U.S. allies", false, 3, 0.5);
    assertThat(found.forms()).containsExactly("nato", "u.s", "allies");
    assertThat(found.withScore(2.5).forms()).isSameAs(found.forms());
    assertThat(found.withScore(2.5).score()).isEqualTo(2.5);
  }
}
