package io.quotedesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.slack.Mentions.Intent;
import org.junit.jupiter.api.Test;

/** Slash commands and mentions read as a subcommand and its argument. */
class MentionsTest {
  @Test
  void theMainCommandTakesItsSubcommandFromTheFirstWord() {
    assertThat(Intent.ofCommand("/quotedesk", "  summary   https://news.test/a "))
        .isEqualTo(new Intent("summary", "https://news.test/a"));
    assertThat(Intent.ofCommand("/quotedesk", "help")).isEqualTo(new Intent("help", ""));
    assertThat(Intent.ofCommand("/quotedesk", "")).isEqualTo(new Intent("", ""));
  }

  @Test
  void anAliasIsItsOwnSubcommand() {
    assertThat(Intent.ofCommand("/whosaid", " \"the national interest\" "))
        .isEqualTo(new Intent("whosaid", "\"the national interest\""));
  }

  @Test
  void aMentionAskingWhoSaidQuotedWordsSearchesForThem() {
    assertThat(
            Mentions.parse(
                SlackText.plain("<@U1> who said \u201Cundermine the credibility\u201D?")))
        .isEqualTo(new Intent("whosaid", "undermine the credibility"));
    assertThat(Mentions.parse(SlackText.plain("<@U1> what did Stoltenberg say?")))
        .isEqualTo(new Intent("quotes", "Stoltenberg"));
    assertThat(Mentions.parse(SlackText.plain("<@U1> hello"))).isEqualTo(new Intent("help", ""));
  }
}
