package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.ingest.Article;
import io.quotedesk.ingest.ArticleMetadata;
import io.quotedesk.ingest.PlainTextReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummarizerTest {
  private List<String> summary(String text, int sentences) {
    return new Analyzer(sentences, Analyzer.DEFAULT_MIN_CONFIDENCE)
        .analyze(new PlainTextReader().read(text)).summary().stream()
            .map(SummaryLine::text)
            .toList();
  }

  @Test
  void picksWholeSentencesFromTheOpeningInOrder() {
    String text =
        "The city council approved the new budget for schools on Monday night. The budget adds"
            + " money for teachers and schools across the city. Parents had asked the council for"
            + " more money for schools. The weather was mild. Officials will meet again in spring"
            + " to review the schools budget.";
    List<String> lines = summary(text, 3);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .isEqualTo("The city council approved the new budget for schools on Monday night.");
    assertThat(lines).doesNotContain("The weather was mild.");
  }

  @Test
  void aSentenceLeaningOnALeftOutOneIsSkipped() {
    String text =
        "The mayor resigned on Monday after a long dispute over the budget. The council met on"
            + " Tuesday to discuss the budget dispute and the mayor. Residents gathered outside"
            + " the hall. But he said the budget dispute was not the reason for the mayor to go.";
    for (String line : summary(text, 2)) {
      assertThat(line).doesNotStartWith("But");
    }
  }

  @Test
  void aCaptionRepeatedInTheTextIsNotSaidTwice() {
    String text =
        "Eva Chapin, 34, was booked into jail after a dispute with her neighbors over parking. A"
            + " mother has been arrested after a dispute over a parking space. Eva Chapin, 34, was"
            + " booked into jail after a dispute with her neighbors over parking. Police said the"
            + " notes were left on the door.";
    List<String> lines = summary(text, 3);
    assertThat(lines.stream().filter(l -> l.startsWith("Eva Chapin"))).hasSize(1);
  }

  @Test
  void neverPageFurnitureOrTheHeadline() {
    String text =
        "Budget passes\n\nShare this article\n\nThe council passed the budget on Monday after a"
            + " long debate about schools.\n\nYou might also like\n\nAnother story entirely about"
            + " something else that happened.";
    assertThat(summary(text, 3))
        .containsExactly(
            "The council passed the budget on Monday after a long debate about schools.");
  }

  @Test
  void theSettingBoundsTheLength() {
    String text =
        "The council passed the budget vote today after a long debate. Teachers across the"
            + " region will be paid more from the autumn. Parents had campaigned for smaller"
            + " classes and newer buildings. The mayor thanked the unions for their patience"
            + " during the talks.";
    assertThat(summary(text, 1)).hasSize(1);
    assertThat(summary(text, 4)).hasSize(4);
  }

  @Test
  void theDekAddsASentenceTheBulletsLeaveOut() {
    String text =
        "The city council approved the new budget for schools on Monday night after a debate. The"
            + " budget adds money for teachers and schools across the whole city. Parents had"
            + " asked the council for more money for schools for many years. Officials will meet"
            + " again in spring to review the schools budget and the money.";
    Analysis analysis =
        new Analyzer(2, Analyzer.DEFAULT_MIN_CONFIDENCE).analyze(new PlainTextReader().read(text));
    List<String> bullets = analysis.summary().stream().map(SummaryLine::text).toList();
    assertThat(bullets).hasSize(2);
    assertThat(analysis.dek()).isPresent();
    assertThat(bullets).doesNotContain(analysis.dek().get());
    assertThat(text).contains(analysis.dek().get());
  }

  @Test
  void noQuestionInterviewTurnOrSpeakerlessQuoteSummarisesTheStory() {
    String interview =
        "Librarian retires after 22 years\n\nAfter 22 years running the Fernhill public library"
            + " system, Hamida Bellweather retires on Friday.\n\nShe spoke to the Fernhill Courier"
            + " about budgets, books and the fight over the central branch.\n\nQ: What surprised"
            + " you most about the job?\n\nA: The budget fight in 2019, when the council proposed"
            + " closing three branches.";
    Analysis qa = new Analyzer(2, 0.5).analyze(new PlainTextReader().read(interview));
    assertThat(qa.summary()).extracting(SummaryLine::text).noneMatch(line -> line.contains("?"));
    assertThat(qa.dek().orElse("")).doesNotContain("?").doesNotStartWith("A:");
    String quoted =
        "The port authority voted on Tuesday to approve a $1.2 billion expansion of the city's"
            + " container terminal.\n\n\"This is the most important investment this port has"
            + " seen in fifty years,\" said Dolores Achterberg, the authority's chair. \"We cannot"
            + " afford to stand still while Halifax and Boston grow.\"\n\nThe project would add"
            + " three new berths to the terminal.";
    assertThat(new Analyzer(2, 0.5).analyze(new PlainTextReader().read(quoted)).dek().orElse(""))
        .doesNotContain("stand still");
  }

  @Test
  void aDekMayOpenWithAnInitialOutsideAnInterview() {
    String text =
        "Council approves budget\n\nThe city council approved a $40 million budget on Tuesday"
            + " after a three-week standoff over police spending.\n\nA. J. Brooks, the council"
            + " president, called the budget the hardest in a decade and promised a review of"
            + " repair funding in the spring.";
    assertThat(new Analyzer(1, 0.5).analyze(new PlainTextReader().read(text)).dek())
        .hasValueSatisfying(dek -> assertThat(dek).startsWith("A. J. Brooks"));
  }

  @Test
  void oneSpeakersQuotesDoNotMakeTheWholeSummary() {
    String text =
        "\"We will not raise taxes on working families this year or next year,\" the mayor said"
            + " on Monday.\n\n\"The budget for the schools of this city is the best in a decade,\""
            + " the mayor said.\n\n\"Every teacher in every school of the city will see the money"
            + " soon,\" the mayor said.\n\nThe council approved the schools budget on Monday night"
            + " by seven votes to two after a long debate.\n\nThe budget adds money for teachers"
            + " and schools across the city.";
    long quoteBullets = summary(text, 3).stream().filter(line -> line.startsWith("\"")).count();
    assertThat(quoteBullets).isEqualTo(1);
  }

  @Test
  void theDekIsThePublishersStandfirstWhenThePageHasOneElseTheBestSentence() {
    String text =
        "The city council approved the new budget for schools on Monday night. The budget adds"
            + " money for teachers and schools across the city.";
    Analyzer analyzer = new Analyzer();
    Article plain = new PlainTextReader().read(text);
    assertThat(analyzer.analyze(plain).dek()).isEmpty(); // both sentences are bullets
    String standfirst = "Schools win the most from a budget passed after months of protest.";
    Article page =
        new Article(
            text,
            new ArticleMetadata(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(standfirst)),
            Optional.empty(),
            List.of(),
            Optional.empty());
    assertThat(analyzer.analyze(page).dek()).contains(standfirst);
  }

  @Test
  void furnitureInsideAParagraphIsNeverALine() {
    String text =
        "The council passed the budget for schools on Monday after a long debate. Scroll down"
            + " for video and more pictures of the long debate. The budget adds money for teachers"
            + " and schools across the city. Parents had asked the council for more money for the"
            + " schools.";
    assertThat(summary(text, 3)).hasSize(3).noneMatch(line -> line.startsWith("Scroll"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"WASHINGTON (AP) — ", "SPRINGFIELD, Ill. — "})
  void aLineLeavesOutTheLedesDateline(String dateline) {
    String text =
        dateline
            + "The Senate passed the budget for schools on Monday after a long"
            + " debate. The budget adds money for teachers and schools across the country.";
    Analysis analysis =
        new Analyzer(2, Analyzer.DEFAULT_MIN_CONFIDENCE).analyze(new PlainTextReader().read(text));
    SummaryLine first = analysis.summary().get(0);
    assertThat(first.text())
        .isEqualTo("The Senate passed the budget for schools on Monday after a long debate.");
    assertThat(text.substring(first.start(), first.end())).isEqualTo(first.text());
  }

  @Test
  void liveBlogLinesLeaveOutTheirTimeStamps() {
    String text =
        "Budget day live\n\n"
            + "14:30 GMT \u2014 The Senate passed the budget for schools after a long debate.\n\n"
            + "14:10 GMT \u2014 Teachers gathered outside the Senate to ask for more money.\n\n"
            + "13:55 GMT \u2014 The budget adds money for teachers and schools across the country.\n";
    Analysis analysis =
        new Analyzer(3, Analyzer.DEFAULT_MIN_CONFIDENCE).analyze(new PlainTextReader().read(text));
    assertThat(analysis.summary()).isNotEmpty();
    for (SummaryLine line : analysis.summary()) {
      assertThat(line.text()).doesNotContain("GMT");
      assertThat(analysis.article().text().substring(line.start(), line.end()))
          .isEqualTo(line.text());
    }
  }

  @Test
  void aSentenceSayingAgainWhatALineSaysIsNotAnotherLine() {
    String text =
        "The city council approved the schools budget on Monday night by seven votes to two."
            + " On Monday night the city council approved the budget for the schools of the city."
            + " Teachers across the region will be paid more from the autumn under the plan."
            + " Parents had campaigned for years for smaller classes and newer buildings.";
    List<String> lines = summary(text, 2);
    assertThat(lines)
        .containsExactly(
            "The city council approved the schools budget on Monday night by seven votes to two.",
            "Teachers across the region will be paid more from the autumn under the plan.");
  }

  @Test
  void theDekSaysSomethingTheBulletsDoNot() {
    String text =
        "The city council approved the schools budget on Monday night by seven votes to two."
            + " On Monday night the city council approved the budget for the schools of the city."
            + " Teachers across the region will be paid more from the autumn under the plan."
            + " Parents had campaigned for years for smaller classes and newer buildings.";
    Analysis analysis =
        new Analyzer(1, Analyzer.DEFAULT_MIN_CONFIDENCE).analyze(new PlainTextReader().read(text));
    assertThat(analysis.summary())
        .extracting(SummaryLine::text)
        .containsExactly(
            "The city council approved the schools budget on Monday night by seven votes to two.");
    assertThat(analysis.dek())
        .contains("Teachers across the region will be paid more from the autumn under the plan.");
  }

  @Test
  void aSentenceLeaningOnTheOneBeforeFollowsItOnceThatOneIsALine() {
    // "It gives ..." shares the story's most frequent words and ranks above the sentence it leans
    // on; it may be a line only after that one is.
    String text =
        "The city council approved the schools budget on Monday night after a long debate."
            + " Residents queued outside the town hall for hours before the meeting began. It"
            + " gives teachers more pay and smaller classes. Weather forecasters expect heavy snow"
            + " in the northern hills this weekend. Teachers had asked for more pay and smaller"
            + " classes for years. Teachers said the pay rise and smaller classes were overdue."
            + " Pay for teachers had been frozen since the last budget. Union leaders said"
            + " teachers would welcome the classes plan. Teachers want classes of twenty pupils"
            + " and fair pay.";
    assertThat(summary(text, 3))
        .containsExactly(
            "The city council approved the schools budget on Monday night after a long debate.",
            "Residents queued outside the town hall for hours before the meeting began.",
            "It gives teachers more pay and smaller classes.");
  }
}
