package io.quotedesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Slack's escaping read once on the way in, written on the way out, and cut where it is safe. */
class SlackTextTest {
  @Test
  void plainReadsEntitiesOnceAndTokensAsTheUserTypedThem() {
    assertThat(SlackText.plain("We need AT&amp;T to pay &lt;now&gt;"))
        .isEqualTo("We need AT&T to pay <now>");
    assertThat(SlackText.plain("&amp;lt; stays literal")).isEqualTo("&lt; stays literal");
    assertThat(SlackText.plain("read <https://news.test/a?x=1&amp;y=2>"))
        .isEqualTo("read https://news.test/a?x=1&y=2");
    assertThat(SlackText.plain("<https://news.test/a|news.test/a>"))
        .isEqualTo("https://news.test/a");
    assertThat(SlackText.plain("see <https://news.test/a|the report>"))
        .isEqualTo("see the report (https://news.test/a)");
    assertThat(SlackText.plain("<mailto:ann@news.test|ann@news.test>")).isEqualTo("ann@news.test");
    assertThat(SlackText.plain("<@U123> and <@U456|ann> in <#C789|news>, <#C1>"))
        .isEqualTo("@U123 and @ann in #news, #C1");
    assertThat(SlackText.plain("<!here> <!channel> <!subteam^S1|@desk>"))
        .isEqualTo("@here @channel @desk");
  }

  @Test
  void escapeAndLinkWriteSlacksControlCharactersAsEntities() {
    assertThat(SlackText.escape("AT&T <b>")).isEqualTo("AT&amp;T &lt;b&gt;");
    assertThat(SlackText.link("https://x.test/a?b=1&c=2|3", "P&G"))
        .isEqualTo("<https://x.test/a?b=1&amp;c=2%7C3|P&amp;G>");
  }

  @Test
  void clipNeverCutsAnEntityATokenOrASurrogatePair() {
    String entity = SlackText.escape("abcd&efgh"); // abcd&amp;efgh
    for (int max = 5; max <= 9; max++) {
      assertThat(SlackText.clip(entity, max)).isEqualTo("abcd\u2026");
    }
    String link = "ab " + SlackText.link("https://x.test/a", "label") + " cd";
    assertThat(SlackText.clip(link, 12)).isEqualTo("ab \u2026");
    String emoji = "abc\uD83D\uDE00def"; // a pair at 3..4
    assertThat(SlackText.clip(emoji, 5)).isEqualTo("abc\u2026");
    assertThat(SlackText.clip(emoji, 6)).isEqualTo("abc\uD83D\uDE00\u2026");
    assertThat(SlackText.clip("short", 10)).isEqualTo("short");
  }

  @Test
  void splitKeepsEveryCharacterAndQuotesAContinuedBlockQuote() {
    String quote = "> \u201C" + "word &amp; ".repeat(40) + "\u201D";
    List<String> pieces = SlackText.split(quote, 100);
    assertThat(pieces).hasSizeGreaterThan(3).allSatisfy(p -> assertThat(p).hasSizeLessThan(101));
    assertThat(pieces).allSatisfy(p -> assertThat(p).startsWith("> "));
    assertThat(pieces)
        .allSatisfy(p -> assertThat(p.replaceAll("&amp;", "")).doesNotContain("&", ";"));
    String joined = String.join(" ", pieces.stream().map(p -> p.substring(2)).toList());
    assertThat(joined.replaceAll("\\s+", " ").strip())
        .isEqualTo(quote.substring(2).replaceAll("\\s+", " ").strip());
  }

  @Test
  void splitMakesProgressThroughALinkLongerThanAPiece() {
    String link = SlackText.link("https://x.test/" + "a".repeat(300), "x");
    List<String> pieces = SlackText.split(link, 100);
    assertThat(pieces).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(100));
    assertThat(String.join("", pieces)).isEqualTo(link);
  }
}
