package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.ingest.PlainTextReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private final Analyzer analyzer = new Analyzer();

  private List<Quote> quotes(String text) {
    return analyzer.analyze(new PlainTextReader().read(text)).quotes();
  }

  private List<String> texts(String text) {
    return quotes(text).stream().map(Quote::text).toList();
  }

  @Test
  void findsStraightAndCurlyDoubleQuotes() {
    assertThat(texts("\"We will win,\" she said. \u201CAnd soon.\u201D"))
        .containsExactly("We will win,", "And soon.");
  }

  @Test
  void aBritishBodyQuotesWithSingleMarks() {
    String body =
        "Arsenal won 2-1. 'We suffered, but we never stop,' Arteta said. He added: \u2018Saka's"
            + " goal was special.\u2019 The fans' mood was 'electric', Arteta said.";
    assertThat(texts(body))
        .containsExactly("We suffered, but we never stop,", "Saka's goal was special.", "electric");
    // in a body that quotes with double marks, single ones stay apostrophes and nested quotes
    assertThat(texts("\"He said 'no' twice,\" Ruiz said. It's the '90s, 'Q' or not."))
        .containsExactly("He said 'no' twice,");
  }

  @Test
  void twoApostrophesAndSpacedMarksDoNotMakeABodySingleQuoted() {
    // ''Q'' stands for a double mark; "' apes '" (marks set apart from the words) for no mark
    assertThat(QuoteFinder.bodyFamily("''We won,'' she said. He was 'sure'.", 0))
        .isEqualTo(QuoteMarks.Family.DOUBLE);
    assertThat(
            QuoteFinder.bodyFamily(
                "\"Fine,\" she said of the \u2018 apes \u2019 and \u2018 worse \u2019 notes.", 0))
        .isEqualTo(QuoteMarks.Family.DOUBLE);
  }

  @Test
  void wordsSetApartDoNotDecideHowABodyQuotes() {
    // an American story's scare quotes in single marks leave its quote in double ones read
    assertThat(
            texts(
                "Senate passes farm bill\n\nCritics called it a 'giveaway' and a 'boondoggle',"
                    + " and the process 'rushed'."
                    + "\n\n\"This bill is good for farmers,\" the Kentucky senator said."))
        .containsExactly("This bill is good for farmers,");
    // a British quote with a word in double marks inside it is one quote, not that word
    assertThat(
            texts(
                "Bakery fights closure\n\n'The sign just said \"closed\" and nobody asked us,' said"
                    + " Margaret Hale, who runs"
                    + " the bakery."))
        .containsExactly("The sign just said \"closed\" and nobody asked us,");
  }

  @Test
  void spanExcludesMarksAndMatchesTheText() {
    String text = "The mayor said: \u201CThe budget is balanced.\u201D";
    Quote quote = quotes(text).get(0);
    assertThat(text.substring(quote.start(), quote.end())).isEqualTo("The budget is balanced.");
    assertThat(quote.partial()).isFalse();
  }

  @Test
  void headlineSingleQuotesIgnoreApostrophes() {
    String text =
        "'We should not undermine NATO's deterrence', Stoltenberg says\n\nBody text here.";
    Quote quote = quotes(text).get(0);
    assertThat(quote.text()).isEqualTo("We should not undermine NATO's deterrence");
    assertThat(quote.headline()).isTrue();
    assertThat(quote.paragraph()).isZero();
  }

  @Test
  void singleQuotesInTheBodyAreNestedQuotesOrApostrophes() {
    assertThat(
            texts(
                "Headline\n\n\"He told me 'never again' and left,\" she said. It's the allies' view."))
        .containsExactly("He told me 'never again' and left,");
  }

  @Test
  void nestedDoubleQuotesStayInsideTheOuterQuote() {
    assertThat(texts("\"He called it \"fake news\" on Monday,\" she said."))
        .containsExactly("He called it \"fake news\" on Monday,");
  }

  @Test
  void multiParagraphQuoteReopensEachParagraphAndClosesOnce() {
    String text =
        "Speech\n\n\u201CFirst paragraph.\n\n\u201CSecond paragraph.\n\n\u201CLast one,\u201D he said.";
    List<Quote> found = quotes(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text())
        .isEqualTo("First paragraph.\n\n\u201CSecond paragraph.\n\n\u201CLast one,");
    assertThat(found.get(0).paragraph()).isEqualTo(1);
  }

  @Test
  void unclosedMarkNeverSwallowsTheRestOfTheArticle() {
    String text =
        "He said \"this never closes.\n\nNext paragraph has \"a real quote\" in it, he said.";
    assertThat(texts(text)).containsExactly("a real quote");
  }

  @Test
  void pairInsideAnUnclosedQuoteSurvives() {
    assertThat(texts("He said \"no way. Then \"yes,\" he said.")).containsExactly("yes,");
  }

  @Test
  void nonBreakingSpacesAreWhitespace() {
    String text = "The\u00A0chief said\u00A0\"we\u00A0are ready,\"\u00A0on Monday.";
    Quote quote = quotes(text).get(0);
    assertThat(quote.text()).isEqualTo("we\u00A0are ready,");
    assertThat(quote.partial()).isTrue();
  }

  @Test
  void titlesOfWorksNicknamesAndMarkupAreNotQuotes() {
    assertThat(texts("She appeared on \"Face the Nation\" on Sunday.")).isEmpty();
    assertThat(texts("He wrote the book \"The Art of the Deal\" long ago.")).isEmpty();
    assertThat(texts("Dwayne \"The Rock\" Johnson arrived.")).isEmpty();
    assertThat(texts("Click <a href=\"https://example.com\">here</a> now.")).isEmpty();
    assertThat(texts("The singer released a preview clip of \"The Long Road.\"")).isEmpty();
  }

  @Test
  void transcriptTurnsAreNotQuotations() {
    String text = "\"WALLACE: Let us begin.\n\n\"PENCE: Well, look.\n\n\"WALLACE: Thank you.\"";
    assertThat(texts(text)).isEmpty();
  }

  @Test
  void partialQuotesAreWovenIntoTheSentence() {
    List<Quote> found =
        quotes("Biden called the comments \"dumb,\" \"shameful\" and \"un-American.\"");
    assertThat(found).extracting(Quote::partial).containsOnly(true);
    assertThat(quotes("She asked: \"Will you protect us?\"").get(0).partial()).isFalse();
  }

  @Test
  void scareQuotesWithNoSpeakerAreLeftOut() {
    assertThat(texts("The \"sex tape\" reference was about a film.")).isEmpty();
    assertThat(texts("Critics called it a \"sex tape\" reference.")).containsExactly("sex tape");
  }

  @Test
  void aQuotedWordBeforeItsNounIsTheWritersDistanceWhenNobodySpeaks() {
    assertThat(texts("He was fined for selling \"miracle\" diet pills.")).isEmpty();
    assertThat(texts("By 2010, Tea Party \"super PACs\" backed by donors had won.")).isEmpty();
    // someone speaks in the sentence, or the quoted words come in a list: someone's words
    assertThat(texts("She said he sold \"miracle\" diet pills.")).containsExactly("miracle");
    assertThat(texts("According to the complaint, they \"systematically looted\" funds."))
        .containsExactly("systematically looted");
    assertThat(texts("The merger creates a \"stronger\" and \"more viable\" news business."))
        .containsExactly("stronger", "more viable");
    // the quoted words end the phrase: no noun follows them
    assertThat(texts("He was fined for selling diet pills, \"miracle\" for some buyers."))
        .containsExactly("miracle");
  }

  @Test
  void quotesInPageFurnitureAreIgnored() {
    String text =
        "Headline\n\nShare this article \"now\"\n\n\"Story quote,\" he said.\n\nYou might also like\n\n\"Other story\" headline";
    assertThat(texts(text)).containsExactly("Story quote,");
  }

  @Test
  void inchMarksAndApostrophesDoNotOpenQuotes() {
    assertThat(texts("He is 6'3\" tall and weighs 236 pounds. It's the '90s.")).isEmpty();
  }

  @Test
  void aLonePronounInQuotationMarksIsAWordNotSpeech() {
    assertThat(texts("Why vote for him, unless simply because \"she\" is a \"he\"?")).isEmpty();
  }

  @Test
  void capitalisedNamesOfThingsAfterADeterminerAreTitles() {
    assertThat(texts("The two presidents introduced the \"War On Drugs\" in the 1980s.")).isEmpty();
  }

  @Test
  void aNewspaperNamedPostIsNoSpeechVerb() {
    assertThat(texts("The Post sent its \"national enterprise reporter\" to the town.")).isEmpty();
    assertThat(texts("The mayor said its \"national enterprise reporter\" had left."))
        .containsExactly("national enterprise reporter");
  }

  @Test
  void titleOfAPieceInAppositionIsNotAQuote() {
    assertThat(texts("Ann Ruiz's column, \"Tell your own story,\" is thoughtful.")).isEmpty();
    assertThat(texts("In her column, \"We must act now,\" she wrote."))
        .containsExactly("We must act now,");
    assertThat(texts("In his column, \"We must act now,\" the mayor wrote."))
        .containsExactly("We must act now,");
  }

  @Test
  void headlineCreditedToItsWriterIsNotAQuote() {
    String text =
        "Headline\n\nCITY NOTES\u2014\"Corner bakery to close in May,\" by the Ledger's Ann Lee:"
            + " \"The bakery will shut.\"\n\n\"Harbor ferry gets a new route,\" by Port Daily's"
            + " Tom Bell.\n\nCritics called it \"a triumph,\" by Tom Bell's count the best yet.";
    assertThat(texts(text)).containsExactly("The bakery will shut.", "a triumph,");
  }

  @Test
  void theParagraphBeforeDoesNotMakeAQuoteATitle() {
    assertThat(texts("He talked about his new show\n\n\"Never,\" Hale replied."))
        .containsExactly("Never,");
  }

  @Test
  void wordsThatEndTheirClauseAfterAOrAnDescribeSomeoneAndAreQuoted() {
    assertThat(texts("Voters\n\nHale calls the new treasurer an \"Opportunist,\" and means it."))
        .containsExactly("Opportunist,");
    assertThat(texts("Voters\n\nHale called the plan a \"Windfall for Insiders.\""))
        .containsExactly("Windfall for Insiders.");
    assertThat(texts("Voters\n\nShe led a \"Harbor First\" campaign last year.")).isEmpty();
  }

  @Test
  void aTitleBeforeTheRoleOfSomeoneInItIsNotAQuote() {
    assertThat(texts("\"Silver Creek\" star Ana Ruiz spoke to fans on Monday.")).isEmpty();
    assertThat(texts("\"Night Desk\" host Tom Bell laughed at the joke.")).isEmpty();
    assertThat(texts("\"Harbor is the New Home\" actress Ana Ruiz left early.")).isEmpty();
    assertThat(texts("\"Go home,\" star Ana Ruiz told the crowd.")).containsExactly("Go home,");
  }

  @Test
  void titlesListedAfterATitleAreTitlesToo() {
    assertThat(
            texts("She had roles in \"Cold Harbor,\"\u00A0\"Blue Mile,\" and \"The Last Ferry.\""))
        .isEmpty();
    assertThat(
            texts(
                "He will appear on \"Night Desk\" and \"The Late Hour With Ana Ruiz,\" aides say."))
        .isEmpty();
    // a list that follows a quotation, not a title, stays a list of quotations
    assertThat(texts("The crowd chanted \"Hold the Line\" and \"Vote Them Out.\""))
        .containsExactly("Hold the Line", "Vote Them Out.");
  }

  @Test
  void aSubtitleAfterAColonKeepsATitleATitle() {
    assertThat(texts("The film, \"Cold Harbor: The Secret Story of a Port Town,\" opens today."))
        .isEmpty();
    assertThat(texts("She said: \"Wait: We Are Not Done.\""))
        .containsExactly("Wait: We Are Not Done.");
  }

  @Test
  void aProgrammeSomeoneSpeaksOnIsNotAQuote() {
    assertThat(texts("In an interview with \"Night Desk,\" Ruiz spoke about taxes.")).isEmpty();
    assertThat(texts("\"We will win,\" the senator told \"Morning Line\" on Friday."))
        .containsExactly("We will win,");
    assertThat(texts("Speaking to \"Morning Line\" on Monday, Ruiz did not attack her rivals."))
        .isEmpty();
  }

  @Test
  void aSloganOnAThingIsNotAQuoteWhenNobodySpeaks() {
    assertThat(texts("Volunteers waved \"Vote Ruiz Now\" signs outside the hall.")).isEmpty();
    assertThat(texts("Hale toured the state on a three-day \"Harbor Can Win\" bus tour."))
        .isEmpty();
    assertThat(texts("The door had \"Gone Fishing\" painted on it."))
        .containsExactly("Gone Fishing");
    // someone speaks in the sentence: the words are theirs
    assertThat(texts("Hale said he saw \"Vote Ruiz Now\" signs everywhere."))
        .containsExactly("Vote Ruiz Now");
  }

  @Test
  void aGenreOrAuthorshipBeforeOrAfterATitleMakesItATitle() {
    assertThat(texts("She stars in the medical drama, \"Harbor Lights,\" this fall.")).isEmpty();
    assertThat(texts("Ruiz, the co-author of \"Cold Water,\" spoke first.")).isEmpty();
    assertThat(texts("He is now the host of \"Night Desk With Tom Bell.\"")).isEmpty();
    assertThat(texts("The band played to the tune of \"Blue Harbor.\"")).isEmpty();
    assertThat(texts("To top it off, \"Cold Harbor,\" a movie about the port, opens today."))
        .isEmpty();
    // a person after a comma is the speaker of the quote, not a part in a work
    assertThat(texts("\"Stop It Now,\" the actor said.")).containsExactly("Stop It Now,");
  }

  @Test
  void aOneWordLabelEndingInAColonIsNotAQuote() {
    assertThat(texts("Taxes will rise, he said.\n\n\"Background:\"\n\n\"Update:\"\n\nMore news."))
        .isEmpty();
    assertThat(texts("\"Translation: no,\" she said.")).containsExactly("Translation: no,");
  }

  @Test
  void aHeadlineWeavesInScareQuotesAsABodyDoes() {
    assertThat(texts("Judge blocks Harborville's 'open port' law\n\nThe ruling came Friday."))
        .isEmpty();
    assertThat(texts("Ruiz says port plan 'will not pass'\n\nThe vote came Friday."))
        .containsExactly("will not pass");
    assertThat(texts("'We will not back down', Ruiz says\n\nThe vote came Friday."))
        .containsExactly("We will not back down");
  }

  @Test
  void aLoneLetterInQuotationMarksIsNotSpeech() {
    assertThat(texts("Voters who know no names vote \"Y\" or \"N,\" by habit.")).isEmpty();
    assertThat(texts("Hale said the vote was \"a 9 out of 10.\""))
        .containsExactly("a 9 out of 10.");
  }

  @Test
  void aTitleOrSloganDatedInParenthesesIsCitedNotSaid() {
    assertThat(
            texts(
                "The party's posters read \u201CSafe Harbor, Safe Homes\u201D (2011) and"
                    + " \u201CNo to the Toll!\u201D (city poster 2014)."))
        .isEmpty();
    // a year elsewhere in the sentence dates nothing in the marks
    assertThat(texts("\"We will fix the toll,\" Hale said (in 2014)."))
        .containsExactly("We will fix the toll,");
  }

  @Test
  void aCapitalisedNameOpeningASentenceBeforeItsVerbIsItsSubject() {
    assertThat(texts("Critics loved it.\n\n\"Harbor Lights\" follows a ferry captain.")).isEmpty();
    assertThat(texts("The show ended. \"Blue Mile\" is a remake of an old film.")).isEmpty();
    // speech ends in punctuation, or its speaker follows
    assertThat(texts("The vote was late. \"Go Home,\" the crowd chanted."))
        .containsExactly("Go Home,");
    assertThat(texts("The vote was late. \"Never\" he said, and left.")).containsExactly("Never");
    assertThat(texts("The vote was late. \"No more delays\" was her answer."))
        .containsExactly("No more delays");
  }

  @Test
  void aWordOrCryOpeningASentenceBeforeItsVerbIsStillSpeech() {
    assertThat(texts("Headline\n\nShe was asked if she would return. \"Never\" was her answer."))
        .containsExactly("Never");
    assertThat(texts("Headline\n\n\"Enough\" became the rallying cry of the nurses."))
        .containsExactly("Enough");
    assertThat(texts("Headline\n\nThe crowd roared. \"No Justice, No Peace\" rang out."))
        .containsExactly("No Justice, No Peace");
    assertThat(texts("Headline\n\nWe asked. \"Absolutely Not\" came the reply."))
        .containsExactly("Absolutely Not");
    // a name it is called by says nobody spoke
    assertThat(texts("Headline\n\n\"Blue Mile\" is a remake of a film called Harbor.")).isEmpty();
    assertThat(texts("'Stay Home' remains the advice, says Hale\n\nThe vote came Friday."))
        .containsExactly("Stay Home");
  }

  @Test
  void aPenNameIsANameNotSpeech() {
    assertThat(texts("He wrote under the pseudonym \"Tom Harbor,\" aides said.")).isEmpty();
    // a person called so is described, in someone's words
    assertThat(texts("Hale called the mayor \"The Harbor King,\" to laughter."))
        .containsExactly("The Harbor King,");
  }
}
