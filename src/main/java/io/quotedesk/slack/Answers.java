package io.quotedesk.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.analysis.Fact;
import io.quotedesk.analysis.Quote;
import io.quotedesk.analysis.Speaker;
import io.quotedesk.brief.AttributionBands;
import io.quotedesk.brief.AttributionBands.Band;
import io.quotedesk.brief.Brief;
import io.quotedesk.check.QuoteCheck;
import io.quotedesk.check.QuoteChecker;
import io.quotedesk.ingest.ArticleLoader;
import io.quotedesk.ingest.IngestException;
import io.quotedesk.ingest.PlainTextReader;
import io.quotedesk.store.Archive;
import io.quotedesk.store.SearchHit;
import io.quotedesk.store.SearchQuery;
import io.quotedesk.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What QuoteDesk answers, whatever the front end: summary, quotes, who-said and facts, from the
 * archive. Slack renders the replies as Block Kit; the console prints their text.
 */
public final class Answers {
  static final String HELP =
      "QuoteDesk reads news articles for you.\n"
          + "\u2022 `/quotedesk summary URL` (or paste the text): the gist, key numbers, who said what\n"
          + "\u2022 `/quotedesk quotes URL` or `/quotedesk quotes NAME`: every quote and its speaker\n"
          + "\u2022 `/quotedesk whosaid \"words\"`: who said it, in which article\n"
          + "\u2022 `/quotedesk facts URL`: the figures in a story\n"
          + "\u2022 `/quotedesk check \"the quote\" \u2014 NAME`: was it said, and by whom? (only you see"
          + " the answer)\n"
          + "Or mention me: `@QuoteDesk who said \"\u2026\"?`, `@QuoteDesk summarize URL`,"
          + " `@QuoteDesk what did Stoltenberg say?`";

  private static final Pattern URL = Pattern.compile("<?(https?://[^\\s|>]+)(?:\\|[^>]*)?>?");

  private final Archive archive;
  private final Analyzer analyzer;
  private final AttributionBands bands;

  /**
   * @param bands how sure a speaker must be to be named, or named as fact
   */
  public Answers(Archive archive, Analyzer analyzer, AttributionBands bands) {
    this.archive = archive;
    this.analyzer = analyzer;
    this.bands = bands;
  }

  /** True when answering needs a fetch (an address), so the asker is told to wait. */
  static boolean fetches(String subcommand, String argument) {
    return URL.matcher(argument).find()
        && !subcommand.equals("whosaid")
        && !subcommand.equals("help");
  }

