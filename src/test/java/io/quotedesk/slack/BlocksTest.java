package io.quotedesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import io.quotedesk.brief.AttributionBands;
import io.quotedesk.brief.AttributionBands.Band;
import io.quotedesk.brief.Brief;
import io.quotedesk.brief.UncertainSpeakers;
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
              Band.SURE,
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
    List<Reply> details = Blocks.whoSaidWhat(brief("H", speakers));
    int sections = 0;
    for (Reply detail : details) {
      assertThat(detail.text()).isNotBlank();
      for (LayoutBlock block : detail.blocks()) {
        assertThat(((SectionBlock) block).getText().getText().length())
            .isLessThanOrEqualTo(Blocks.MAX_SECTION);
        sections++;
      }
    }
    assertThat(sections).isGreaterThanOrEqualTo(240); // every speaker, split where needed
    Reply answer = new Reply("H", List.of(), details, false);
    Mentions.Intent request = new Mentions.Intent("summary", "https://news.test/a");
    int shown = 0;
    for (int page = 0; shown < details.size(); page++) {
      Reply one = Pages.page(answer, request, shown).orElseThrow();
      assertThat(one.blocks()).hasSizeLessThanOrEqualTo(Blocks.MAX_BLOCKS);
      shown += (int) one.blocks().stream().filter(b -> b instanceof SectionBlock).count();
    }
    assertThat(shown).isEqualTo(details.size());
  }

  @Test
  void aQuoteLongerThanASectionRunsOnIntoTheNextUncut() {
    String quote = "word & more ".repeat(600).strip(); // 7,200 characters, 9,000 escaped
    Brief brief =
        brief("H", List.of(new Brief.SpeakerQuotes("Ann Lee", Band.SURE, List.of(quote))));
    List<String> sections =
        Blocks.whoSaidWhat(brief).stream()
            .flatMap(d -> d.blocks().stream())
            .map(b -> ((SectionBlock) b).getText().getText())
            .toList();
    assertThat(sections).hasSizeGreaterThanOrEqualTo(4);
    assertThat(sections).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(3000));
    assertThat(sections).allSatisfy(t -> assertThat(t).doesNotContain("\u2026"));
    String words =
        String.join(" ", sections)
            .replaceAll("\\*Ann Lee\\*( \\(continued\\))?|\n> |[\u201C\u201D]", " ")
            .replaceAll("\\s+", " ")
            .strip();
    assertThat(words).isEqualTo(SlackText.escape(quote));
  }

  @Test
  void whoSaidWhatMarksAProbableSpeakerAndAWithheldOneEscaped() {
    Brief brief = Brief.of(UncertainSpeakers.analysis(), AttributionBands.DEFAULT);
    List<String> sections =
        Blocks.whoSaidWhat(brief).stream()
            .flatMap(d -> d.blocks().stream())
            .map(b -> ((SectionBlock) b).getText().getText())
            .toList();
    assertThat(sections)
        .containsExactly(
            "*Jens Stoltenberg, NATO Secretary General*\n> \u201C"
                + UncertainSpeakers.SURE
                + "\u201D",
            "*Probably Jens Stoltenberg, NATO Secretary General*\n"
                + "> \u201CAllies must spend more on defence &amp; cyber,\u201D",
            "*Speaker unclear: 'he'*\n> \u201C" + UncertainSpeakers.WITHHELD + "\u201D",
            "*Speaker not named in the text*\n> \u201C" + UncertainSpeakers.UNNAMED + "\u201D");
  }

  @Test
  void anUnfurlsTopQuoteHasANamedSpeakerAndSaysProbablyWhenItIs() {
    AttributionBands bands = new AttributionBands(0.5, 0.95); // the sure quote is probable now
    String unfurl = Blocks.unfurl(Brief.of(UncertainSpeakers.analysis(), bands)).get(0).toString();
    assertThat(unfurl)
        .contains(UncertainSpeakers.SURE)
        .contains("\u2014 Probably Jens Stoltenberg, NATO Secretary General");
    AttributionBands strict = new AttributionBands(0.95, 0.95); // every speaker withheld
    assertThat(Blocks.unfurl(Brief.of(UncertainSpeakers.analysis(), strict)).get(0).toString())
        .doesNotContain("\u2014");
  }

  @Test
  void mentionsInNaturalPhrasing() {
    assertThat(Mentions.parse(SlackText.plain("<@U1> who said \u201Cwe will win\u201D?")))
        .isEqualTo(new Mentions.Intent("whosaid", "we will win"));
    assertThat(Mentions.parse(SlackText.plain("<@U1> where is this quote from: \"no deal\"")))
        .isEqualTo(new Mentions.Intent("whosaid", "no deal"));
    assertThat(Mentions.parse(SlackText.plain("<@U1> summarize <https://news.test/a|news.test>")))
        .isEqualTo(new Mentions.Intent("summary", "https://news.test/a"));
    assertThat(Mentions.parse(SlackText.plain("<@U1> what did Stoltenberg say?")))
        .isEqualTo(new Mentions.Intent("quotes", "Stoltenberg"));
    assertThat(Mentions.parse(SlackText.plain("<@U1> hello there")).subcommand()).isEqualTo("help");
  }
}
