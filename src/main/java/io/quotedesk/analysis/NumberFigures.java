package io.quotedesk.analysis;

import static io.quotedesk.analysis.EnglishNumbers.CURRENCY_AMOUNT;
import static io.quotedesk.analysis.EnglishNumbers.NUM;
import static io.quotedesk.analysis.EnglishNumbers.SCALE;
import static io.quotedesk.analysis.EnglishNumbers.WORD_NUM;

import io.quotedesk.analysis.Fact.Kind;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English figures that start with a number, in digits or words: money, percentages, durations,
 * years and counts. Each pattern is tried only where a figure starts, with lookingAt: scanning the
 * whole text with each of them cost ten times the rest of the analysis.
 */
final class NumberFigures {
  /** "$380 billion (€355 billion)", "£23million". */
  private static final Pattern MONEY_SIGN =
      Pattern.compile("(?i)" + CURRENCY_AMOUNT + "(?:\\s?\\((?:" + CURRENCY_AMOUNT + ")\\))?");

  /** "15 million euros". */
  private static final Pattern MONEY_WORD =
      Pattern.compile("(?i)(?:" + NUM + ")" + SCALE + "\\s(?:dollars|euros|pounds|yen)\\b");

  /** "2%", "2 percent", "51 per cent". */
  private static final Pattern PERCENT =
      Pattern.compile("(?i)(" + NUM + ")\\s?(?:%|percent\\b|per cent\\b)");

  /** "65 years", "four years", "six-month"; not "65 years old" or "a 27-year-old", an age. */
  private static final Pattern DURATION =
      Pattern.compile(
          "(?i)("
              + NUM
              + "|"
              + WORD_NUM
              + ")[\\s-](years?|months?|weeks?|days?|hours?|minutes?"
              + "|decades?|centuries)\\b(?! old|-old)");

  /**
   * "11 of the 31 allies", "14 of the district's 52 schools", "18 allies", "425 young women", "350
   * permanent positions" (one word between), "52 feet", "4,000 people" (plurals without an s).
   */
  private static final Pattern COUNT =
      Pattern.compile(
          "(?i)("
              + NUM
              + "|"
              + WORD_NUM
              + ")( of (?:the |its |their |our |his |her )?(?:[a-z]+['’]s )?(?:"
              + NUM
              + "|"
              + WORD_NUM
              + "))?"
              + "(?:\\s(?:million|billion))?(?:\\s(?!(?:of|and|or|to|in|for|the|a|an)\\b)[a-z]+)?"
              + "\\s((?:[a-z]+-)?[a-z]+s|feet|people|children|men|women|police|staff)\\b");

  /** A vote's tally: "a 5-2 vote", "the 7–2 ruling". */
  private static final Pattern TALLY =
      Pattern.compile("(?i)\\d{1,3}[-\u2013]\\d{1,3}\\s(vote|ruling|decision|majority|verdict)\\b");

  /** Words before a figure that belong to it: "up to 18 allies", "for the 65 years". */
  private static final Pattern COUNT_PREFIX =
      Pattern.compile("(?i)(?<![\\p{L}])(?:up to|more than|at least|nearly|about|some|over) $");

  private static final Pattern DURATION_PREFIX = Pattern.compile("(?i)(?<![\\p{L}])for (?:the )?$");

  /** Nouns that a number before them counts but that are no story figure on their own. */
  private static final Set<String> NOT_COUNTED =
      Lexicon.setOf(
          "years",
          "months",
          "weeks",
          "days",
          "hours",
          "minutes",
          "decades",
          "percent",
          "times",
          "others",
          "ones",
          "thousands",
          "millions",
          "billions",
          "hundreds",
          "dozens");

  private NumberFigures() {}

  /** The money figure at a currency sign: "$380 billion (€355 billion)", "US$5", "A$5". */
  static Fact moneyAtSign(String text, int sign) {
    return FactSpans.at(
        text,
        MONEY_SIGN,
        currencyStart(text, sign),
        Kind.MONEY,
        m -> EnglishNumbers.money(m.group()),
        m -> EnglishNumbers.currency(m.group()));
  }

  /**
   * The figure starting with a number at {@code i}, tried in this order: money, percent, duration,
   * year, count; "15 million euros" is money before it could be a count of euros.
   */
  static Fact atNumber(String text, int i) {
    Fact fact =
        FactSpans.at(
            text,
            MONEY_WORD,
            i,
            Kind.MONEY,
            m -> EnglishNumbers.money(m.group()),
            m -> EnglishNumbers.currency(m.group()));
    if (fact == null) {
      fact =
          FactSpans.at(
              text, PERCENT, i, Kind.PERCENT, m -> EnglishNumbers.number(m.group(1)), m -> "%");
    }
    if (fact == null) {
      fact = durationAt(text, i);
    }
    if (fact == null) {
      fact = DateFigures.yearAt(text, i);
    }
    if (fact == null) {
      fact = tallyAt(text, i);
    }
    if (fact == null) {
      fact = countAt(text, i);
    }
    return fact;
  }

  /** "US$5", "A$5": the letters before a dollar sign belong to the currency. */
  private static int currencyStart(String text, int sign) {
    if (sign >= 2 && text.startsWith("US", sign - 2)) {
      return sign - 2;
    }
    if (sign >= 1 && (text.charAt(sign - 1) == 'A' || text.charAt(sign - 1) == 'C')) {
      return sign - 1;
    }
    return sign;
  }

  /** "for the 65 years" → 65 years. */
  private static Fact durationAt(String text, int i) {
    Fact duration =
        FactSpans.at(
            text,
            DURATION,
            i,
            Kind.DURATION,
            m -> EnglishNumbers.number(m.group(1)),
            m -> plural(m.group(2)));
    return FactSpans.withWordsBefore(text, duration, DURATION_PREFIX);
  }

  /** "a 5-2 vote": a figure with no one value, the tally as written. */
  private static Fact tallyAt(String text, int i) {
    if (text.charAt(i) < '0' || text.charAt(i) > '9') {
      return null; // "four" starts no tally, which opens with a digit
    }
    Matcher m = TALLY.matcher(text).region(i, text.length());
    return m.lookingAt()
        ? FactSpans.matched(Kind.NUMBER, text, m, null, m.group(1).toLowerCase(Locale.ROOT))
        : null;
  }

  /** "up to 18 allies" → 18 allies; "20 years" is a duration and "three others" no figure. */
  private static Fact countAt(String text, int i) {
    Matcher m = COUNT.matcher(text).region(i, text.length());
    if (!m.lookingAt() || NOT_COUNTED.contains(m.group(3).toLowerCase(Locale.ROOT))) {
      return null;
    }
    Object value = EnglishNumbers.number(m.group(1));
    if (m.group(2) != null && value instanceof Number n && n.doubleValue() == 1) {
      return null; // "one of the two members" counts no one: the whole ("two members") is the
      // figure
    }
    String noun = m.group(3).toLowerCase(Locale.ROOT);
    Fact count = FactSpans.matched(Kind.COUNT, text, m, value, noun);
    return FactSpans.withWordsBefore(text, count, COUNT_PREFIX);
  }

  /** "six-month" → "months", the unit a duration's value counts. */
  private static String plural(String unit) {
    String lower = unit.toLowerCase(Locale.ROOT);
    return lower.endsWith("s") ? lower : lower + "s";
  }
}
