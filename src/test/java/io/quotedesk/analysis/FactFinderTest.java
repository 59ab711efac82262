package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.ingest.Article;
import io.quotedesk.ingest.ArticleMetadata;
import io.quotedesk.ingest.PlainTextReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactFinderTest {
  private final FactFinder finder = new FactFinder();

  private List<Fact> facts(String text) {
    return finder.find(new PlainTextReader().read(text));
  }

  private Fact only(String text, Fact.Kind kind) {
    return facts(text).stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  void moneyKeepsBothCurrenciesAndTheFirstAmount() {
    Fact money =
        only("Allies will invest $380 billion (€355 billion) in defence.", Fact.Kind.MONEY);
    assertThat(money.text()).isEqualTo("$380 billion (€355 billion)");
    assertThat(money.value()).contains(new BigDecimal("3.8E+11"));
    assertThat(money.unit()).contains("USD");
    assertThat(money.about()).contains("defence");
    assertThat(only("He was fined £23million.", Fact.Kind.MONEY).unit()).contains("GBP");
  }

  @Test
  void percentagesSayWhatTheyMeasure() {
    Fact percent = only("The target is 2% of gross domestic product (GDP).", Fact.Kind.PERCENT);
    assertThat(percent.text()).isEqualTo("2%");
    assertThat(percent.unit()).contains("%");
    assertThat(percent.about()).contains("gross domestic product");
    assertThat(only("Turnout was 51 percent, officials said.", Fact.Kind.PERCENT).value())
        .contains(new BigDecimal("51"));
  }

  @Test
  void theWordAfterAPercentageIsItsSubjectOnlyAfterADeterminer() {
    assertThat(only("Only 11 allies met the 2% target.", Fact.Kind.PERCENT).about())
        .contains("target");
    assertThat(only("It keeps NATO's 2% goal.", Fact.Kind.PERCENT).about()).contains("goal");
    assertThat(only("Costs would grow by 12% next year.", Fact.Kind.PERCENT).about()).isEmpty();
    assertThat(only("Shares fell 3% since January.", Fact.Kind.PERCENT).about()).isEmpty();
  }

  @Test
  void countsCarryTheirNoun() {
    Fact part = only("Only 11 of the 31 allies met the target.", Fact.Kind.COUNT);
    assertThat(part.text()).isEqualTo("11 of the 31 allies");
    assertThat(part.unit()).contains("allies");
    assertThat(only("Up to 18 allies will pay.", Fact.Kind.COUNT).text())
        .isEqualTo("Up to 18 allies");
    assertThat(only("So far 14 of the district's 52 schools have leaks.", Fact.Kind.COUNT).text())
        .isEqualTo("14 of the district's 52 schools");
  }

  @Test
  void durationsInWordsOrFigures() {
    assertThat(only("NATO has done so for the 65 years.", Fact.Kind.DURATION).text())
        .isEqualTo("for the 65 years");
    Fact words = only("During his four years in office he ruled.", Fact.Kind.DURATION);
    assertThat(words.value()).contains(new BigDecimal("4"));
    assertThat(words.unit()).contains("years");
  }

  @Test
  void anAgeIsNoDuration() {
    assertThat(facts("A 27-year-old nurse, 45 years old, left after a 10-year career."))
        .filteredOn(f -> f.kind() == Fact.Kind.DURATION)
        .extracting(Fact::text)
        .containsExactly("10-year");
  }

  @Test
  void yearsAndWeekdaysResolvedAgainstThePublicationDate() {
    String text = "First agreed in 2006, it was reaffirmed on Wednesday and by the end of 2024.";
    List<Fact> dates = dates(text, "2024-02-15T10:00:00Z");
    assertThat(dates)
        .extracting(Fact::text)
        .containsExactly("2006", "on Wednesday", "by the end of 2024");
    assertThat(dates)
        .extracting(f -> f.value().orElseThrow().toString())
        .containsExactly("2006", "2024-02-14", "2024");
  }

  @Test
  void aWeekdayNextOrLastWeekIsInTheWeekAfterOrBeforeThePublicationDays() {
    assertThat(dates("They decide on Tuesday next week.", "2025-05-12T10:00:00Z")) // Monday
        .extracting(f -> f.value().orElseThrow().toString())
        .containsExactly("2025-05-20");
    assertThat(dates("They met on Saturday last week.", "2025-05-18T10:00:00Z")) // Sunday
        .extracting(f -> f.value().orElseThrow().toString())
        .containsExactly("2025-05-10");
  }

  private List<Fact> dates(String text, String published) {
    Article article =
        new Article(
            text,
            ArticleMetadata.EMPTY.withPublished(published),
            Optional.empty(),
            List.of(),
            Optional.empty());
    return finder.find(article).stream().filter(f -> f.kind() == Fact.Kind.DATE).toList();
  }

  @Test
  void weekdaysAheadResolveForwardAndAWeekdayWithItsDateIsThatDate() {
    // Published on Wednesday, May 14, 2025.
    String text =
        "The council will vote next Friday. It met last Friday and will meet again on Monday."
            + " The hearing is this Thursday. Comments close Friday, May 23. The report came out"
            + " on Wednesday. They decide by Tuesday next week. He said on Monday it was late.";
    List<Fact> dates = dates(text, "2025-05-14T10:00:00Z");
    assertThat(dates)
        .extracting(f -> f.text() + " = " + f.value().orElseThrow())
        .containsExactly(
            "next Friday = 2025-05-16",
            "last Friday = 2025-05-09",
            "on Monday = 2025-05-19",
            "this Thursday = 2025-05-15",
            "Friday, May 23 = 2025-05-23",
            "on Wednesday = 2025-05-14",
            "Tuesday next week = 2025-05-20",
            "on Monday = 2025-05-12");
  }

  @Test
  void countsWithAWordBetweenIrregularPluralsAndTallies() {
    String text =
        "The port will cut 350 permanent positions. The crane stands 52 feet tall. More than 4,000"
            + " people marched. The board approved it in a 5-2 vote. One of the two members"
            + " abstained.";
    assertThat(facts(text))
        .extracting(
            f -> f.kind() + " " + f.text() + " = " + f.value().map(Object::toString).orElse("-"))
        .containsExactly(
            "COUNT 350 permanent positions = 350",
            "COUNT 52 feet = 52",
            "COUNT More than 4,000 people = 4000",
            "NUMBER 5-2 vote = -",
            "COUNT two members = 2");
  }

  @Test
  void aPresentTenseThatGrammarPutsAheadResolvesForward() {
    // Published on Sunday, June 2, 2024.
    String text =
        "Ostrander retires on Friday. She is leaving on Monday. The vote is due on Tuesday."
            + " Kettridge said on Friday that talks had failed. The talks on Thursday broke down."
            + " The union, which says on Wednesday it was ready, waited.";
    Article article =
        new Article(
            text,
            ArticleMetadata.EMPTY.withPublished("2024-06-02T10:00:00Z"),
            Optional.empty(),
            List.of(),
            Optional.empty());
    assertThat(finder.find(article).stream().filter(f -> f.kind() == Fact.Kind.DATE))
        .extracting(f -> f.text() + " = " + f.value().orElseThrow())
        .containsExactly(
            "on Friday = 2024-06-07",
            "on Monday = 2024-06-03",
            "on Tuesday = 2024-06-04",
            "on Friday = 2024-05-31",
            "on Thursday = 2024-05-30",
            "on Wednesday = 2024-05-29");
  }

  @Test
  void everyNumberWordStartsAFigureInAnyCase() {
    for (String word :
        List.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "hundred", "dozen")) {
      for (String written :
          List.of(
              word,
              word.toUpperCase(Locale.ROOT),
              Character.toUpperCase(word.charAt(0)) + word.substring(1))) {
        assertThat(facts("It took " + written + " years."))
            .as(written)
            .extracting(Fact::text)
            .containsExactly(written + " years");
      }
    }
  }

  @Test
  void everyMonthAndWeekdayStartsADate() {
    for (String month :
        List.of(
            "Jan.",
            "January",
            "Feb.",
            "February",
            "Mar.",
            "March",
            "Apr.",
            "April",
            "May",
            "June",
            "July",
            "Aug.",
            "August",
            "Sept.",
            "September",
            "Oct.",
            "October",
            "Nov.",
            "November",
            "Dec.",
            "December")) {
      assertThat(facts("The vote is on " + month + " 14, 2025."))
          .as(month)
          .extracting(Fact::text)
          .containsExactly(month + " 14, 2025");
    }
    for (String day :
        List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")) {
      assertThat(facts("They met " + day + "."))
          .as(day)
          .extracting(Fact::text)
          .containsExactly(day);
    }
  }

  @Test
  void weekdayWithoutAPublicationDateHasNoValue() {
    assertThat(only("They met on Wednesday.", Fact.Kind.DATE).value()).isEmpty();
  }

  @Test
  void monthDatesTakeTheYearTheyAreGiven() {
    assertThat(only("The vote is set for Feb. 14, 2025.", Fact.Kind.DATE).value())
        .contains("2025-02-14");
  }

  @Test
  void aDayTheMonthDoesNotHaveIsNoDateWithOrWithoutItsYear() {
    assertThat(only("The vote was held on February 30.", Fact.Kind.DATE).value()).isEmpty();
    assertThat(only("The vote was held on Feb. 31, 2024.", Fact.Kind.DATE).value()).isEmpty();
    assertThat(only("The vote was held on February 29.", Fact.Kind.DATE).value())
        .contains("--02-29");
  }

  @Test
  void pageFurnitureHasNoFacts() {
    String text =
        "Headline\n\nThe fund holds $2 billion.\n\nYou might also like\n\nJudge orders $355 million fine";
    assertThat(facts(text)).extracting(Fact::text).containsExactly("$2 billion");
  }

  @Test
  void everyFactIsTheTextAtItsSpan() {
    String text =
        "In 2023, 11 of the 31 allies spent 2% of GDP, or $1.2 trillion, over five years.";
    for (Fact fact : facts(text)) {
      assertThat(text.substring(fact.start(), fact.end())).isEqualTo(fact.text());
    }
    assertThat(facts(text)).hasSize(5);
  }
}
