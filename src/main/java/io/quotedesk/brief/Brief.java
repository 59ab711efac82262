package io.quotedesk.brief;

import static java.util.Objects.requireNonNull;

import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Fact;
import io.quotedesk.analysis.Quote;
import io.quotedesk.analysis.SummaryLine;
import io.quotedesk.brief.AttributionBands.Band;
import io.quotedesk.ingest.ArticleMetadata;
import java.util.ArrayList;
import java.util.HashMap;
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

  /**
   * A speaker as a reader sees them ("Full Name, role", "Probably Full Name, role", "Speaker
   * unclear: 'he'"), how sure that is, and their quotes: body quotes first, headline ones last.
   */
  public record SpeakerQuotes(String speaker, Band band, List<String> quotes) {
    public SpeakerQuotes {
      requireNonNull(speaker, "speaker");
      requireNonNull(band, "band");
      quotes = List.copyOf(quotes);
    }
  }

  public Brief {
    requireNonNull(headline, "headline");
    summary = List.copyOf(summary);
    keyNumbers = List.copyOf(keyNumbers);
    whoSaidWhat = List.copyOf(whoSaidWhat);
  }

  /** The brief of an analysis, each speaker shown as surely as {@code bands} allow. */
  public static Brief of(Analysis analysis, AttributionBands bands) {
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
        whoSaidWhat(analysis.quotes(), bands),
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
      for (Fact fact : FactLines.distinct(facts)) {
        if (fact.kind() == kind && lines.size() < MAX_KEY_NUMBERS) {
          lines.add(FactLines.line(fact));
        }
      }
    }
    return List.copyOf(lines);
  }

  /**
   * Speakers in order of their first body quote, then quotes whose speaker is unclear, then those
   * nobody is said to have said. A probable speaker is a line of its own, never merged into the
   * same name said surely.
   */
  private static List<SpeakerQuotes> whoSaidWhat(List<Quote> quotes, AttributionBands bands) {
    Map<String, Band> bandOf = new HashMap<>();
    Map<String, List<String>> body = new LinkedHashMap<>();
    Map<String, List<String>> headline = new LinkedHashMap<>();
    for (Quote quote : quotes) {
      String speaker = bands.heading(quote);
      bandOf.put(speaker, bands.band(quote));
      (quote.headline() ? headline : body)
          .computeIfAbsent(speaker, k -> new ArrayList<>())
          .add(quote.text());
    }
    Map<String, List<String>> merged = new LinkedHashMap<>();
    body.forEach(
        (speaker, list) -> merged.computeIfAbsent(speaker, k -> new ArrayList<>()).addAll(list));
    headline.forEach(
        (speaker, list) -> merged.computeIfAbsent(speaker, k -> new ArrayList<>()).addAll(list));
    List<SpeakerQuotes> result = new ArrayList<>();
    for (List<Band> wanted :
        List.of(
            List.of(Band.SURE, Band.PROBABLE), List.of(Band.UNCLEAR), List.of(Band.NOT_NAMED))) {
      merged.forEach(
          (speaker, list) -> {
            if (wanted.contains(bandOf.get(speaker))) {
              result.add(new SpeakerQuotes(speaker, bandOf.get(speaker), list));
            }
          });
    }
    return result;
  }

  /** The speaker line of quotes nobody is said to have said. */
  public static final String UNKNOWN = "Speaker not named in the text";
}
