package io.quotedesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import io.quotedesk.brief.Brief;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlocksTest {
  private static Brief brief(String headline, List<Brief.SpeakerQuotes> speakers) {
    return new Brief(
        headline,
        Optional.of("A & B <News>"),
        Optional.empty(),
        Optional.empty(),
        Optional.of("https://news.test/a"),
        Optional.of("Dek."),
        List.of("One <b>."),
        List.of(),
        speakers,
        Optional.empty());
  }

  @Test
  void escapesMrkdwnAndClipsTheHeader() {
    Reply reply = Blocks.summary(brief("H".repeat(400), List.of()));
    String json = reply.blocks().toString();
    assertThat(json).contains("A &amp; B &lt;News&gt;").contains("One &lt;b&gt;.");
    assertThat(reply.text()).startsWith("H".repeat(10));
    assertThat(reply.blocks().get(0).toString()).doesNotContain("H".repeat(151));
  }

  @Test
  void longWhoSaidWhatIsSplitWithinSlacksLimits() {
    List<Brief.SpeakerQuotes> speakers = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      speakers.add(
          new Brief.SpeakerQuotes(
              "Speaker " + i,
              List.of(
                  "q".repeat(400),
                  "r".repeat(400),
                  "s".repeat(400),
                  "t".repeat(400),
                  "u".repeat(400),
                  "v".repeat(400),
                  "w".repeat(400),
                  "x".repeat(400))));
    }
    List<Reply> thread = Blocks.whoSaidWhat(brief("H", speakers));
    assertThat(thread.size()).isGreaterThan(2);
    int sections = 0;
    for (Reply reply : thread) {
      assertThat(reply.blocks()).hasSizeLessThanOrEqualTo(Blocks.MAX_BLOCKS);
      assertThat(reply.text()).isNotBlank();
      for (LayoutBlock block : reply.blocks()) {
        assertThat(((SectionBlock) block).getText().getText().length())
            .isLessThanOrEqualTo(Blocks.MAX_SECTION);
        sections++;
      }
    }
    assertThat(sections).isGreaterThanOrEqualTo(240); // every speaker, split where needed
  }

  @Test
  void mentionsInNaturalPhrasing() {
    assertThat(Mentions.parse("<@U1> who said \u201Cwe will win\u201D?"))
        .isEqualTo(new Mentions.Intent("whosaid", "we will win"));
    assertThat(Mentions.parse("<@U1> where is this quote from: \"no deal\""))
        .isEqualTo(new Mentions.Intent("whosaid", "no deal"));
    assertThat(Mentions.parse("<@U1> summarize <https://news.test/a|news.test>"))
        .isEqualTo(new Mentions.Intent("summary", "https://news.test/a"));
    assertThat(Mentions.parse("<@U1> what did Stoltenberg say?"))
        .isEqualTo(new Mentions.Intent("quotes", "Stoltenberg"));
    assertThat(Mentions.parse("<@U1> hello there").subcommand()).isEqualTo("help");
  }
}
