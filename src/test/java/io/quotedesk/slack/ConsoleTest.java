package io.quotedesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.analysis.Analyzer;
import io.quotedesk.brief.AttributionBands;
import io.quotedesk.ingest.ArticleLoader;
import io.quotedesk.ingest.PlainTextReader;
import io.quotedesk.store.Archive;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chat console answers the same commands and mentions as Slack, as text. */
class ConsoleTest {
  @TempDir Path dir;

  @Test
  void commandsAliasesAndMentionsAnswerAsText() throws Exception {
    try (ArticleStore store = SqliteStore.open(dir)) {
      Archive archive = new Archive(store, null);
      String seed = Files.readString(Path.of("seeds/000_28f35f942a0f94c1.txt"));
      archive.ingest("seed", new PlainTextReader().read(seed));
      Console console =
          new Console(
              new Answers(archive, new Analyzer(), AttributionBands.DEFAULT),
              archive,
              AttributionBands.DEFAULT);
      assertThat(console.reply("/quotedesk help")).contains("/quotedesk summary");
      assertThat(console.reply("/whosaid \"the national interest\""))
          .contains("Jens Stoltenberg, NATO Secretary General");
      assertThat(console.reply("@QuoteDesk what did Biden say?"))
          .contains("dumb,")
          .contains("Joe Biden, US President");
      assertThat(console.reply("/quotedesk summary " + seed))
          .contains("Jens Stoltenberg")
          .contains("\u2022 ");
      assertThat(console.reply("/checkquote \"dumb\" -- Trump"))
          .contains("Misattributed")
          .contains("Joe Biden");
      assertThat(console.reply("hello")).contains("QuoteDesk reads news articles");
    }
  }

  @Test
  void aPathWithNoArticleFileThereSaysWhyRatherThanReadingThePathAsText() throws Exception {
    try (ArticleStore store = SqliteStore.open(dir)) {
      Archive archive = new Archive(store, ArticleLoader.withPrivateHosts(List.of()));
      Console console =
          new Console(
              new Answers(archive, new Analyzer(), AttributionBands.DEFAULT),
              archive,
              AttributionBands.DEFAULT);
      assertThat(console.reply("/summary " + dir.resolve("no such story.txt")))
          .contains("no file")
          .doesNotContain("paste the article");
      assertThat(console.reply("/quotedesk facts " + dir)).contains("folder");
      assertThat(console.reply("/summary missing.html")).contains("no file");
      assertThat(console.reply("/summary http://127.0.0.1/story.html")).doesNotContain("no file");
    }
  }

  @Test
  void slackEmojiCodesShowAsTheEmoji() {
    assertThat(Console.emoji(Reply.privately(":warning: Paywalled :no_such_code:")))
        .isEqualTo("\u26A0\uFE0F Paywalled :no_such_code:");
  }

  @Test
  void invisibleControlsInAnAnswerAreNotPrinted() {
    assertThat(Console.emoji(Reply.privately("\u201C\u202Eopen\u202C\u201D \u2014 Ann\u200B Lee")))
        .isEqualTo("\u201Copen\u201D \u2014 Ann Lee");
  }
}
