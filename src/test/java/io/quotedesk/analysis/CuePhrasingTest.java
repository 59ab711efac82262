package io.quotedesk.analysis;

import static io.quotedesk.analysis.RulesOnly.quotes;
import static io.quotedesk.analysis.RulesOnly.speaker;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the cue and its subject are read around a quote, one made-up sentence per rule. */
class CuePhrasingTest {
  @Test
  void anOwnersApostropheAfterAnSIsAPossessive() {
    String text = "Reyes’ campaign called the ruling a \"rush to judgment,\" because votes remain.";
    assertThat(speaker(text, 0)).isEqualTo("Reyes’ campaign");
  }

  @Test
  void aVerbAfterAnOwnersNounIsNoRoleBeforeAName() {
    String text =
        "Voters waited.\n\nMoss’s campaign shrugged off Dunn’s remarks, telling reporters, \"Nobody"
            + " asked for an endorsement.\"";
    assertThat(speaker(text, 0)).isEqualTo("Moss’s campaign");
  }

  @Test
  void aListInsideAnAppositionStillReachesTheName() {
    String text =
        "\"These are steps in the right direction,\" Carla Dunn, assistant secretary for"
            + " housing, transport, and trade, said on the call.";
    assertThat(speaker(text, 0)).isEqualTo("Carla Dunn");
  }

  @Test
  void whoseWordsFollowNamesTheSpeaker() {
    assertThat(
            speaker("The fair moved north because, in Vance’s words, \"the hills are kind.\"", 0))
        .isEqualTo("Vance");
    assertThat(speaker("It moved because, in the words of Ida Moss, \"the hills are kind.\"", 0))
        .isEqualTo("Ida Moss");
  }

  @Test
  void anAdjectiveInEdBetweenAnArticleAndANameKeepsTheName() {
    String text =
        "Ben Carver hosted the show.\n\nA bewildered Carver quipped, \"It is like a lawyer with a"
            + " bad client.\"";
    assertThat(speaker(text, 0)).isEqualTo("Ben Carver");
  }

  @Test
  void aSentenceOfANameAndAnUnlistedVerbCuesTheQuestionBefore() {
    String text =
        "In an interview with Lena Ortiz on Monday, the mayor spoke.\n\n\"Would it be"
            + " negotiable?\" Ortiz pressed. \"Maybe some could stay.\"";
    assertThat(speaker(text, 0)).isEqualTo("Lena Ortiz");
  }

  @Test
  void aFirstNameThatIsAlsoAFunctionWordOpensTheNameAfterTheVerb() {
    String text =
        "Costs rise faster than prices, Mark Kent said.\n\n\"It is an expensive model,\" said Will"
            + " Dorsey, a professor at Vale University.";
    assertThat(speaker(text, 0)).isEqualTo("Will Dorsey");
  }

  @Test
  void aBodysNameGoingOnInACapitalDescribesThePersonAfterIt() {
    String text = "\"It is significant,\" Harbor Watch director Tom Fallon said.";
    assertThat(speaker(text, 0)).isEqualTo("Tom Fallon");
  }

  @Test
  void aDashAfterAPartialQuoteSignsTheStoryNotTheQuote() {
    String text =
        "Rojas said on Monday that his party was \"still the first force in the land.\"--Kim"
            + " Hallberg.";
    assertThat(speaker(text, 0)).isNotEqualTo("Kim Hallberg");
    assertThat(speaker("\"We will win the vote.\" -- Ann Ruiz", 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void aPlaceInCapitalsAndLowerCaseBeforeAnAgencyIsADateline() {
    String text =
        "Dover (AFP) – Senator Ann Ruiz took a swipe at her rival, saying that \"loud comments\""
            + " do harm.";
    assertThat(quotes(text).get(0).mention().map(Mention::text)).contains("Senator Ann Ruiz");
  }

  @Test
  void aSpeechWordAfterAnOwnerAndAParticipleIsANoun() {
    String text =
        "The ministry has said 2,093 of Hale’s released emails were redacted, most of them rated"
            + " \"confidential,\" the lowest level.";
    assertThat(speaker(text, 0)).isEqualTo("The ministry");
  }

  @Test
  void alwaysStandsBetweenASubjectAndItsVerb() {
    String text = "The county board has always claimed itself to be an \"honest\" broker.";
    assertThat(speaker(text, 0)).isEqualTo("The county board");
  }

  @Test
  void aRelativeClauseWithoutCommasStandsBetweenTheSubjectAndItsVerb() {
    String text =
        "A city hall official who spoke anonymously to discuss strategy said Monday, \"There are"
            + " talks.\"";
    assertThat(speaker(text, 0)).isEqualTo("A city hall official");
    String own =
        "Tom Hale, the congressman who gained attention when he yelled \"You lie!\" at the"
            + " governor, spoke.";
    assertThat(quotes(own).get(0).mention().map(Mention::text)).contains("he");
  }

  @Test
  void aSeriesOfVerbsKeepsTheClausesPronoun() {
    String text =
        "When I asked Ann Ruiz about it, she looked into the camera, furrowed her brow and said,"
            + " \"Ask me again.\"";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void howeverOpensASentenceBeforeItsSubject() {
    String text =
        "Tom Hale has not endorsed anyone. However, Hale met the mayor in May and declared in an"
            + " interview that he found her \"very charming.\"";
    assertThat(speaker(text, 0)).isEqualTo("Tom Hale");
  }

  @Test
  void aDashAndANameUnderAQuoteParagraphSignIt() {
    String text =
        "The two met at the debate.\n\n\"Almost all new income goes to the top 1 percent.\"\n\n"
            + "- Ann Ruiz.\n\nThe senator relies on an outdated figure.";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
    String aside =
        "The two met at the debate.\n\n\"Almost all new income goes to the top 1 percent.\"\n\n"
            + "- Ann Ruiz disputes that figure.";
    assertThat(speaker(aside, 0)).isNotEqualTo("Ann Ruiz");
  }

  @Test
  void aLongAppositionAfterTheNameStillReachesTheVerb() {
    String text =
        "\"Very good reporter, this guy,\" Tom Hale, the party's frontrunner nationally and the"
            + " current polling leader in the state by a wide margin after winning the first"
            + " primary, said on Monday.";
    assertThat(speaker(text, 0)).isEqualTo("Tom Hale");
  }

  @Test
  void aPhraseAfterSaidThatHasAVerbOfItsOwnIsNoInvertedSubject() {
    String text =
        "Rich Hale, a top operative who played a major role in the 2008 win and is now running"
            + " early voting in the state, said the mail program is a \"critical part of our"
            + " plan.\"";
    assertThat(speaker(text, 0)).isEqualTo("Rich Hale");
  }

  @Test
  void aQuoteInsideSomeonesClaimIsTheirsThoughAParticipleFollows() {
    String text =
        "Gov. Tom Hale blamed the media for making an issue out of Ann Ruiz’s claim that the mayor"
            + " \"founded the gang,\" saying they were nitpicking.";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void aSpeechVerbInAnOpeningClauseDoesNotCueTheMainClause() {
    String text =
        "When Tom Hale announced his run in June, he referred to the migrants as \"thieves.\"";
    assertThat(quotes(text).get(0).mention().map(Mention::text)).contains("he");
    String parenthetical =
        "Ann Ruiz spoke. While some may be punished, she added, firing them would be \"harsh.\"";
    assertThat(quotes(parenthetical).get(0).cue()).contains("added");
  }
}
