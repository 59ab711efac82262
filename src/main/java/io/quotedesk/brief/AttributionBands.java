package io.quotedesk.brief;

import io.quotedesk.analysis.Analyzer;
import io.quotedesk.analysis.Quote;
import io.quotedesk.analysis.Speaker;
import java.util.Optional;

/**
 * How sure a speaker must be to be shown, from the settings {@code attribution.minConfidence}
 * ({@code min}) and {@code attribution.sureConfidence} ({@code sure}): at or above {@code sure} a
 * name is shown as fact, from {@code min} up to it as "probably", below {@code min} not at all
 * ("speaker unclear: 'he'"). A higher {@code min} shows fewer wrong names and more unclear
 * speakers; {@code sure} is where "probably" stops.
 */
public record AttributionBands(double min, double sure) {
  /** The built-in defaults, as config/quotedesk.yaml ships them. */
  public static final AttributionBands DEFAULT =
      new AttributionBands(Analyzer.DEFAULT_MIN_CONFIDENCE, 0.85);

  /** How a quote's speaker is shown. */
  public enum Band {
    /** Named as fact: "Jens Stoltenberg, NATO Secretary General". */
    SURE,
    /** Named, with a marker: "probably Jens Stoltenberg, NATO Secretary General". */
    PROBABLE,
    /** Withheld, the words that name them kept: "speaker unclear: 'he'". */
    UNCLEAR,
    /** The text names nobody: "speaker not named". */
    NOT_NAMED;

    /** Whether a name is shown at all, as fact or as "probably". */
    public boolean named() {
      return this == SURE || this == PROBABLE;
    }
  }

  public AttributionBands {
    if (!(min >= 0 && min <= 1 && sure >= 0 && sure <= 1)) {
      throw new IllegalArgumentException("confidences must be 0 to 1: " + min + ", " + sure);
    }
    if (min > sure) {
      throw new IllegalArgumentException("min " + min + " above sure " + sure);
    }
  }

  /** The quote's speaker when confident enough to name: sure or probable. */
  public Optional<Speaker> named(Quote quote) {
    return quote.speakerAtLeast(min);
  }

  public Band band(Quote quote) {
    Optional<Speaker> speaker = named(quote);
    if (speaker.isPresent()) {
      return speaker.get().confidence() >= sure ? Band.SURE : Band.PROBABLE;
    }
    // A speaker stored below today's threshold is withheld like one the analyzer withheld.
    return quote.mention().isPresent() || quote.speaker().isPresent()
        ? Band.UNCLEAR
        : Band.NOT_NAMED;
  }

  /**
   * Who said the quote, to follow a dash: "Jens Stoltenberg, NATO Secretary General", "probably
   * Jens Stoltenberg, NATO Secretary General", "speaker unclear: 'he'" or "speaker not named".
   */
  public String label(Quote quote) {
    return describe(quote, false);
  }

  /** The same as a line of its own: "Probably …", "Speaker unclear: 'he'", "Speaker not named". */
  public String heading(Quote quote) {
    return describe(quote, true);
  }

  private String describe(Quote quote, boolean heading) {
    return switch (band(quote)) {
      case SURE -> quote.speaker().orElseThrow().label();
      case PROBABLE ->
          (heading ? "Probably " : "probably ") + quote.speaker().orElseThrow().label();
      case UNCLEAR ->
          (heading ? "Speaker unclear" : "speaker unclear")
              + quote.mention().map(m -> ": '" + m.text() + "'").orElse("");
      case NOT_NAMED -> heading ? Brief.UNKNOWN : "speaker not named";
    };
  }
}
