package io.quotedesk.brief;

import static java.util.Objects.requireNonNull;

import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Fact;
import io.quotedesk.analysis.Quote;
import io.quotedesk.analysis.Speaker;
import io.quotedesk.analysis.SummaryLine;
import io.quotedesk.ingest.ArticleMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every front end shows of an article, each line taken from the article: headline; who
 * published it, when and where; the dek; summary bullets; key numbers; who said what.
 */
public record Brief(
    String headline,
    Optional<String> publisher,
    Optional<String> byline,
    Optional<String> date,
    Optional<String> link,
    Optional<String> dek,
    List<String> summary,
    List<String> keyNumbers,
    List<SpeakerQuotes> whoSaidWhat,
    Optional<String> notice) {

  /** Key numbers beyond this many are noise in a brief. */
  static final int MAX_KEY_NUMBERS = 5;

  /** A speaker, as "Full Name, role", and their quotes: body quotes first, headline ones last. */
  public record SpeakerQuotes(String speaker, List<String> quotes) {
    public SpeakerQuotes {
      requireNonNull(speaker, "speaker");
      quotes = List.copyOf(quotes);
    }
  }

  public Brief {
    requireNonNull(headline, "headline");
    summary = List.copyOf(summary);
    keyNumbers = List.copyOf(keyNumbers);
    whoSaidWhat = List.copyOf(whoSaidWhat);
  }

  /** The brief of an analysis. */
  public static Brief of(Analysis analysis) {
    ArticleMetadata meta = analysis.article().metadata();
    return new Brief(
        meta.title().orElse("(untitled)"),
        meta.publisher(),
        meta.byline(),
        meta.published().flatMap(ApStyle::date),
        meta.canonicalUrl().or(meta::url),
        analysis.dek(),
        analysis.summary().stream().map(SummaryLine::text).toList(),
        keyNumbers(analysis.facts()),
        whoSaidWhat(analysis.quotes()),
        analysis.article().notice());
  }

  /** Money first, then shares, counts and spans of time; dates are context, not key numbers. */
  private static List<String> keyNumbers(List<Fact> facts) {
    Set<String> lines = new LinkedHashSet<>();
    for (Fact.Kind kind :
        List.of(
            Fact.Kind.MONEY,
            Fact.Kind.PERCENT,
            Fact.Kind.COUNT,
            Fact.Kind.DURATION,
            Fact.Kind.NUMBER)) {
      for (Fact fact : facts) {
        if (fact.kind() == kind && lines.size() < MAX_KEY_NUMBERS) {
          lines.add(fact.text() + fact.about().map(a -> " (" + a + ")").orElse(""));
        }
      }
    }
    return List.copyOf(lines);
  }

  /** Speakers in order of their first body quote; quotes nobody is said to have said last. */
  private static List<SpeakerQuotes> whoSaidWhat(List<Quote> quotes) {
    Map<String, List<String>> body = new LinkedHashMap<>();
    Map<String, List<String>> headline = new LinkedHashMap<>();
    for (Quote quote : quotes) {
      String speaker = quote.speaker().map(Speaker::label).orElse(UNKNOWN);
      (quote.headline() ? headline : body)
          .computeIfAbsent(speaker, k -> new ArrayList<>())
          .add(quote.text());
    }
    Map<String, List<String>> merged = new LinkedHashMap<>();
    body.forEach(
        (speaker, list) -> merged.computeIfAbsent(speaker, k -> new ArrayList<>()).addAll(list));
    headline.forEach(
        (speaker, list) -> merged.computeIfAbsent(speaker, k -> new ArrayList<>()).addAll(list));
    List<String> unknown = merged.remove(UNKNOWN);
    List<SpeakerQuotes> result = new ArrayList<>();
    merged.forEach((speaker, list) -> result.add(new SpeakerQuotes(speaker, list)));
    if (unknown != null) {
      result.add(new SpeakerQuotes(UNKNOWN, unknown));
    }
    return result;
  }

  /** The speaker line of quotes nobody is said to have said. */
  public static final String UNKNOWN = "Speaker not named in the text";
}
