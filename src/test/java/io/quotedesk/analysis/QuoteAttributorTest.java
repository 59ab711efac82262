package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.ingest.PlainTextReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One sentence per layout and resolution rule, written for these tests. */
class QuoteAttributorTest {
  // The rules' own choice: no speaker withheld for want of confidence (AnalyzerTest covers that).
  private final Analyzer analyzer = new Analyzer(3, 0.0);

  private List<Quote> quotes(String text) {
    return analyzer.analyze(new PlainTextReader().read("Headline\n\n" + text)).quotes();
  }

  private String speaker(String text, int index) {
    return quotes(text).get(index).speaker().map(Speaker::name).orElse(null);
  }

  private Optional<String> role(String text, int index) {
    return quotes(text).get(index).speaker().flatMap(Speaker::role);
  }

  @Test
  void quoteThenNameThenVerb() {
    assertThat(speaker("\"We will rebuild,\" Maria Lopez said on Monday.", 0))
        .isEqualTo("Maria Lopez");
  }

  @Test
  void quoteThenVerbThenName() {
    assertThat(speaker("\"We will rebuild,\" said Maria Lopez.", 0)).isEqualTo("Maria Lopez");
  }

  @Test
  void nameVerbColonQuote() {
    assertThat(speaker("Maria Lopez said: \"We will rebuild.\"", 0)).isEqualTo("Maria Lopez");
  }

  @Test
  void nameVerbThatPartialQuote() {
    assertThat(speaker("Maria Lopez said that the plan was \"a disaster for everyone.\"", 0))
        .isEqualTo("Maria Lopez");
  }

  @Test
  void accordingTo() {
    assertThat(speaker("According to Maria Lopez, \"the money is gone.\"", 0))
        .isEqualTo("Maria Lopez");
  }

  @Test
  void appositionBetweenNameAndVerbGivesTheRole() {
    String text = "\"We will rebuild,\" Maria Lopez, the city's mayor, said.";
    assertThat(speaker(text, 0)).isEqualTo("Maria Lopez");
    assertThat(role(text, 0)).contains("city's mayor");
  }

  @Test
  void titleBeforeTheNameIsTheRole() {
    String text = "Finance Minister Maria Lopez said: \"The budget is balanced.\"";
    assertThat(speaker(text, 0)).isEqualTo("Maria Lopez");
    assertThat(role(text, 0)).contains("Finance Minister");
  }

  @Test
  void surnameLinksToTheFullName() {
    String text = "Maria Lopez spoke first.\n\n\"It is over,\" Lopez told reporters.";
    assertThat(speaker(text, 0)).isEqualTo("Maria Lopez");
  }

  @Test
  void pronounGoesOnWithTheLastSpeaker() {
    String text =
        "\"We will rebuild,\" Maria Lopez said.\n\n\"And we will do it soon,\" she added.";
    Quote second = quotes(text).get(1);
    assertThat(second.speaker().map(Speaker::name)).contains("Maria Lopez");
    assertThat(second.mention().map(Mention::text)).contains("she");
  }

  @Test
  void descriptionLinksThroughTheRoleWrittenBesideAName() {
    String text =
        "Finance Minister Maria Lopez spoke on Monday.\n\n\"Cuts are coming,\" the minister said.";
    Quote quote = quotes(text).get(0);
    assertThat(quote.speaker().map(Speaker::name)).contains("Maria Lopez");
    assertThat(quote.mention().map(Mention::text)).contains("the minister");
  }

  @Test
  void floatingQuoteContinuesTheLastSpeaker() {
    String text = "\"We will rebuild,\" Maria Lopez said. \"It will take years.\"";
    assertThat(speaker(text, 1)).isEqualTo("Maria Lopez");
  }

  @Test
  void floatingQuoteStopsWhenSomeoneElseTakesTheFloor() {
    String text =
        "\"We will rebuild,\" Maria Lopez said.\n\nJohn Carter disagreed with the plan.\n\n\"It will take years.\"";
    assertThat(speaker(text, 1)).isNull();
  }

  @Test
  void partialQuoteWithoutSpeechVerbBelongsToTheSubject() {
    String text =
        "Senator Ann Ruiz did not hold back, calling Carter's plan \"reckless\" and \"cruel.\"";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
    assertThat(speaker(text, 1)).isEqualTo("Ann Ruiz");
  }

  @Test
  void aPartialQuoteAfterAHeadingColonTakesTheSubjectOfItsOwnClause() {
    String text =
        "The session opened late.\n\nVeto Power Blocks Peace Talks: stopping \"the scourge of war\""
            + " is one of the oldest goals.";
    Quote quote = quotes(text).get(0);
    assertThat(quote.speaker()).isEmpty();
    assertThat(quote.mention()).isEmpty();
  }

