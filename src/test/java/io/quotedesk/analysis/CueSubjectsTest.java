package io.quotedesk.analysis;

import static io.quotedesk.analysis.RulesOnly.quotes;
import static io.quotedesk.analysis.RulesOnly.speaker;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whose clause a cue belongs to, when the words before it name more than one phrase. */
class CueSubjectsTest {
  @Test
  void aParticipleAfterTheRecipientOfAMessageBelongsToItsSender() {
    String letter =
        "Mayor Ann Hale wrote a letter to Attorney General Tom Reed asking the department to look"
            + " into the \"fiasco.\"";
    assertThat(speaker(letter, 0)).isEqualTo("Ann Hale");
    String email =
        "Her campaign sent an email to supporters stating, \"We are ready for the fight.\"";
    assertThat(speaker(email, 0)).isEqualTo("Her campaign");
    String reporters = "The senator spoke to reporters saying he was \"ready.\"";
    assertThat(speaker(reporters, 0)).isEqualTo("The senator");
  }

  @Test
  void footageOfAPersonSpeakingStillNamesThatPerson() {
    String footage = "The ad shows footage of Ann Hale saying she would \"fight back.\"";
    assertThat(speaker(footage, 0)).isEqualTo("Ann Hale");
  }

  @Test
  void anAdjectiveInEdAfterAnArticleBelongsToTheSubject() {
    String text =
        "The retired surgeon has given no details, saying only that he was \"refining some"
            + " practices.\"";
    assertThat(speaker(text, 0)).isEqualTo("The retired surgeon");
  }

  @Test
  void aSubjectEndsAtAnIrregularPastTense() {
    String text = "The campaign sent a text message to supporters saying: \"We won tonight.\"";
    assertThat(speaker(text, 0)).isEqualTo("The campaign");
  }

  @Test
  void aCoordinatedCueBelongsToTheSubjectOfItsOwnClause() {
    String text =
        "A group of rabbis called for a boycott, and the civic group the Harbor League strongly"
            + " denounced the remarks and said it would \"redirect\" the money.";
    assertThat(speaker(text, 0)).isEqualTo("Harbor League");
  }

  @Test
  void aSeriesOfObjectsIsNoClauseOfItsOwn() {
    String text =
        "Ann Hale thanked the staff, and the volunteers, and said it was \"a great day.\"";
    assertThat(speaker(text, 0)).isEqualTo("Ann Hale");
  }

  @Test
  void theAgentOfAPassiveParticipleSpeaks() {
    String text = "The plan, described by Tom Reed as \"reckless,\" passed on Monday.";
    assertThat(speaker(text, 0)).isEqualTo("Tom Reed");
  }

  @Test
  void aGerundAfterByIsHowNotWho() {
    String text =
        "Ann Hale, however, interjected by hitting Tom Reed for using the land to build a"
            + " \"parking lot for his casinos\" in the city.";
    assertThat(speaker(text, 0)).isEqualTo("Ann Hale");
  }

  @Test
  void aSpokesmansMentionKeepsWhomHeSpeaksFor() {
    String candidate =
        "A spokesman for presidential candidate Ann Hale called the report \"outrageous.\"";
    assertThat(quotes(candidate).get(0).mention().map(Mention::text))
        .contains("A spokesman for presidential candidate Ann Hale");
    String committee = "\"The facts have not changed,\" a spokesman for committee Democrats said.";
    assertThat(speaker(committee, 0)).isEqualTo("a spokesman for committee Democrats");
  }

  @Test
  void aClauseReportedAfterAndSaidIsTheSpeakersWords() {
    String text =
        "Ann Hale won the vote in Ames on Sunday.\n\nShe declared \"What a night!\" and said that"
            + " her campaign would continue \"to break barriers\" across the state.";
    assertThat(speaker(text, 1)).isEqualTo("Ann Hale");
  }

  @Test
  void anAuxiliaryAfterAndKeepsTheSharedSubject() {
    String text =
        "Tom Reed has made his wealth a centerpiece of his campaign and has boasted of his"
            + " willingness to spend \"whatever it takes\" to win.";
    assertThat(speaker(text, 0)).isEqualTo("Tom Reed");
  }

  @Test
  void aSpeechVerbAfterAndLaterInTheSentenceSharesItsSubject() {
    String text =
        "Tom Reed further summed up Ann Hale as \"terrible,\" denounced her record and said she"
            + " should not run.";
    assertThat(speaker(text, 0)).isEqualTo("Tom Reed");
  }

  @Test
  void aHyphenatedNounBeforeAPastTenseIsTheSubject() {
    String person = "\"I have such great respect for them,\" the Reed look-alike declared in Ames.";
    assertThat(speaker(person, 0)).isEqualTo("the Reed look-alike");
  }
}
