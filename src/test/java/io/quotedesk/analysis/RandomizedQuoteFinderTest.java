package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.ingest.Article;
import io.quotedesk.ingest.PlainTextReader;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Seeded random and adversarial text: the analysis never throws and every span points home. */
class RandomizedQuoteFinderTest {
  private static final String[] PIECES = {
    "\"",
    "\u201C",
    "\u201D",
    "'",
    "\u2018",
    "\u2019",
    "\u00A0",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "word",
    "NATO's",
    "said",
    "he said.",
    "Mr.",
    "U.S.",
    ",",
    ".",
    "?",
    "(",
    ")",
    "—",
    "By Jane Doe",
    "Share this article",
    "You might also like",
    "PENCE: ",
    "=",
    "<a>",
    "6'3\"",
    "'90s",
    "\r\n",
    "\uD83D\uDE00",
    "\u2028",
    "Copyright 2024"
  };

  private final Analyzer analyzer = new Analyzer();
  private final PlainTextReader reader = new PlainTextReader();

  @RepeatedTest(300)
  void spansAlwaysMatchTheText(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(400);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    assertSpansHold(text.toString());
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void hundredThousandQuoteMarksFinish() {
    assertSpansHold("\"".repeat(100_000));
    assertSpansHold("\u201C".repeat(100_000));
    assertSpansHold("a \"b ".repeat(100_000));
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void oneMegabyteParagraphFinishes() {
    String sentence = "The minister said \"we are ready\" and left. ";
    assertSpansHold(sentence.repeat(1_048_576 / sentence.length()));
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void deepNestingFinishes() {
    String open = "\u201C".repeat(50_000);
    String close = "\u201D".repeat(50_000);
    List<Quote> quotes = assertSpansHold("x " + open + "deep" + close + " y");
    assertThat(quotes).hasSize(1);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void manyUnclosedParagraphsFinish() {
    assertSpansHold("\"an unclosed paragraph\n\n".repeat(50_000));
  }

  private List<Quote> assertSpansHold(String text) {
    Article article = reader.read(text);
    List<Quote> quotes = analyzer.analyze(article).quotes();
    int previousEnd = -1;
    for (Quote quote : quotes) {
      assertThat(text.substring(quote.start(), quote.end())).isEqualTo(quote.text());
      assertThat(quote.start()).isGreaterThan(previousEnd);
      previousEnd = quote.end();
    }
    return quotes;
  }
}