  @Test
  void aWholeQuoteMissingItsCommaStillTakesTheCueAfterIt() {
    String text =
        "The tool was called Watch.\n\n\u201CIt helps nurses see alarms\u201D says Ann Ruiz, head"
            + " of products.";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void negatedAuxiliariesAreNotPartOfTheSubject() {
    String text =
        "The vote was close. The analysts somehow cannot explain \"the reset\" to anyone. The"
            + " critics didn\u2019t explain \"the pivot\" at all.";
    assertThat(speaker(text, 0)).isEqualTo("The analysts");
    assertThat(speaker(text, 1)).isEqualTo("The critics");
  }

  @Test
  void aCompanySuffixInTheAppositionDoesNotEndIt() {
    String text =
        "Steve Menet, Senior Vice President of Sales for Acme, Inc., says: \"Alarms matter.\"";
    assertThat(speaker(text, 0)).isEqualTo("Steve Menet");
  }

  @Test
  void aHopefulIsSomeoneButAPresidentialCallIsAThing() {
    assertThat(speaker("\"We will win,\" the presidential hopeful said.", 0))
        .isEqualTo("the presidential hopeful");
    String text =
        "Tom Hale lied about the \"whistleblower,\" read into the record a rewriting of the"
            + " presidential call transcript and left.";
    assertThat(speaker(text, 0)).isEqualTo("Tom Hale");
  }

  @Test
  void aGroupOfPeopleIsTheSpeakerNotTheGroupWord() {
    assertThat(speaker("A group of senators said the plan was \"dead on arrival.\"", 0))
        .isEqualTo("A group of senators");
    assertThat(speaker("Dozens of protesters chanted \"no more wars.\"", 0))
        .isEqualTo("Dozens of protesters");
    assertThat(speaker("A whole lot of people pointed out the flaw, calling it \"a mess.\"", 0))
        .isEqualTo("A whole lot of people");
  }

  @Test
  void aTitleNoOneHoldsGoesToTheSpeakerJustQuoted() {
    String text =
        "\"We stand together,\" Anna Berg said on Monday.\n\n"
            + "\"We will not waver,\" the Secretary-General said.\n\n"
            + "The plan was signed, she added, \"without delay.\"";
    assertThat(speaker(text, 1)).isEqualTo("Anna Berg");
    assertThat(role(text, 1)).contains("Secretary-General");
    assertThat(speaker(text, 2)).isEqualTo("Anna Berg");
    // Someone in the text already holds the title: theirs, not the last speaker's.
    String held =
        "Secretary-General Omar Diaz arrived late.\n\n"
            + "\"We stand together,\" Anna Berg said.\n\n"
            + "\"We will not waver,\" the Secretary-General said.";
    assertThat(speaker(held, 1)).isEqualTo("Omar Diaz");
  }

  @Test
  void anAcronymSpeakerIsNotTheWordItSpells() {
    assertThat(speaker("The plague spread. Untreated, it is \"always fatal\", says WHO.", 0))
        .isEqualTo("WHO");
  }

  @Test
  void openingAdverbialsAndDatelinesAreNotTheSubject() {
    assertThat(speaker("Earlier this year, Acme Media called the cuts \"immaterial.\"", 0))
        .isEqualTo("Acme Media");
    String dateline =
        "LONDON (AP) \u2014 The party renamed its account \u201CfactcheckUK\u201D on Tuesday.";
    assertThat(quotes(dateline).get(0).mention().map(Mention::text))
        .isNotEqualTo(Optional.of("LONDON"));
  }

  @Test
  void aPronounWithItsAuxiliaryAttachedIsStillThePronoun() {
    String text =
        "Tom Hale was arrested in April for a call in which he\u2019d put a \"bullet in her"
            + " skull.\"";
    Quote quote = quotes(text).get(0);
    assertThat(quote.mention().map(Mention::text)).contains("he\u2019d");
    assertThat(quote.speaker().map(Speaker::name)).contains("Tom Hale");
  }

  @Test
  void keptSayingAndBeganChantingHaveTheSubjectBeforeThem() {
    assertThat(speaker("Tom Hale kept saying \"we will win.\"", 0)).isEqualTo("Tom Hale");
    assertThat(speaker("The crowd got angry and began chanting \"lock him up.\"", 0))
        .isEqualTo("The crowd");
  }

  @Test
  void theSubjectFollowsAnOpeningClauseAndEven() {
    String text =
        "Tom Hale spoke. Once the guards left, even the hostile crowd got tired and began yelling"
            + " \"Mercy!\"";
    assertThat(speaker(text, 0)).isEqualTo("the hostile crowd");
  }

  @Test
  void aCompoundLikeDayByDayIsNotPartOfAName() {
    assertThat(speaker("Adam Schiff spoke. Day-by-day Schiff said, \"We go on.\"", 0))
        .isEqualTo("Adam Schiff");
  }

  @Test
  void rolesFromTheArtsAndSportComeBeforeTheName() {
    String text = "Singer-guitarist Tom Hale said: \"We play every night.\"";
    assertThat(speaker(text, 0)).isEqualTo("Tom Hale");
    assertThat(role(text, 0)).contains("Singer-guitarist");
  }

  @Test
  void aCommandOpeningASentenceIsNoName() {
    Quote quote = quotes("The sale ends soon. Use the code \"SAVE20\" at checkout.").get(0);
    assertThat(quote.speaker()).isEmpty();
  }

  @Test
  void twoSpeakersInOneSentence() {
    String text =
        "Ann Ruiz said the plan had been \"badly rushed,\" while John Carter spoke of \"a fair deal.\"";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
    assertThat(speaker(text, 1)).isEqualTo("John Carter");
  }

  @Test
  void signOffWithADash() {
    assertThat(speaker("\"Vote early.\" \u2014 Ann Ruiz", 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void quoteWithNoSpeakerInTheTextHasNone() {
    assertThat(
            quotes("Ann Ruiz left.\n\nThe window had \"Closed for good\" painted on it.")
                .get(0)
                .speaker())
        .isEmpty();
  }

  @Test
  void firstPersonInsideAQuoteIsNeverTheSpeaker() {
    Quote quote = quotes("\"I said no and we meant it,\" Ann Ruiz said.").get(0);
    assertThat(quote.speaker().map(Speaker::name)).contains("Ann Ruiz");
  }

  @Test
  void headlineQuoteTakesTheSurnameCue() {
    String text = "'We will not back down', Ruiz says\n\nSenator Ann Ruiz spoke on Monday.";
    Quote quote = analyzer.analyze(new PlainTextReader().read(text)).quotes().get(0);
    assertThat(quote.headline()).isTrue();
    assertThat(quote.speaker().map(Speaker::name)).contains("Ann Ruiz");
  }

  @Test
  void questionMarkQuoteWithCueAfterItsFullStop() {
    assertThat(speaker("\"Who knew?\" Ann Ruiz asked. \"Nobody did.\"", 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void peopleListsNamedPeopleWithRolesAndWhoWasQuoted() {
    Analysis analysis =
        analyzer.analyze(
            new PlainTextReader()
                .read(
                    "Headline\n\n\"Cuts are coming,\" Finance Minister Maria Lopez said. John Carter listened."));
    assertThat(analysis.people())
        .extracting(Person::name, Person::quoted)
        .contains(org.assertj.core.groups.Tuple.tuple("Maria Lopez", true));
  }

  @Test
  void aTitleCaseHeadlineNamesOnlyThePeopleInIt() {
    Analysis analysis =
        analyzer.analyze(
            new PlainTextReader()
                .read(
                    "Hillary Clinton Goes After Trump On Taxes\n\nHillary Clinton spoke on Monday."
                        + " She said the plan goes after the middle class and the taxes are"
                        + " too high.\n\nKing of Monitors: Deals You\u2019ve Never Seen\n\nThe"
                        + " monitors went on sale."));
    assertThat(analysis.people()).extracting(Person::name).containsExactly("Hillary Clinton");
  }

  @Test
  void firstNamesInLyAreNamesAtTheStartOfASentence() {
    assertThat(speaker("Emily Feng said the deal was \"done.\"", 0)).isEqualTo("Emily Feng");
  }

  @Test
  void aBodysNameMayHoldAndOrOf() {
    String text =
        "According to a complaint filed by the Securities and Exchange Commission, the two ran a"
            + " \"massive fraudulent scheme.\"";
    assertThat(speaker(text, 0)).isEqualTo("Securities and Exchange Commission");
  }

  @Test
  void twoBodiesJoinedByAndStayTwo() {
    Analysis analysis =
        analyzer.analyze(
            new PlainTextReader()
                .read(
                    "Headline\n\nThe House Oversight and Government Reform Committee met on"
                        + " Monday. The House Benghazi Committee met on Tuesday. \"We wait,\" said"
                        + " the United Nations and European Union."));
    assertThat(analysis.people())
        .extracting(Person::name)
        .contains("House Oversight and Government Reform Committee", "House Benghazi Committee")
        .doesNotContain("United Nations and European Union");
  }

  @Test
  void uncuedQuoteAfterReportedSpeechIsThatSpeakers() {
    String text = "The vote may wait until spring, Ann Ruiz said. \"The other factor is money.\"";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void sentenceOpeningWithTheVerb() {
    assertThat(speaker("Said Ann Ruiz: \"Nobody asked us.\"", 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void parenthesisAndAppositionBetweenNameAndVerb() {
    String text = "\"We will see,\" Rep. Ann Ruiz (D-Ohio), a member of the panel, said.";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void chainOfAppositionsLeadsBackToTheName() {
    String text =
        "John Carter, president of the union, which represents teachers, said that \"schools"
            + " come first.\"";
    assertThat(speaker(text, 0)).isEqualTo("John Carter");
  }

  @Test
  void coordinatedVerbsShareTheSubject() {
    String text = "Senator Ann Ruiz outlined her plan and vowed to punish \"those who cheat.\"";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void writerSpeakingInTheFirstPersonIsTheByline() {
    String text = "Headline\n\nBy Jane Doe\n\nI laughed and said, \"Not today.\"";
    Quote quote = analyzer.analyze(new PlainTextReader().read(text)).quotes().get(0);
    assertThat(quote.mention().map(Mention::text)).contains("I");
    assertThat(quote.speaker().map(Speaker::name)).contains("Jane Doe");
  }

  @Test
  void participleNamesTheOneJustBeforeIt() {
    String text = "The ad shows footage of Ann Ruiz asking, \"Why not?\"";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void describedSourceKeepsTheBodyItSpeaksFor() {
    Quote quote =
        quotes("Officials at the Border Agency said smugglers \"adapt quickly to every rule.\"")
            .get(0);
    assertThat(quote.speaker().map(Speaker::name)).contains("Officials at the Border Agency");
  }

  @Test
  void surnameEndingInSIsStillAName() {
    String text = "Senator Bernie Sanders spoke.\n\n\"We will fight on,\" Sanders said.";
    assertThat(speaker(text, 0)).isEqualTo("Bernie Sanders");
  }

  @Test
  void progressiveVerbIsActiveNotPassive() {
    assertThat(speaker("Ann Ruiz is calling the plan \"a disaster.\"", 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void speechWordAfterACompoundIsANoun() {
    String text = "Ann Ruiz says Tom Hale's late-night tweets were \"unhinged.\"";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void speechWordAfterAnAdjectiveIsANoun() {
    String text = "Ann Ruiz cited Tom Hale's disrespectful comments as \"beneath the office.\"";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void nameAfterAnArticleNamesAThing() {
    String text = "Ann Ruiz is describing as \"unhinged\" a Tom Hale tweet about the budget.";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void aClauseOfItsOwnAfterTheQuoteIsNotTheCue() {
    String text =
        "The ad ends with footage of Tom Hale saying, \"That makes me smart,\" when Ann Ruiz"
            + " blasted him.";
    assertThat(speaker(text, 0)).isEqualTo("Tom Hale");
  }

  @Test
  void quoteCompletingSomeonesClaimIsTheirs() {
    String text =
        "The fact-checkers examined Tom Hale's claim that there were \"thousands of shootings\""
            + " this year.";
    assertThat(speaker(text, 0)).isEqualTo("Tom Hale");
  }

  @Test
  void subjectNamedAfterAPossessive() {
    String text =
        "Ann Ruiz's campaign manager Tom Hale spoke on Monday, arguing that the rival \"lashed"
            + " out at generals.\"";
    assertThat(speaker(text, 0)).isEqualTo("Tom Hale");
  }

  @Test
  void describedSubjectOfAParticiple() {
    String text =
        "In August, several environmental groups granted an extension, saying the firm's"
            + " \"capital was short.\"";
    assertThat(speaker(text, 0)).isEqualTo("several environmental groups");
  }

  @Test
  void aQuoteWovenIntoASentenceIsItsDescribedSourcesWhenTheHeadNamesOne() {
    assertThat(speaker("Several council members accused the mayor of \"gross negligence.\"", 0))
        .isEqualTo("Several council members");
    assertThat(speaker("The audit report faults the mayor for \"reckless spending on roads.\"", 0))
        .isEqualTo("The audit report");
    // no verb right after the words: they run on past it, and name no one
    assertThat(quotes("Several aides found the senator \"very rattled\" after the vote.").get(0))
        .satisfies(q -> assertThat(q.speaker()).isEmpty());
  }

  @Test
  void describedThingIsNoSpeaker() {
    assertThat(quotes("The window had \"closed for good\" painted on it.").get(0).speaker())
        .isEmpty();
  }

  @Test
  void appositionNamesADescribedSubject() {
    String text =
        "Another critic, Laurence Tribe, likened the rules to \"burning the Constitution.\"";
    assertThat(speaker(text, 0)).isEqualTo("Laurence Tribe");
  }

  @Test
  void unresolvedItStaysAMentionWithoutASpeaker() {
    Quote quote =
        quotes("The campaign is denouncing what it calls \"the biggest attack in history.\"")
            .get(0);
    assertThat(quote.mention().map(Mention::text)).contains("it");
    assertThat(quote.speaker()).isEmpty();
  }

  @Test
  void participleAfterATimeGoesToTheSentenceSubject() {
    String text =
        "Tom Hale sent a series of tweets early Friday saying that his rival was \"a disgrace.\"";
    assertThat(speaker(text, 0)).isEqualTo("Tom Hale");
  }

  @Test
  void theObjectOfADescriptionIsNotTheSpeaker() {
    String text = "It was a comment that egregiously described all young voters as \"lazy.\"";
    assertThat(quotes(text).get(0).speaker()).isEmpty();
  }

  @Test
  void colonEndsTheClauseOfTheSpeaker() {
    String text =
        "Headline\n\nBy Jane Doe\n\nShe got upset, so I changed my answer: \"Of course.\"";
    Quote quote = analyzer.analyze(new PlainTextReader().read(text)).quotes().get(0);
    assertThat(quote.mention().map(Mention::text)).contains("I");
    assertThat(quote.speaker().map(Speaker::name)).contains("Jane Doe");
  }

  @Test
  void longAppositionBetweenNameAndVerb() {
    String text =
        "\"We need more,\" Ann Ruiz, the executive director at the Center of Media Justice and"
            + " who also appeared in the film, told reporters.";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void goingOnIsACue() {
    Quote quote = quotes("Ann Ruiz spoke at noon. \"We will not stop,\" she went on.").get(0);
    assertThat(quote.mention().map(Mention::text)).contains("she");
    assertThat(quote.speaker().map(Speaker::name)).contains("Ann Ruiz");
  }

  @Test
  void descriptionWithAQualifierStillFindsItsPerson() {
    String text =
        "Senator Tom Hale of Ohio spoke. \"We need a raise,\" the senator from Ohio said.";
    assertThat(speaker(text, 0)).isEqualTo("Tom Hale");
  }

  @Test
  void anAbbreviatedTitleIsTheDescriptionWrittenOut() {
    assertThat(speaker("Gov. Ann Hale spoke. \"It is right,\" the governor said.", 0))
        .isEqualTo("Ann Hale");
  }

  @Test
  void aPlaceBeforeATitleSaysWhichHolderAndNeverAnother() {
    assertThat(
            speaker("Sen. Tom Hale voted for it. \"It is the end,\" the Kentucky senator said.", 0))
        .isEqualTo("Tom Hale");
    assertThat(
            quotes("Ohio Gov. Tom Hale spoke. \"It is right,\" the New Jersey governor said.")
                .get(0)
                .speaker()
                .map(Speaker::name))
        .isNotEqualTo(Optional.of("Tom Hale"));
  }

  @Test
  void accordingToADocumentNamesItsSource() {
    String text = "According to a statement from Ann Ruiz's office, the bill is \"a disgrace.\"";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz's office");
  }

  @Test
  void nameInAppositionAfterARole() {
    String text = "Ann Ruiz's spokesman, Tom Hale, said the bill was \"a disgrace.\"";
    assertThat(speaker(text, 0)).isEqualTo("Tom Hale");
  }

  @Test
  void theyAreTheGroupThatWasTheSubjectBefore() {
    Quote quote = quotes("The union called a strike. \"We have no choice,\" they said.").get(0);
    assertThat(quote.mention().map(Mention::text)).contains("they");
    assertThat(quote.speaker().map(Speaker::name)).contains("The union");
  }

  @Test
  void theyStayUnknownAfterAPerson() {
    Quote quote = quotes("Ann Ruiz called a strike. \"We have no choice,\" they said.").get(0);
    assertThat(quote.speaker()).isEmpty();
  }

  @Test
  void descriptionMatchesTheHeadOfARoleWithOf() {
    String text =
        "Ann Ruiz, the governor of Ohio, spoke on Monday. \"It is right,\" the governor said.";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void nameInAppositionAfterATitle() {
    assertThat(speaker("The Prime Minister, Tom Hale, said: \"We will act.\"", 0))
        .isEqualTo("Tom Hale");
  }

  @Test
  void describedSourceKeepsWhomItActsFor() {
    assertThat(speaker("The lawyer for Tom Hale said the charges were \"baseless.\"", 0))
        .isEqualTo("The lawyer for Tom Hale");
  }

  @Test
  void ownerAndNounMakeASubject() {
    String text =
        "Ann Ruiz's campaign released a statement on Monday, saying the plan was \"a disaster.\"";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz's campaign");
  }

  @Test
  void theyAreTheGroupThatIsTheSubjectOfTheSameSentence() {
    String text = "Ann Ruiz's campaign is contrasting her plan with what they call \"chaos.\"";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz's campaign");
  }

  @Test
  void pronounPrefersThePersonEarlierInItsSentence() {
    String text =
        "\"We will act,\" said Jim Cole. Senator Tom Hale condemned what he called \"a brazen"
            + " breach\" of the rules.";
    assertThat(speaker(text, 1)).isEqualTo("Tom Hale");
  }

  @Test
  void titleWithOfBeforeAName() {
    String text = "\"We will act,\" Secretary of Homeland Security Jeh Johnson said.";
    assertThat(speaker(text, 0)).isEqualTo("Jeh Johnson");
    assertThat(role(text, 0)).contains("Secretary of Homeland Security");
  }

  @Test
  void noSubjectAfterTheVerbInsideAClause() {
    String text =
        "Tom Hale, who in 2010 said the party's most important goal was to make her \"a one-term"
            + " mayor,\" spoke on Monday.";
    assertThat(speaker(text, 0)).isNotEqualTo("the party's most important goal");
  }

  @Test
  void itGoesOnWithTheSourceQuotedJustBefore() {
    String text = "\"The plan failed,\" the report said. \"It cost millions,\" it added.";
    assertThat(speaker(text, 1)).isEqualTo("the report");
  }

  @Test
  void singularNounEndingInSIsNotAVerb() {
    String text = "The bias shows when the site rated this statement:\n\n\"We lost.\"";
    assertThat(speaker(text, 0)).isNotEqualTo("The bias shows");
  }

  @Test
  void nameBeforeANounOnlyDescribesIt() {
    String text =
        "A document on the Ruiz campaign's website states that leave is \"recognized by law.\"";
    assertThat(speaker(text, 0)).isEqualTo("A document");
  }

  @Test
  void theOneBlamedForSayingItSaidIt() {
    assertThat(speaker("Tom Hale criticized Ann Ruiz for saying the plan was \"dead.\"", 0))
        .isEqualTo("Ann Ruiz");
  }

  @Test
  void forSayingWithNoOneBlamedGoesToTheClauseSubject() {
    String text =
        "\"Facts matter,\" said Ann Ruiz. The hearing went badly for Tom Hale, where he was"
            + " questioned on his show and for saying that tea was a \"miracle drink.\"";
    assertThat(speaker(text, 1)).isEqualTo("Tom Hale");
  }

  @Test
  void anOwnerInTheSentenceComesBeforeTheLastSpeakerForAPronoun() {
    String text =
        "\"Facts matter,\" said Tom Hale. John Ruiz's advice earned him a hearing, where he said"
            + " that coffee was a \"miracle cure.\"";
    Quote quote = quotes(text).get(1);
    assertThat(quote.mention().map(Mention::text)).contains("he");
    assertThat(quote.speaker().map(Speaker::name)).contains("John Ruiz");
  }

  @Test
  void accusedOfSayingByPronoun() {
    String text = "Ann Ruiz spoke. Tom Hale accused her of saying the plan was \"a fraud.\"";
    Quote quote = quotes(text).get(0);
    assertThat(quote.mention().map(Mention::text)).contains("her");
    assertThat(quote.speaker().map(Speaker::name)).contains("Ann Ruiz");
  }

  @Test
  void pronounGoesToTheSubjectNamedSinceTheLastQuote() {
    String text =
        "\"They must pay,\" said Senator Jordan Lake.\n\nIn a statement, Mayor Ann Ruiz was more"
            + " careful. Though she called the fraud \"outrageous\" and called for pay to be"
            + " \"clawed back,\" Ruiz said little more.";
    assertThat(speaker(text, 1)).isEqualTo("Ann Ruiz");
    assertThat(speaker(text, 2)).isEqualTo("Ann Ruiz");
  }

  @Test
  void twoDescriptionsOfOnePersonJoinedByAnd() {
    String text = "The former first lady and U.S. senator said it was \"a mistake\" to use it.";
    assertThat(speaker(text, 0)).isEqualTo("The former first lady and U.S. senator");
  }

  @Test
  void listItemOpeningWithItsVerbNamesNoOne() {
    String text = "Ann Ruiz has a record.\n\nPreys on our fears, and calls people \"losers.\"";
    assertThat(quotes(text).get(0).speaker()).isEmpty();
  }

  @Test
  void knownNameInSBeforeAPrepositionStillSpeaks() {
    String text = "Senator Bernie Sanders spoke.\n\nSanders on Monday called the plan \"a fraud.\"";
    assertThat(speaker(text, 0)).isEqualTo("Bernie Sanders");
  }

  @Test
  void nameInAppositionAfterAnInvertedDescription() {
    assertThat(speaker("\"We will act,\" said the prime minister, Tom Hale.", 0))
        .isEqualTo("Tom Hale");
  }

  @Test
  void someonesAnswerBeforeAColon() {
    assertThat(speaker("Tom Hale was asked twice. Hale's response: \"Never.\"", 0))
        .isEqualTo("Tom Hale");
  }

  @Test
  void headlineNamesItsSpeakerBeforeAColon() {
    String text = "Ruiz: 'We will not back down'\n\nMayor Ann Ruiz said the city \"will not pay.\"";
    Quote headline = analyzer.analyze(new PlainTextReader().read(text)).quotes().get(0);
    assertThat(headline.headline()).isTrue();
    assertThat(headline.speaker().map(Speaker::name)).contains("Ann Ruiz");
  }

  @Test
  void headlineLabelBeforeAColonIsNoSpeaker() {
    String text = "Exclusive: 'We will not back down'\n\nMayor Ann Ruiz said it \"will not pay.\"";
    Quote headline = analyzer.analyze(new PlainTextReader().read(text)).quotes().get(0);
    assertThat(headline.speaker()).isEmpty();
  }

  @Test
  void verbsInARelativeAsideAreNotTheCue() {
    Quote quote =
        quotes(
                "\"We will not pay,\" Ruiz, who spoke on condition of anonymity because she was"
                    + " not authorized to speak, said.")
            .get(0);
    assertThat(quote.mention().map(Mention::text)).contains("Ruiz");
    assertThat(quote.cue()).contains("said");
  }

  @Test
  void aVerbInEdTheListsLackStillCuesANamedSpeaker() {
    String text =
        "Tom Hale and Ann Ruiz met on Monday.\n\n"
            + "\"Go back home,\" Hale barked and a guard walked him out.\n\n"
            + "Ruiz, in an interview, blurted out, \"Oh, no,\" and left.";
    assertThat(speaker(text, 0)).isEqualTo("Tom Hale");
    assertThat(speaker(text, 1)).isEqualTo("Ann Ruiz");
  }

  @Test
  void aQuoteGivenAsANameIsNotCuedByTheVerbAfterIt() {
    String text =
        "Ann Ruiz came.\n\nAt an event billed as \"Hard Work Pays,\" Ruiz unveiled a plan.";
    assertThat(speaker(text, 0)).isNull();
  }

  @Test
  void aQuestionTakesTheCueInTheNextSentenceWhenACommaEndsIt() {
    String text =
        "Ann Ruiz and Tom Hale spoke.\n\n"
            + "\"Why now?\" Ms. Ruiz said, echoing many voters in the crowded town hall that night.";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void aQuestionTakesALongerCueWhenTheVerbReportsNothingOfItsOwn() {
    String text =
        "Tom Hale spoke first.\n\n"
            + "\"Who pays for it?\" Ann Ruiz, a retired nurse from the valley, said pleasantly"
            + " into the phone.\n\n"
            + "\"Is it fair?\" Ruiz asked reporters rhetorically during a news conference.";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
    assertThat(speaker(text, 1)).isEqualTo("Ann Ruiz");
  }

  @Test
  void aQuestionKeepsNoCueFromASentenceOfItsOwn() {
    String text =
        "\"We will win,\" Tom Hale said.\n\n"
            + "\"Is it fair?\" Students would continue to take the tests in their schools.";
    assertThat(speaker(text, 1)).isNotEqualTo("Students");
  }

  @Test
  void accordingToAfterTheCueNamesWhoPassedTheWordsOn() {
    String text =
        "Judge Tom Hale heard the case.\n\n"
            + "\"When does it stop?\" the judge said, according to the Valley Gazette.";
    assertThat(speaker(text, 0)).isEqualTo("Valley Gazette");
  }

  @Test
  void accordingToInTheNextSentenceLeavesTheCueAlone() {
    String text =
        "He was a \"respected manager,\" Ann Ruiz said in a statement. Tom Hale, who came from"
            + " the coast, was returning to see his father, according to the Valley Gazette.";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void anAdverbOpeningTheSentenceIsNoSubject() {
    String text =
        "\"We will win,\" Tom Hale said.\n\n"
            + "First, Ann Ruiz attacked the plan as a \"failed idea.\" Then she left.";
    assertThat(speaker(text, 1)).isEqualTo("Ann Ruiz");
  }

  @Test
  void aPhraseOfTimeOpeningTheSentenceIsNoSubject() {
    String text =
        "Tom Hale lost the vote in March.\n\n"
            + "Thirteen years earlier, Hale had backed the \"worst law in memory.\"";
    assertThat(speaker(text, 0)).isEqualTo("Tom Hale");
  }

  @Test
  void aCueInInvertedOrderClosingTheSentenceAttributesItsPartialQuote() {
    String text =
        "The valley has used \"velvet gloves\" with its neighbours, said Ann Ruiz, an analyst"
            + " at the institute.\n\n"
            + "\"He can try, but it seems unlikely\" that Tom Hale wins, says Ruiz.";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
    assertThat(speaker(text, 1)).isEqualTo("Ann Ruiz");
  }

  @Test
  void aParticipleOpeningTheSentenceIsNoSubject() {
    String text =
        "Tom Hale and Ann Ruiz met on Monday.\n\n"
            + "Reached by the paper, Ruiz denied that a split was coming, calling it \"a silly"
            + " rumour from people who have never met us.\"";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
  }

  @Test
  void anOpeningClauseEndsPastItsPlaceOrApposition() {
    String text =
        "Tom Hale and Ann Ruiz met on Monday.\n\n"
            + "Preceded at the lectern by Tom Hale, the county sheriff, Ruiz went after her rival,"
            + " calling him \"a danger to every family in this valley.\"\n\n"
            + "Speaking at a town hall in Salem, New Coventry, Ruiz went after him again, calling"
            + " him \"a total stiff who never shows up.\"";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
    assertThat(speaker(text, 1)).isEqualTo("Ann Ruiz");
  }

  @Test
  void aFloatingQuoteStopsAtAnotherSubjectInItsOwnSentence() {
    String text =
        "\"We will win,\" Ann Ruiz said.\n\n"
            + "Tom Hale held up a sign for the crowd \"It will fail.\"";
    // not Ruiz's: the words are the sign's, and the one who holds it up is who says them
    assertThat(speaker(text, 1)).isEqualTo("Tom Hale");
  }

  @Test
  void aWholeQuoteAfterACommaBelongsToTheNamedSubjectOfItsSentence() {
    String text =
        "\"We will win,\" Ann Ruiz said.\n\n"
            + "Tom Hale, a rival, reacted coolly to the plan, \"It will fail.\"";
    assertThat(speaker(text, 1)).isEqualTo("Tom Hale");
  }

  @Test
  void theReportingVerbsSubjectSpeaksForTheClauseItReports() {
    String text =
        "Tom Hale met voters.\n\n"
            + "Rep. Ann Ruiz said Hale reassured them that they were \"not giving up.\"\n\n"
            + "Tom Hale released a statement saying the plan was \"a mistake.\"";
    assertThat(speaker(text, 0)).isEqualTo("Ann Ruiz");
    assertThat(speaker(text, 1)).isEqualTo("Tom Hale");
  }

  @Test
  void aNameInAppositionAfterTheBodyARoleServesIsTheSpeaker() {
    assertThat(speaker("\"We are open,\" said a spokeswoman for the hotels, Jennifer Ray.", 0))
        .isEqualTo("Jennifer Ray");
  }

  @Test
  void anOpeningParticipleClauseTakesTheSubjectAfterIt() {
    String text =
        "Tom Hale and Ann Ruiz met on Monday.\n\n"
            + "Calling Ms. Ruiz's Democratic challenger \"the partner I need,\" Mr. Hale left.";
    assertThat(speaker(text, 0)).isEqualTo("Tom Hale");
  }

  @Test
  void aSpeechVerbInItsBaseFormAfterASingularNounIsANoun() {
    assertThat(
            speaker(
                "Tom Hale gave a short reply about the \"very silly and rude question\" at noon.",
                0))
        .isEqualTo("Tom Hale");
    assertThat(speaker("Voters in the state \"want change now,\" officials often say.", 0))
        .isEqualTo("officials");
  }

  @Test
  void commentsAfterATimeAdjectiveAreANounNotTheCue() {
    String text =
        "Gov. Tom Hale met Mayor Dan Lee.\n\nTo Hale, Lee's latest comments showed \"a lack of"
            + " respect.\"";
    assertThat(quotes(text).get(0).mention()).isEmpty();
  }

  @Test
  void aClaimKeepsItsOwnerPastModifiersAndAPromiseItsInfinitive() {
    String text =
        "Tom Hale spoke.\n\n"
            + "Hale's recent evidence-free assertion that \"thousands of people\" cheered spread fast.\n\n"
            + "Voters looked beyond Hale's controversial pledge to be \"neutral in all the talks.\"";
    assertThat(speaker(text, 0)).isEqualTo("Tom Hale");
    assertThat(quotes(text).get(1).mention().map(Mention::text)).contains("Hale");
  }

  @Test
  void aParticipleAfterAQuotesCommaTakesTheSentencesSubject() {
    String text =
        "Tom Hale met Ann Ruiz.\n\n"
            + "Tom Hale hailed the vote as \"fantastic news,\" telling reporters it was \"a great"
            + " thing for all.\"";
    assertThat(speaker(text, 0)).isEqualTo("Tom Hale");
    assertThat(speaker(text, 1)).isEqualTo("Tom Hale");
  }

  @Test
  void quoteInsideARelativeClauseIsTheAntecedents() {
    String text =
        "Lately, the plan drew a sharp rebuke from Governor Lena Ostrova, who called it"
            + " \"a gift to speculators.\"";
    Quote quote = quotes(text).get(0);
    assertThat(quote.speaker().map(Speaker::name)).contains("Lena Ostrova");
    assertThat(quote.mention().map(Mention::text)).contains("who");
  }

  @Test
  void signThatReadIsTheSource() {
    String text = "Tom Bellamy held up a banner, which read \"Farms first.\"";
    assertThat(quotes(text).get(0).mention().map(Mention::text)).contains("which");
  }

  @Test
  void relativeClauseInsideReportedSpeechLeavesTheSpeaker() {
    String text = "Karl Denholm said any candidate who wants to win \"must visit every county.\"";
    assertThat(speaker(text, 0)).isEqualTo("Karl Denholm");
  }

  @Test
  void relativeClauseClosedByAMainVerbIsNotTheQuotes() {
    String text =
        "Nora Vance, the mother of Sam Vance, who died in the flood, is \"still waiting.\"";
    assertThat(speaker(text, 0)).isNotEqualTo("Sam Vance");
  }

  @Test
  void datelineWithRegionOrDateIsNoSubject() {
    String region =
        "DAYTON, Ohio — Sen. Nora Vance weighed in on the dispute, calling the delay"
            + " \"a disgrace.\"";
    assertThat(speaker(region, 0)).isEqualTo("Nora Vance");
    String date =
        "LIMA, Dec. 8 (UPI) — Sen. Nora Vance rallied supporters, saying: \"We will be ready.\"";
    assertThat(speaker(date, 0)).isEqualTo("Nora Vance");
  }

  @Test
  void outletReportingAtTheEndOfTheSentenceIsTheSource() {
    assertThat(
            speaker(
                "Fans of the Badgers chanted, \"Build a fence,\" the Harbor Ledger reports.", 0))
        .isEqualTo("Harbor Ledger");
    assertThat(
            speaker(
                "\"This is over,\" said Karen Ostrova, a farmer, reports the Harbor Ledger.", 0))
        .isEqualTo("Harbor Ledger");
    assertThat(
            speaker(
                "Tom Bellamy said the plan was \"a gift to speculators,\" as the Harbor Ledger"
                    + " reported.",
                0))
        .isEqualTo("Tom Bellamy");
  }
}
