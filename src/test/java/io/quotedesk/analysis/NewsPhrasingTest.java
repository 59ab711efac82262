package io.quotedesk.analysis;

import static io.quotedesk.analysis.RulesOnly.quotes;
import static io.quotedesk.analysis.RulesOnly.speaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrasings common in news copy around a speaker's name, one sentence per rule. */
class NewsPhrasingTest {
  @Test
  void ageAndHometownBetweenNameAndVerb() {
    String text = "Nora Vance, 41, of Camden, N.J., said the plan was \"not worth the paper.\"";
    assertThat(speaker(text, 0)).isEqualTo("Nora Vance");
  }

  @Test
  void hometownWithItsStateAndARelativeClauseBeforeTheVerb() {
    String text =
        "\"Both of them scare me,\" Ned Price, 30, of Dover, Del., who was among those polled,"
            + " said in an interview.";
    assertThat(speaker(text, 0)).isEqualTo("Ned Price");
    String initials =
        "\"Both of them scare me,\" Ned Price, 30, of Raleigh, N.C., who was among those"
            + " polled, said.";
    assertThat(speaker(initials, 0)).isEqualTo("Ned Price");
  }

  @Test
  void partyAndStateInBracketsAreNotPartOfTheName() {
    String text =
        "\"The rules came too late,\" said Rep. Lena Ortiz (D-Calif.), a member of the panel.";
    assertThat(speaker(text, 0)).isEqualTo("Lena Ortiz");
  }

  @Test
  void participleAfterAPartialQuoteIsNoSubject() {
    String text =
        "Ortiz said the bill could be \"the best of both worlds,\" giving cities more say and"
            + " states fewer rules.";
    assertThat(speaker(text, 0)).isEqualTo("Ortiz");
  }

  @Test
  void aFirstNameTheStoryAlsoWritesInLowerCaseKeepsTheSentenceWhole() {
    // "Mark" is also "the mark": the subject's sentence capital is dropped from the subject only,
    // never from the article's words, which every later quote reads.
    String text =
        "Another critic, Mark Brown, was unimpressed by the mark. \"It is a disgrace.\"\n\n"
            + "\"We will appeal,\" Ann Lee said.";
    List<Quote> quotes = quotes(text);
    assertThat(quotes)
        .extracting(Quote::text)
        .containsExactly("It is a disgrace.", "We will appeal,");
    assertThat(speaker(text, 1)).isEqualTo("Ann Lee");
  }

  @Test
  void aBareNumberIsNobody() {
    String text =
        "Critics pointed to remarks Hale made in 2006 saying he \"sort of hoped\" prices would"
            + " fall.";
    assertThat(speaker(text, 0)).isNotEqualTo("2006");
  }

  @Test
  void titleAfterACountrysPossessiveOpensTheName() {
    String text = "Spain's Prime Minister Lucia Romero hailed the deal as a \"turning point.\"";
    assertThat(speaker(text, 0)).isEqualTo("Lucia Romero");
  }

  @Test
  void roleOpeningTheSentenceBeforeAName() {
    String text =
        "The campaign had a bad week.\n\nCampaign chair Tom Hale dismissed the fuss as"
            + " \"absurd.\"";
    assertThat(speaker(text, 0)).isEqualTo("Tom Hale");
  }

  @Test
  void timePhraseBetweenSubjectAndVerb() {
    String text = "Rep. Ann Ruiz (D-Ohio) last week said the plan was \"dead on arrival.\"";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void agoPhraseBetweenSubjectAndVerb() {
    String text =
        "The port authority less than two weeks ago said the cranes were \"not at risk\" from"
            + " the storm.";
    assertThat(quotes(text).get(0).mention().map(Mention::text)).contains("The port authority");
  }

  @Test
  void genericSubjectInsideReportedWordsLeavesTheReporter() {
    String text =
        "Tom Hale spoke in Dover. Hale says if people think the roads will be fixed by \"more of"
            + " the same, they should vote for someone else.\"";
    assertThat(speaker(text, 0)).isEqualTo("Tom Hale");
    String other =
        "Ann Ruiz spoke in Dover. Ruiz notes that free speech has limits, since you cannot shout"
            + " \"fire\" in a full hall.";
    assertThat(speaker(other, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void anIndefinitePronounIsTheMentionAndNamesNoOne() {
    // "Another said", "Most say", "one wrote": who spoke is left unsaid, but the words stay
    String text =
        "Voters in Dover were split on the port.\n\nMost said the plan was \"a step back.\""
            + " Another said it was \"long overdue.\"\n\n\"Not again,\" one wrote.";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).extracting(q -> q.speaker().isPresent()).containsOnly(false);
    assertThat(quotes)
        .extracting(q -> q.mention().map(Mention::text).orElse(null))
        .containsExactly("Most", "Another", "one");
  }

  @Test
  void aDocumentThatIsTheSubjectOfTheQuotesSentenceIsItsMention() {
    String text =
        "Ann Ruiz praised the deal. \"We won,\" she said.\n\nHale's letter makes a simple case:"
            + " \"Workers deserve better.\"";
    Quote quote = quotes(text).get(1);
    assertThat(quote.speaker()).isEmpty();
    assertThat(quote.mention().map(Mention::text)).contains("Hale's letter");
  }

  @Test
  void aQuoteAfterAnUnresolvedPronounsQuoteKeepsThatPronoun() {
    // nobody "she" can be: both quotes are hers, and who she is stays unknown
    String text = "\"It just came out,\" she said. \"I did not plan it.\"";
    List<Quote> quotes = quotes(text);
    assertThat(quotes).extracting(q -> q.speaker().isPresent()).containsExactly(false, false);
    assertThat(quotes)
        .extracting(q -> q.mention().map(Mention::text).orElse(null))
        .containsExactly("she", "she");
  }

  @Test
  void twoDescriptionsJoinedByAndAreOnePerson() {
    String text =
        "The Republican front-runner and former governor said the state \"clearly\" needed more"
            + " roads.";
    assertThat(quotes(text).get(0).mention().map(Mention::text).orElse(""))
        .startsWith("The Republican front-runner and former governor");
  }

  @Test
  void relativeClauseAfterAnOpeningParticiple() {
    String text =
        "Speaking on the radio in Dover, which votes next week, Ann Ruiz referred to the plan as \"a mess"
            + " from start to finish.\"";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void titledNameAfterAPlaceAndTimeWithoutComma() {
    String text =
        "Saturday at the Vermont Democratic party convention Sen. Ann Ruiz (D-Vt.) said the plan"
            + " was a \"proven failure\" from the start.";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void calledAfterAThingJustIntroducedNamesIt() {
    String text =
        "Ann Ruiz has built her brand on the cause, writing a book called \"Women at Work\" and"
            + " touring the country.";
    assertThat(speaker(text, 0)).isNotEqualTo("a book");
    String spoken = "A spokesman for the mayor called the report \"outrageous.\"";
    assertThat(speaker(spoken, 0)).isEqualTo("A spokesman");
  }
}
