package io.quotedesk.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A quoted passage and, when the text tells us, who said it. {@code text} is the article's text at
 * [start, end), without the outer quotation marks.
 */
public record Quote(
    String text,
    int start,
    int end,
    int paragraph,
    boolean partial,
    boolean headline,
    Optional<Speaker> speaker,
    Optional<Mention> mention,
    Optional<String> cue) {

  public Quote {
    requireNonNull(text, "text");
    requireNonNull(speaker, "speaker");
    requireNonNull(mention, "mention");
    requireNonNull(cue, "cue");
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "bad span " + start + ".." + end + " for " + text.length());
    }
    if (paragraph < 0) {
      throw new IllegalArgumentException("bad paragraph " + paragraph);
    }
  }

  /** This quote with the words that name its speaker, who could not be resolved ("they"). */
  public Quote mentioned(Mention how, String verb) {
    return withSource(Optional.empty(), Optional.of(how), verb);
  }

  /** This quote with its speaker, the mention that named them, and the cue verb. */
  public Quote attributed(Speaker who, Mention how, String verb) {
    return withSource(Optional.of(who), Optional.ofNullable(how), verb);
  }

  /**
   * The speaker when the analysis is at least {@code minConfidence} sure of them: below it, a
   * speaker is withheld (kept from a record stored under a lower threshold, shown as unclear).
   */
  public Optional<Speaker> speakerAtLeast(double minConfidence) {
    return speaker.filter(s -> s.confidence() >= minConfidence);
  }

  /** This quote with another speaker, or none, keeping the mention and cue. */
  public Quote withSpeaker(Speaker who) {
    return withSource(Optional.ofNullable(who), mention, cue.orElse(null));
  }

  private Quote withSource(Optional<Speaker> who, Optional<Mention> how, String verb) {
    return new Quote(
        text, start, end, paragraph, partial, headline, who, how, Optional.ofNullable(verb));
  }
}
