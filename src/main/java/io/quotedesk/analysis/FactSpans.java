package io.quotedesk.analysis;

import io.quotedesk.analysis.Fact.Kind;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds facts from the text they span, for every language: a fact is always the article's own text
 * between its offsets, so each change of span goes through here.
 */
final class FactSpans {
  /** How far back the words that belong to a figure may start: "by the end of 2024". */
  private static final int WORDS_BEFORE_WINDOW = 30;

  private FactSpans() {}

  /**
   * The figure {@code pattern} matches right at {@code from}, or null; also null when a figure
   * other than a date has no value ("$" followed by no readable amount).
   */
  static Fact at(
      String text,
      Pattern pattern,
      int from,
      Kind kind,
      Function<Matcher, Object> value,
      Function<Matcher, String> unit) {
    Matcher m = pattern.matcher(text).region(from, text.length());
    if (!m.lookingAt()) {
      return null;
    }
    Object v = value.apply(m);
    if (v == null && kind != Kind.DATE) {
      return null;
    }
    return matched(kind, text, m, v, unit.apply(m));
  }

  /** The fact over what {@code m} matched from the start of its region. */
  static Fact matched(Kind kind, String text, Matcher m, Object value, String unit) {
    return new Fact(
        kind,
        text.substring(m.regionStart(), m.end()),
        Optional.ofNullable(value),
        Optional.ofNullable(unit),
        Optional.empty(),
        m.regionStart(),
        m.end());
  }

  /**
   * The fact with the words just before it that belong to it, when {@code before} finds them ending
   * right at the fact: "up to 18 allies", "for the 65 years", "Ende 2024", "am Mittwoch".
   */
  static Fact withWordsBefore(String text, Fact fact, Pattern before) {
    if (fact == null || before == null) {
      return fact;
    }
    int windowStart = Math.max(0, fact.start() - WORDS_BEFORE_WINDOW);
    Matcher m = before.matcher(text).region(windowStart, fact.start());
    m.useTransparentBounds(true).useAnchoringBounds(true);
    if (!m.find()) {
      return fact;
    }
    return new Fact(
        fact.kind(),
        text.substring(m.start(), fact.end()),
        fact.value(),
        fact.unit(),
        fact.about(),
        m.start(),
        fact.end());
  }

  /** The same fact, measuring {@code about}: "2% of gross domestic product". */
  static Fact withAbout(Fact fact, String about) {
    return new Fact(
        fact.kind(),
        fact.text(),
        fact.value(),
        fact.unit(),
        Optional.of(about),
        fact.start(),
        fact.end());
  }
}