  /** The first web address in a message, as Slack writes links ("<https://…|label>"). */
  static String firstUrl(String text) {
    Matcher m = URL.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  public Reply answer(String subcommand, String argument) {
    try {
      return switch (subcommand.toLowerCase(Locale.ROOT)) {
        case "summary", "summarize", "summarise" -> summary(argument);
        case "quotes" -> quotes(argument);
        case "whosaid", "who-said" -> whoSaid(argument);
        case "facts" -> facts(argument);
        case "check", "checkquote" -> check(argument);
        default -> Reply.privately(HELP);
      };
    } catch (IngestException | StoreException e) {
      return Reply.privately(e.getMessage());
    }
  }

  Reply summary(String argument) throws IngestException, StoreException {
    if (argument.isBlank()) {
      return Reply.privately("Give me a link or paste the article: `/quotedesk summary URL`.");
    }
    return Blocks.summary(Brief.of(analysis(argument), bands));
  }

  Reply quotes(String argument) throws IngestException, StoreException {
    if (argument.isBlank()) {
      return Reply.privately(
          "Give me a link or a name: `/quotedesk quotes URL` or `/quotedesk quotes NAME`.");
    }
    if (firstUrl(argument) == null) {
      return hits("Quotes by " + argument.strip(), archive.store().quotesBy(argument.strip(), 20));
    }
    Brief brief = Brief.of(analysis(argument), bands);
    int quotes = brief.whoSaidWhat().stream().mapToInt(s -> s.quotes().size()).sum();
    String text =
        brief.headline()
            + ": "
            + quotes
            + " quotes from "
            + brief.whoSaidWhat().size()
            + " speakers";
    return new Reply(
        text,
        List.of(section(s -> s.text(markdownText(Blocks.escape(text))))),
        Blocks.whoSaidWhat(brief),
        false);
  }

  Reply whoSaid(String words) throws StoreException {
    String bare = words.strip().replaceAll("^[\"\u201C\u201D']+|[\"\u201C\u201D'?]+$", "");
    if (bare.isBlank()) {
      return Reply.privately("Tell me the words: `/quotedesk whosaid \"the words\"`.");
    }
    return hits("Who said \u201C" + bare + "\u201D", archive.store().whoSaid(SearchQuery.of(bare)));
  }

  Reply facts(String argument) throws IngestException, StoreException {
    if (argument.isBlank()) {
      return Reply.privately("Give me a link: `/quotedesk facts URL`.");
    }
    Analysis analysis = analysis(argument);
    List<String> lines = new ArrayList<>();
    for (Fact fact : analysis.facts()) {
      lines.add(fact.text() + fact.about().map(a -> " (" + a + ")").orElse(""));
    }
    String title = analysis.article().metadata().title().orElse("The article");
    if (lines.isEmpty()) {
      return new Reply(title + ": no figures found.", List.of(), List.of(), false);
    }
    String text = title + "\n\u2022 " + String.join("\n\u2022 ", lines);
    return new Reply(
        text,
        List.of(
            section(
                s -> s.text(markdownText(Blocks.clip(Blocks.escape(text), Blocks.MAX_SECTION))))),
        List.of(),
        false);
  }

  /**
   * A quote's source: speaker and role, the article (outlet, headline, date, link) and the quote in
   * its paragraph; other matches in the thread.
   */
  private Reply hits(String title, List<SearchHit> hits) throws StoreException {
    if (hits.isEmpty()) {
      return new Reply(title + ": nothing in the archive matches.", List.of(), List.of(), false);
    }
    List<Reply> thread = new ArrayList<>();
    for (SearchHit hit : hits.subList(1, hits.size())) {
      thread.add(hitReply(hit, false));
    }
    Reply best = hitReply(hits.get(0), true);
    return new Reply(title + "\n" + best.text(), best.blocks(), thread, false);
  }

  private Reply hitReply(SearchHit hit, boolean withParagraph) throws StoreException {
    Quote quote = hit.quote();
    String speaker = bands.heading(quote);
    String source =
        hit.article().publisher().map(p -> p + " \u00B7 ").orElse("")
            + hit.article().title().orElse(hit.article().url())
            + hit.article()
                .published()
                .map(d -> " \u00B7 " + d.substring(0, Math.min(10, d.length())))
                .orElse("");
    String paragraph = withParagraph ? paragraph(hit) : "";
    String text =
        "\u201C"
            + quote.text()
            + "\u201D \u2014 "
            + bands.label(quote)
            + "\n"
            + source
            + " "
            + hit.article().url()
            + (paragraph.isEmpty() ? "" : "\n" + paragraph);
    String mrkdwn =
        "*"
            + Blocks.escape(speaker)
            + "*\n> \u201C"
            + Blocks.escape(quote.text())
            + "\u201D\n"
            + Blocks.link(hit.article().url(), source)
            + (paragraph.isEmpty() ? "" : "\n_In context:_ " + Blocks.escape(paragraph));
    return new Reply(
        text,
        List.of(section(s -> s.text(markdownText(Blocks.clip(mrkdwn, Blocks.MAX_SECTION))))),
        List.of(),
        false);
  }

  /** The paragraph the quote stands in, from the stored article. */
  private String paragraph(SearchHit hit) throws StoreException {
    var stored = archive.store().latest(hit.article().url());
    if (stored.isEmpty()) {
      return "";
    }
    String text = stored.get().analysis().article().text();
    int start = text.lastIndexOf('\n', Math.max(0, hit.quote().start() - 1)) + 1;
    int end = text.indexOf('\n', hit.quote().end());
    return text.substring(start, end < 0 ? text.length() : end).strip();
  }

  /**
   * A draft's quote checked against the record, privately: drafts are confidential, so the answer
   * goes to the asker alone and the text is neither stored nor logged.
   */
  Reply check(String argument) throws IngestException, StoreException {
    if (argument.isBlank()) {
      return Reply.privately(
          "Give me the quote and who said it: `/quotedesk check \"the words\" \u2014 NAME`.");
    }
    return checkAll(List.of(QuoteChecker.parse(argument)));
  }

  /** Every quotation in a message (the "Check quotes" shortcut), privately. */
  public Reply checkMessage(String message) {
    List<QuoteCheck.Claim> claims = QuoteChecker.claimsIn(message);
    if (claims.isEmpty()) {
      return Reply.privately("That message has no quotation in quotation marks to check.");
    }
    try {
      return checkAll(claims);
    } catch (IngestException | StoreException e) {
      return Reply.privately(e.getMessage());
    }
  }

  private Reply checkAll(List<QuoteCheck.Claim> claims) throws IngestException, StoreException {
    QuoteChecker checker = new QuoteChecker(archive, bands.min());
    StringBuilder text = new StringBuilder();
    for (QuoteCheck.Claim claim : claims) {
      QuoteCheck check = checker.check(claim, Optional.empty());
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(verdictLine(check));
    }
    return Reply.privately(text.toString());
  }

  private String verdictLine(QuoteCheck check) {
    String claimed = "\u201C" + check.claimed().text() + "\u201D";
    StringBuilder out = new StringBuilder();
    switch (check.verdict()) {
      case EXACT -> out.append(":white_check_mark: Exact: ").append(claimed);
      case CLOSE -> out.append(":warning: Close, not exact: ").append(claimed);
      case MISATTRIBUTED -> out.append(":x: Misattributed: ").append(claimed).append(saidBy(check));
      case OUT_OF_CONTEXT -> out.append(":warning: Out of context: ").append(claimed);
      case NOT_FOUND -> out.append(":grey_question: Not found in the archive: ").append(claimed);
    }
    check
        .match()
        .ifPresent(
            m ->
                out.append("\nOn record: \u201C")
                    .append(m.quote().text())
                    .append("\u201D \u2014 ")
                    .append(bands.label(m.quote()))
                    .append(" \u00B7 ")
                    .append(m.article().title().orElse(""))
                    .append(" ")
                    .append(m.article().url()));
    for (QuoteCheck.Difference d : check.differences()) {
      out.append("\n").append(d.op().equals("delete") ? "\u2212 " : "+ ").append(d.text());
    }
    check
        .context()
        .ifPresent(c -> out.append("\nThe whole sentence: \u201C").append(c).append("\u201D"));
    unconfirmedSpeaker(check).ifPresent(n -> out.append("\n").append(n));
    return out.toString();
  }

  /** " was said by X" or " was probably said by X", the record's named speaker. */
  private String saidBy(QuoteCheck check) {
    Optional<Quote> quote = check.match().map(SearchHit::quote);
    Optional<Speaker> speaker = quote.flatMap(bands::named);
    if (speaker.isEmpty()) {
      return " was said by someone else";
    }
    return (bands.band(quote.get()) == Band.PROBABLE ? " was probably said by " : " was said by ")
        + speaker.get().label();
  }

  /**
   * When the draft names a speaker and the words are on record but their speaker is not named
   * there: the record confirms the words, not who said them.
   */
  private Optional<String> unconfirmedSpeaker(QuoteCheck check) {
    if (check.claimed().speaker().isEmpty() || check.match().isEmpty()) {
      return Optional.empty();
    }
    Quote quote = check.match().get().quote();
    String claimed = check.claimed().speaker().get();
    return switch (bands.band(quote)) {
      case UNCLEAR ->
          Optional.of(
              ":grey_question: The article does not name the speaker clearly"
                  + quote.mention().map(m -> " (it says '" + m.text() + "')").orElse("")
                  + ", so it does not confirm that "
                  + claimed
                  + " said this.");
      case NOT_NAMED ->
          Optional.of(
              ":grey_question: The article does not name the speaker, so it does not confirm that "
                  + claimed
                  + " said this.");
      default -> Optional.empty();
    };
  }

  /** A link's brief for an unfurl; empty when the page can't be read (the link stays plain). */
  Optional<Brief> brief(String url) {
    try {
      return Optional.of(Brief.of(archive.analysis(url), bands));
    } catch (IngestException | StoreException e) {
      return Optional.empty();
    }
  }

  /** The articles read lately, one mrkdwn line each. */
  List<String> recent(int limit) {
    List<String> lines = new ArrayList<>();
    try {
      for (var stored : archive.store().recent(limit)) {
        String title = stored.analysis().article().metadata().title().orElse(stored.url());
        lines.add(
            stored.url().startsWith("http")
                ? Blocks.link(stored.url(), title)
                : Blocks.escape(title));
      }
    } catch (StoreException e) {
      lines.add(Blocks.escape(e.getMessage()));
    }
    return lines;
  }

  /** A link's analysis from the archive, or pasted text analysed on the spot and not stored. */
  private Analysis analysis(String argument) throws IngestException, StoreException {
    String url = firstUrl(argument);
    if (url != null) {
      return archive.analysis(url);
    }
    if (ArticleLoader.isNonWebAddress(argument)) {
      throw new IngestException(ArticleLoader.WEB_ONLY); // file:, ftp: ... are never read for Slack
    }
    // Pasted text may be a draft: analysed here, never stored.
    return analyzer.analyze(new PlainTextReader().read(argument.strip()));
  }
}
