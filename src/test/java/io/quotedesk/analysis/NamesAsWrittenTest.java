package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The people an English story names, under their names as written and with their roles: a
 * description before a name is the role, not part of the name; plurals opening a sentence and
 * companies are no people. On sentences written for these tests.
 */
class NamesAsWrittenTest {
  @Test
  void aCapitalisedDescriptionBeforeAFirstNameAndSurnameIsTheRole() {
    Analysis analysis =
        WrittenStories.analysis(
            "en",
            "Engineer Bob Ruiz said the bridge was safe. \"It will hold,\" Ruiz said."
                + "\n\nDemocrat Ann Hale voted no. \"Never,\" said Ann Hale.");
    assertThat(names(analysis)).containsExactly("Bob Ruiz", "Ann Hale");
    assertThat(person(analysis, "Bob Ruiz").role()).contains("Engineer");
    assertThat(person(analysis, "Bob Ruiz").organisation()).isEmpty();
    assertThat(analysis.quotes().get(1).speaker().flatMap(Speaker::role)).contains("Democrat");
  }

  @Test
  void aDescriptionGivesWayToARoleTheStoryStates() {
    Analysis analysis =
        WrittenStories.analysis(
            "en",
            "Billionaire Tom Vance spoke first. \"We will win,\" said Vance, who is the party's"
                + " frontrunner.");
    assertThat(names(analysis)).containsExactly("Tom Vance");
    assertThat(person(analysis, "Tom Vance").role()).contains("party's frontrunner");
  }

  @Test
  void aWordOfTimeBeforeANameIsNoRole() {
    Analysis analysis =
        WrittenStories.analysis(
            "en",
            "Yesterday Peter Hall said he would rebuild. \"We will start again,\" Hall said.");
    assertThat(names(analysis)).containsExactly("Peter Hall");
    assertThat(person(analysis, "Peter Hall").role()).isEmpty();
  }

  @Test
  void anAdjectiveBeforeANameIsNoRole() {
    // "Embattled", "Outspoken", "Longtime", "Local" say how the person is, not what they are; the
    // name is still written without them
    for (String adjective : List.of("Embattled", "Outspoken", "Longtime", "Local", "Famous")) {
      Analysis analysis =
          WrittenStories.analysis(
              "en",
              adjective + " Ann Hale said the plan was \"a mistake.\" Later, Hale added: \"No.\"");
      assertThat(names(analysis)).as(adjective).containsExactly("Ann Hale");
      assertThat(person(analysis, "Ann Hale").role()).as(adjective).isEmpty();
    }
  }

  @Test
  void aTitleCaseHeadlineGivesNoDescription() {
    // "Pence Endorses" is the headline's subject and verb, not what Paul Ryan is
    Analysis analysis =
        WrittenStories.analysis(
            "en",
            "Pence Endorses Paul Ryan\n\nIndiana Gov. Mike Pence backed the speaker on Tuesday."
                + "\n\n\"We are with him,\" Ryan told reporters.");
    assertThat(names(analysis)).contains("Paul Ryan");
    assertThat(person(analysis, "Paul Ryan").role()).isEmpty();
  }

  @Test
  void namesWhoseFirstWordNoListHoldsStayWhole() {
    Analysis analysis =
        WrittenStories.analysis(
            "en",
            "Mary Ann Smith met Hillary Rodham Clinton. \"Fine,\" said Mary Ann Smith. \"Good,\""
                + " Clinton said.");
    assertThat(names(analysis)).containsExactly("Mary Ann Smith", "Hillary Rodham Clinton");
  }

  @Test
  void aDescriptionTheStoryNeverDropsStaysInTheName() {
    // "Carolina" is in the lists of first names: a place is split only if the rest is used alone
    Analysis analysis =
        WrittenStories.analysis(
            "en", "\"We are ready,\" said Ann Lee of the South Carolina Republicans.");
    assertThat(analysis.people())
        .extracting(Person::name)
        .noneMatch(name -> name.startsWith("Carolina"));
  }

  @Test
  void aPluralOfACommonNounOpeningASentenceNamesNoOne() {
    // "audience" in lower case elsewhere: "Audiences" only opens the sentence with a capital
    List<Quote> quotes =
        WrittenStories.quotes(
            "en",
            "Tom Banks spoke at the show on Monday.\n\nAudiences can expect him to be \"a little"
                + " more reckless than usual.\" One audience member agreed.");
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).speaker().map(Speaker::name)).isNotEqualTo(Optional.of("Audiences"));
    assertThat(quotes.get(0).mention().map(Mention::text)).isNotEqualTo(Optional.of("Audiences"));
  }

  @Test
  void aPluralWrittenAfterAFirstNameStaysASurname() {
    Analysis analysis =
        WrittenStories.analysis(
            "en", "Ann Waters met the mayor.\n\nWaters said the water was \"clean enough.\"");
    assertThat(analysis.quotes().get(0).speaker().map(Speaker::name)).contains("Ann Waters");
  }

  @Test
  void aSurnameEndingLikeAParticipleFindsItsFullName() {
    String named = "Barry Fleming voted no. ";
    for (String story :
        List.of(
            named + "\"It is unfair,\" Fleming told reporters.",
            named + "\"It is unfair,\" said Fleming.",
            named + "Fleming said: \"It is unfair.\"")) {
      assertThat(WrittenStories.analysis("en", story).quotes().get(0).speaker().map(Speaker::name))
          .as(story)
          .contains("Barry Fleming");
    }
    assertThat(
            WrittenStories.analysis("en", "Jo Kent voted. \"Fine,\" Connolly said.")
                .quotes()
                .get(0)
                .speaker()
                .map(Speaker::name))
        .isNotEqualTo(Optional.of("Jo Kent"));
  }

  @Test
  void aParticipleOpeningASentenceIsStillNoName() {
    Analysis analysis =
        WrittenStories.analysis(
            "en", "Barry Fleming voted no. Speaking to reporters, Fleming said: \"Unfair.\"");
    assertThat(names(analysis)).containsExactly("Barry Fleming");
  }

  @Test
  void aVerbOpeningTheSentenceStaysOutOfTheRoleAfterIt() {
    assertThat(
            role("Count former Mexican President Luis Vega among critics. \"Never,\" Vega said."))
        .contains("former Mexican President");
    // a name opening the sentence before the role's field belongs to it
    assertThat(role("Vega campaign spokesman Ann Ruiz spoke. \"No,\" Ruiz said."))
        .contains("Vega campaign spokesman");
  }

  @Test
  void aDefiniteDescriptionBeforeANameIsItsRole() {
    assertThat(role("\"Yes,\" said the Democratic frontrunner, Ann Hale."))
        .contains("Democratic frontrunner");
  }

  @Test
  void aCompanysNameEndsBeforeTheClauseAfterIt() {
    Analysis analysis =
        WrittenStories.analysis(
            "en",
            "The phone was made by Apple Inc. Apple declined to comment. \"We make phones,\""
                + " said Tim Cook.");
    assertThat(names(analysis)).containsExactly("Tim Cook");
  }

  private static List<String> names(Analysis analysis) {
    return analysis.people().stream().map(Person::name).toList();
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
