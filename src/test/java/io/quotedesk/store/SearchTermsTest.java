package io.quotedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.store.SearchTerms.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {
  @Test
  void keepsPunctuatedTokensWhole() {
    assertThat(SearchTerms.forms("AT&T paid $380,000 to the U.S. after 9/11, 2% of NATO’s budget"))
        .containsExactly(
            "at&t",
            "paid",
            "$380,000",
            "to",
            "the",
            "u.s",
            "after",
            "9/11",
            "2%",
            "of",
            "nato",
            "budget");
  }

  @Test
  void termsWithPunctuationAreWholeWordsAreNot() {
    SearchTerms terms = SearchTerms.of("AT&T and the U.S. deal");
    assertThat(terms.terms()).extracting(Term::form).containsExactly("at&t", "u.s", "deal");
    assertThat(terms.terms()).extracting(Term::whole).containsExactly(true, true, false);
    assertThat(terms.terms().get(0).parts()).containsExactly("at", "t");
    assertThat(terms.tokens()).hasSize(5);
  }

  @Test
  void stopWordsStayWhenNothingElseRemains() {
    assertThat(SearchTerms.of("to be or not").terms())
        .extracting(Term::form)
        .containsExactly("to", "be", "or", "not");
  }

  @Test
  void hyphensSplitWords() {
    assertThat(SearchTerms.forms("full-scale")).isEqualTo(List.of("full", "scale"));
  }
}
