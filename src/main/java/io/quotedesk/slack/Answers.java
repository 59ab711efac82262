package io.quotedesk.slack;

import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.analysis.Fact;
import io.quotedesk.brief.AttributionBands;
import io.quotedesk.brief.Brief;
import io.quotedesk.brief.FactLines;
import io.quotedesk.check.ClaimParser;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What QuoteDesk answers, whatever the front end: each question routed to what the archive holds
 * for it, and handed to its renderer ({@link Blocks}, {@link HitBlocks}, {@link Verdicts}). Slack
 * posts the replies as Block Kit; the console prints their text.
 */
public final class Answers {
  private static final Logger LOG = LoggerFactory.getLogger(Answers.class);

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

  /** What the app answers, each under its own name ({@link #canonical} maps the aliases). */
  static final List<String> SUBCOMMANDS =
      List.of("summary", "quotes", "whosaid", "facts", "check", "help");

  /** Stored quotes beyond this many are not worth paging through in Slack. */
  static final int MAX_HITS = 50;

  /** A web address in plain text, up to the first space (Slack's own escaping read already). */
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>|\"\u201C\u201D]+");

  private final Archive archive;
  private final Analyzer analyzer;
  private final AttributionBands bands;
  private final HitBlocks hitBlocks;
  private final Verdicts verdicts;

  /**
   * @param bands how sure a speaker must be to be named, or named as fact
   */
  public Answers(Archive archive, Analyzer analyzer, AttributionBands bands) {
    this.archive = archive;
    this.analyzer = analyzer;
    this.bands = bands;
    this.hitBlocks = new HitBlocks(bands);
    this.verdicts = new Verdicts(bands);
  }

  /** The subcommand a word names ("summarize" is "summary"); "help" for anything unknown. */
  static String canonical(String subcommand) {
    return switch (subcommand.toLowerCase(Locale.ROOT)) {
      case "summary", "summarize", "summarise" -> "summary";
      case "quotes" -> "quotes";
      case "whosaid", "who-said" -> "whosaid";
      case "facts" -> "facts";
      case "check", "checkquote" -> "check";
      default -> "help";
    };
  }

  /** True when answering needs a fetch (an address), so the asker is told to wait. */
  static boolean fetches(String subcommand, String argument) {
    String name = canonical(subcommand);
    return firstUrl(argument) != null && !name.equals("whosaid") && !name.equals("help");
  }

  /**
   * True when answering reads an article, fetched or pasted: slow work, kept apart from quick
   * answers (who said, checks, a person's quotes, help).
   */
  static boolean reads(String subcommand, String argument) {
    return switch (canonical(subcommand)) {
      case "summary", "facts" -> !argument.isBlank();
      case "quotes" -> firstUrl(argument) != null;
      default -> false;
    };
  }

  /** The first web address in a text, without the punctuation that ends its sentence. */
  static String firstUrl(String text) {
    Matcher m = URL.matcher(text);
    if (!m.find()) {
      return null;
    }
    String url = m.group().replaceAll("[.,;:!?'\u2019]+$", "");
    // A closing bracket belongs to the address only when the address opened one.
    return url.endsWith(")") && url.indexOf('(') < 0 ? url.substring(0, url.length() - 1) : url;
  }

  public Reply answer(String subcommand, String argument) {
    try {
      return switch (canonical(subcommand)) {
        case "summary" -> summary(argument);
        case "quotes" -> quotes(argument);
        case "whosaid" -> whoSaid(argument);
        case "facts" -> facts(argument);
        case "check" -> check(argument);
        default -> Reply.privately(HELP);
      };
    } catch (IngestException | StoreException e) {
      return Reply.privately(Failures.sentence(e));
    } catch (RuntimeException e) {
      return couldNotAnswer(subcommand, e);
    }
  }

  /**
   * A fault of ours still gets an answer, not silence after "Reading…"; the log has the cause, but
   * never the asker's text (it may be a confidential draft).
   */
  private static Reply couldNotAnswer(String subcommand, RuntimeException e) {
    LOG.error("answering {} failed", subcommand, e);
    return Reply.privately(Failures.COULD_NOT_ANSWER);
  }

  private Reply summary(String argument) throws IngestException, StoreException {
    if (argument.isBlank()) {
      return Reply.privately("Give me a link or paste the article: `/quotedesk summary URL`.");
    }
    Brief brief = Brief.of(analysis(argument), bands);
    if (firstUrl(argument) == null && saysNothing(brief)) {
      // "hello", "https://", "!!!": a header reading "(untitled)" and nothing under it helps no
      // one.
      return Reply.privately(
          "I found no story in that text to summarise: paste the article itself, or give its"
              + " link (`/quotedesk summary URL`).");
    }
    return privateWhenPasted(argument, Blocks.summary(brief));
  }

  private static boolean saysNothing(Brief brief) {
    return brief.summary().isEmpty()
        && brief.dek().isEmpty()
        && brief.keyNumbers().isEmpty()
        && brief.whoSaidWhat().isEmpty();
  }

  /** Pasted text is often a draft: its answer goes to the asker alone, like a check. */
  private static Reply privateWhenPasted(String argument, Reply reply) {
    return firstUrl(argument) == null ? reply.toAskerOnly() : reply;
  }

  private Reply quotes(String argument) throws IngestException, StoreException {
    if (argument.isBlank()) {
      return Reply.privately(
          "Give me a link or a name: `/quotedesk quotes URL` or `/quotedesk quotes NAME`.");
    }
    if (firstUrl(argument) == null) {
      return hits(
          "Quotes by " + argument.strip(), archive.store().quotesBy(argument.strip(), MAX_HITS));
    }
    return Blocks.quotes(Brief.of(analysis(argument), bands));
  }

  private Reply whoSaid(String words) throws StoreException {
    String bare = words.strip().replaceAll("^[\"\u201C\u201D']+|[\"\u201C\u201D'?]+$", "");
    SearchQuery query = SearchQuery.of(bare, MAX_HITS);
    if (!query.hasWords()) {
      return Reply.privately("Tell me the words: `/quotedesk whosaid \"the words\"`.");
    }
    List<SearchHit> hits = archive.store().whoSaid(query);
    if (hits.isEmpty() && query.commonWordsOnly()) {
      return Reply.privately(query.commonWordsAnswer());
    }
    return hitBlocks.hits(
        "Who said \u201C" + bare + "\u201D", hits, hits.isEmpty() ? "" : paragraph(hits.get(0)));
  }

  private Reply facts(String argument) throws IngestException, StoreException {
    if (argument.isBlank()) {
      return Reply.privately("Give me a link: `/quotedesk facts URL`.");
    }
    return privateWhenPasted(argument, facts(analysis(argument)));
  }

  private static Reply facts(Analysis analysis) {
    List<String> lines = new ArrayList<>();
    for (Fact fact : FactLines.distinct(analysis.facts())) {
      lines.add(FactLines.line(fact));
    }
    return Blocks.facts(analysis.article().metadata().title().orElse("The article"), lines);
  }

  /**
   * The summary, quotes or facts of an article already read, such as a file named at the console;
   * {@code null} for a subcommand that reads no article.
   */
  Reply about(String subcommand, Analysis analysis) {
    return switch (canonical(subcommand)) {
      case "summary" -> Blocks.summary(Brief.of(analysis, bands));
      case "quotes" -> Blocks.quotes(Brief.of(analysis, bands));
      case "facts" -> facts(analysis);
      default -> null;
    };
  }

  private Reply hits(String title, List<SearchHit> hits) throws StoreException {
    return hitBlocks.hits(title, hits, hits.isEmpty() ? "" : paragraph(hits.get(0)));
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
  private Reply check(String argument) throws IngestException, StoreException {
    QuoteCheck.Claim claim = ClaimParser.parse(argument);
    if (!claim.hasWords()) {
      return Reply.privately(
          "Give me the quote and who said it: `/quotedesk check \"the words\" \u2014 NAME`.");
    }
    return checkAll(List.of(claim));
  }

  /** Every quotation in a message (the "Check quotes" shortcut), privately. */
  public Reply checkMessage(String message) {
    List<QuoteCheck.Claim> claims =
        ClaimParser.claimsIn(message).stream().filter(QuoteCheck.Claim::hasWords).toList();
    if (claims.isEmpty()) {
      return Reply.privately("That message has no quotation in quotation marks to check.");
    }
    try {
      return checkAll(claims);
    } catch (IngestException | StoreException e) {
      return Reply.privately(Failures.sentence(e));
    } catch (RuntimeException e) {
      return couldNotAnswer("check_quotes", e);
    }
  }

  private Reply checkAll(List<QuoteCheck.Claim> claims) throws IngestException, StoreException {
    QuoteChecker checker = new QuoteChecker(archive, bands.min());
    List<QuoteCheck> checks = new ArrayList<>();
    for (QuoteCheck.Claim claim : claims) {
      checks.add(checker.check(claim, Optional.empty()));
    }
    return verdicts.reply(checks);
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
                ? SlackText.link(stored.url(), title)
                : SlackText.escape(title));
      }
    } catch (StoreException e) {
      lines.add(SlackText.escape(Failures.sentence(e)));
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
