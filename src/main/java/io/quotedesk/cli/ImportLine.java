package io.quotedesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Fact;
import io.quotedesk.analysis.Quote;
import io.quotedesk.analysis.SummaryLine;
import io.quotedesk.ingest.TextRange;
import io.quotedesk.ingest.UrlNormalizer;
import io.quotedesk.store.AnalysisJson;
import io.quotedesk.store.Archive;
import io.quotedesk.store.StoredArticle;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One line of an export, checked as {@code ingest} would have made it before it joins the archive:
 * an address (an http(s) URL, or the {@code file:} key of a local ingest), a version, a time, and
 * every span inside the article's text. A line with an empty address would top every search and
 * could never be forgotten.
 */
final class ImportLine {
  /** Why a line was skipped, as the end of the sentence "line N: skipped, …". */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid(String reason) {
      super(reason);
    }
  }

  private ImportLine() {}

  static StoredArticle read(String line) throws Invalid {
    JsonNode node;
    try {
      node = AnalysisJson.parse(line);
    } catch (IOException e) {
      throw new Invalid("it is not JSON");
    }
    if (node == null || !node.isObject()) {
      throw new Invalid("it is not an exported article");
    }
    String url = address(node.path("url").asText("").strip());
    int version = node.path("version").asInt(0);
    if (version < 1) {
      throw new Invalid("it has no version number");
    }
    Instant fetchedAt;
    try {
      fetchedAt = Instant.parse(node.path("fetchedAt").asText(""));
    } catch (DateTimeParseException e) {
      throw new Invalid("it has no fetchedAt time");
    }
    Analysis analysis;
    try {
      analysis = AnalysisJson.decode(node.path("analysis"));
    } catch (RuntimeException e) {
      throw new Invalid("its analysis is incomplete");
    }
    checkSpans(analysis);
    return new StoredArticle(url, version, fetchedAt, analysis, List.of());
  }

  /** The archive's key for the line's address: as ingest keys it, or the file: key it kept. */
  private static String address(String url) throws Invalid {
    if (url.isEmpty()) {
      throw new Invalid("it has no address");
    }
    if (url.startsWith("file:")) {
      try {
        URI uri = URI.create(url);
        if (uri.getPath() != null && uri.getPath().startsWith("/")) {
          return url;
        }
      } catch (IllegalArgumentException e) {
        // reported below
      }
      throw new Invalid("its file address " + url + " is not an absolute file: URI");
    }
    if (!UrlNormalizer.isAddress(url)) {
      throw new Invalid("its address " + url + " is not an http(s) address or a file: key");
    }
    return Archive.keyOf(url);
  }

  private static void checkSpans(Analysis analysis) throws Invalid {
    String text = analysis.article().text();
    if (text.isBlank()) {
      throw new Invalid("its article has no text");
    }
    for (Quote quote : analysis.quotes()) {
      span("a quote", text, quote.start(), quote.end(), quote.text());
      if (quote.mention().isPresent()) {
        var mention = quote.mention().get();
        span("a speaker's mention", text, mention.start(), mention.end(), mention.text());
      }
    }
    for (SummaryLine line : analysis.summary()) {
      span("a summary line", text, line.start(), line.end(), line.text());
    }
    for (Fact fact : analysis.facts()) {
      span("a figure", text, fact.start(), fact.end(), fact.text());
    }
    for (TextRange range : analysis.article().furniture()) {
      span("page furniture", text, range.start(), range.end(), null);
    }
    if (analysis.article().headline().isPresent()) {
      TextRange headline = analysis.article().headline().get();
      span("the headline", text, headline.start(), headline.end(), null);
    }
  }

  /** The span lies inside the text and, when {@code words} are given, holds exactly them. */
  private static void span(String what, String text, int start, int end, String words)
      throws Invalid {
    if (start < 0 || end > text.length() || start > end) {
      throw new Invalid(what + " lies outside the article's text");
    }
    if (words != null && !text.substring(start, end).equals(words)) {
      throw new Invalid(what + " does not match the article's text at its offsets");
    }
  }
}
