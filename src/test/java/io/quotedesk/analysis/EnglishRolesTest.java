package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Roles an English story writes before a name or in apposition after it are shown with the speaker
 * as written; bodies and weather systems named like people are no people. On sentences written for
 * these tests.
 */
class EnglishRolesTest {
  @Test
  void lowerCaseWordsBeforeATitleAreTheRole() {
    assertThat(role("\"The storm is close,\" said city fire chief Tom Baker."))
        .contains("city fire chief");
  }

  @Test
  void aBodyNamedBeforeALowerCaseTitleIsTheRoleAndItsOrganisation() {
    Analysis analysis =
        WrittenStories.analysis("en", "\"We are ready,\" said Port Authority director Ann Ruiz.");
    assertThat(analysis.quotes().get(0).speaker().flatMap(Speaker::role))
        .contains("Port Authority director");
    assertThat(person(analysis, "Ann Ruiz").organisation()).contains("Port Authority");
  }

  @Test
  void aLowerCaseWordBeforeACapitalisedTitleJoinsIt() {
    assertThat(role("\"Go,\" said state Sen. Lia Park.")).contains("state Sen.");
  }

  @Test
  void anAppositionWithAnArticleAndWhereThePersonWorksIsTheRole() {
    Analysis analysis =
        WrittenStories.analysis(
            "en", "\"Prices will rise,\" said Mark Lee, an economist at Harbor Bank.");
    assertThat(analysis.quotes().get(0).speaker().flatMap(Speaker::role))
        .contains("economist at Harbor Bank");
    assertThat(analysis.people()).extracting(Person::name).containsExactly("Mark Lee");
  }

  @Test
  void anOwnersAppositionStaysAsWritten() {
    assertThat(role("\"No comment,\" said Paula Diaz, the authority's spokeswoman."))
        .contains("authority's spokeswoman");
  }

  @Test
  void aLocalOfficesTitleBeforeANameIsTheRole() {
    assertThat(role("\"No,\" said Councilor Pious Ali.")).contains("Councilor");
    assertThat(role("\"No,\" said Alderman Ed Burke.")).contains("Alderman");
  }

  @Test
  void anAppositionGoesOnOverAnAndBetweenTheObjectsOfOf() {
    assertThat(
            role(
                "Beth Galetti, a senior vice president of people experience and technology, said"
                    + " so. \"Yes,\" Galetti said."))
        .contains("senior vice president of people experience and technology");
    // an "and" before someone else, or before another description, ends the role
    assertThat(
            role(
                "Ann Ruiz, director of the agency and Bob Lee, its deputy, met. \"Yes,\" Ruiz"
                    + " said."))
        .isEmpty();
    assertThat(
            role("Ann Ruiz, a professor of history and a former dean, spoke. \"Yes,\" Ruiz said."))
        .isEmpty();
  }

  @Test
  void theAndOneCapitalisedWordNoNameHoldsDescribesTheSpeakerAndNamesNoOne() {
    Analysis analysis =
        WrittenStories.analysis(
            "en",
            "Manager Ange Postecoglou rued the misses. \"Football is cruel,\" the Australian"
                + " said.");
    assertThat(analysis.quotes().get(0).speaker().map(Speaker::name)).contains("the Australian");
    assertThat(analysis.people()).extracting(Person::name).containsExactly("Ange Postecoglou");
  }

  @Test
  void aNameWithAnAgeIsAPersonThoughNoListHoldsItsFirstName() {
    Analysis analysis =
        WrittenStories.analysis(
            "en", "Bukayo Saka scored. Saka, 24, said he was hurt. \"I was fine,\" he said.");
    assertThat(analysis.quotes().get(0).speaker().map(Speaker::name)).contains("Bukayo Saka");
    Analysis described =
        WrittenStories.analysis(
            "en",
            "Raila Odinga spoke. Wanjiru Kamau, a 27-year-old nurse, said prices rose. \"We are"
                + " hungry,\" she said.");
    assertThat(described.quotes().get(0).speaker().map(Speaker::name)).contains("Wanjiru Kamau");
  }

  @Test
  void aNameAloneHasNoRole() {
    assertThat(role("\"We are ready,\" said Ann Ruiz.")).isEmpty();
  }

  @Test
  void aFriendOfSomeoneIsNoRole() {
    assertThat(role("\"Wait,\" said Jo Kent, a friend of Ann Ruiz.")).isEmpty();
  }

  @Test
  void theVerbBeforeARoleStaysOutOfIt() {
    assertThat(role("The mayor met fire chief Bo Hart on Monday. \"Fine,\" Hart said."))
        .contains("fire chief");
    assertThat(role("Voters back Sen. Lia Park. \"Go,\" Park said.")).contains("Sen.");
  }

  @Test
  void anOwnerNamedBeforeTheRoleStaysOutOfIt() {
    assertThat(role("\"No,\" said Trump's lawyer Ann Ruiz.")).contains("lawyer");
  }

  @Test
  void oneNameAfterARoleNounGetsNoRoleFromIt() {
    // "the federal judge Curiel" may be a judge named by surname, or "the judge [that] Curiel …"
    Analysis analysis =
        WrittenStories.analysis(
            "en",
            "The federal judge Curiel was biased, Ann Ruiz said. \"He was,\" Curiel said later.");
    assertThat(analysis.people()).noneMatch(p -> p.role().isPresent());
  }

  @Test
  void weatherSystemsAreNoPeople() {
    Analysis analysis =
        WrittenStories.analysis(
            "en",
            "Storm Odalys would close the harbor, Ann Ruiz said. Hurricane Milton and Typhoon"
                + " Haiyan were worse, and Tropical Storm Zelda is next, she said.");
    assertThat(analysis.people()).extracting(Person::name).containsExactly("Ann Ruiz");
  }

  private static Optional<String> role(String story) {
    List<Quote> quotes = WrittenStories.quotes("en", story);
    assertThat(quotes).hasSize(1);
    return quotes.get(0).speaker().flatMap(Speaker::role);
  }

  private static Person person(Analysis analysis, String name) {
    return analysis.people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }
}
