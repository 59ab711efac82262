package io.quotedesk.analysis;

import io.quotedesk.analysis.Fact.Kind;
import io.quotedesk.ingest.Article;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a story in German, French, Polish, Spanish, Italian or Portuguese, written as that
 * language writes them ({@link FigureWords}): "3,5 Mrd. Euro" is 3.5 billion euros, "1.234,5" one
 * thousand two hundred thirty-four and a half, "12 millions d'euros", « 3 % », "20 proc.", "3. März
 * 2024", "el 5 de mayo", "am Mittwoch" (resolved against the publication date as in English). Each
 * fact is the article's own text at its span.
 */
final class LocalFactFinder {
  /** "12.03.2024", "12/03/2024": every one of these languages puts the day first. */
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./]((?:19|20)\\d{2})(?![\\d])");

  /** "2006"; not "2006-07", "2,5" or "2024.5". */
  private static final Pattern YEAR =
      Pattern.compile("((?:19|20)\\d{2})(?![\\p{L}\\d])(?![-%$,.]\\d)");

  /** How many stop words may stand between "für" and its noun: "für die neue Bahn". */
  private static final int MAX_SKIPPED = 3;

  private final FigureWords words;
  private final Set<String> stopWords;

  LocalFactFinder(FigureWords words) {
    this.words = words;
    this.stopWords = SummaryWords.of(Optional.of(words.code())).stopWords();
  }

  List<Fact> find(Article article, Optional<LocalDate> published) {
    String text = article.text();
    NonOverlappingFacts facts = new NonOverlappingFacts(article, f -> withAbout(f, text));
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      int next = i + 1;
      Fact fact = null;
      if (c == '$' || c == '€' || c == '£' || c == '¥') {
        fact = signedMoney(text, signStart(text, i));
      } else if (wordStart && Character.isDigit(c)) {
        fact = atNumber(text, i, published);
      } else if (wordStart && Character.isLetter(c)) {
        int end = i;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
          end++;
        }
        if (words.mayStartFigure(text, i, end)) {
          fact = signedMoney(text, i);
          fact = fact != null ? fact : weekdayAt(text, i, published);
        }
        next = fact == null ? end : next;
      }
      i = facts.keep(fact, next);
    }
    return facts.list();
  }

  /**
   * What a figure measures, named after it: "3,5 Mrd. Euro für die Bahn" → "Bahn", "3 % de la
   * population" → "population", "5 mln zł na szkoły" → "szkoły". Dates and bare numbers have none.
   */
  private Fact withAbout(Fact fact, String text) {
    if (fact.kind() == Kind.DATE || fact.kind() == Kind.NUMBER) {
      return fact;
    }
    int[] word = nextWord(text, fact.end());
    if (word == null || !words.isAboutWord(text.substring(word[0], word[1]))) {
      return fact;
    }
    for (int skipped = 0; skipped <= MAX_SKIPPED; skipped++) {
      word = nextWord(text, word[1]);
      if (word == null) {
        return fact;
      }
      String found = text.substring(word[0], word[1]);
      if (!stopWords.contains(found.toLowerCase(Locale.ROOT))) {
        return found.length() < 3 ? fact : FactSpans.withAbout(fact, found);
      }
    }
    return fact;
  }

  /** The word after one space from {@code from} ("d'" and "l'" left out), or null. */
  private static int[] nextWord(String text, int from) {
    int start = from;
    if (start >= text.length() || !Character.isSpaceChar(text.charAt(start))) {
      return null;
    }
    start++;
    int end = start;
    while (end < text.length()
        && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
      end++;
    }
    if (end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')) {
      return nextWordAfterElision(text, end + 1); // "d'euros", "l'État"
    }
    return end > start ? new int[] {start, end} : null;
  }

  private static int[] nextWordAfterElision(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end > start ? new int[] {start, end} : null;
  }

  /** "US$", "R$": the capitals just before a dollar sign belong to the currency. */
  private static int signStart(String text, int sign) {
    int start = sign;
    while (start > 0 && sign - start < 2 && Character.isUpperCase(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /** "CHF 1,5 Mio.", "R$ 2,5 bilhões", "€ 3,5 miliardi". */
  private Fact signedMoney(String text, int from) {
    Matcher m = words.moneyBefore.matcher(text).region(from, text.length());
    if (!m.lookingAt() || words.currency(m.group(1)) == null) {
      return null;
    }
    BigDecimal value = amount(m.group(2), m.group(3));
    return value == null
        ? null
        : FactSpans.matched(Kind.MONEY, text, m, value, words.currency(m.group(1)));
  }

  /**
   * The figure starting with a digit: money, percent, a number with its scale ("2,7 Millionen"), a
   * date, a duration or a year.
   */
  private Fact atNumber(String text, int i, Optional<LocalDate> published) {
    Matcher m = words.moneyAfter.matcher(text).region(i, text.length());
    if (m.lookingAt()) {
      BigDecimal value = amount(m.group(1), m.group(2));
      return value == null
          ? null
          : FactSpans.matched(Kind.MONEY, text, m, value, words.currency(m.group(3)));
    }
    m = words.percent.matcher(text).region(i, text.length());
    if (m.lookingAt()) {
      BigDecimal value = words.value(m.group(1));
      return value == null ? null : FactSpans.matched(Kind.PERCENT, text, m, value, "%");
    }
    m = words.scaledNumber.matcher(text).region(i, text.length());
    if (m.lookingAt()) {
      BigDecimal value = amount(m.group(1), m.group(2));
      return value == null ? null : FactSpans.matched(Kind.NUMBER, text, m, value, null);
    }
    m = NUMERIC_DATE.matcher(text).region(i, text.length());
    if (m.lookingAt()) {
      return date(text, m, Integer.parseInt(m.group(2)), m.group(3), published);
    }
    m = words.dayMonth.matcher(text).region(i, text.length());
    if (m.lookingAt()) {
      return date(text, m, words.month(m.group(2)), m.group(3), published);
    }
    m = words.duration.matcher(text).region(i, text.length());
    if (m.lookingAt()) {
      BigDecimal value = words.value(m.group(1));
      String unit = words.durationUnit(m.group(2));
      return value == null ? null : FactSpans.matched(Kind.DURATION, text, m, value, unit);
    }
    m = YEAR.matcher(text).region(i, text.length());
    if (m.lookingAt()) {
      return FactSpans.withWordsBefore(
          text, FactSpans.matched(Kind.DATE, text, m, m.group(1), null), words.beforeYear);
    }
    return null;
  }

  /** "3,5" and "Mrd." → 3500000000. */
  private BigDecimal amount(String number, String scale) {
    BigDecimal value = words.value(number);
    return value == null ? null : value.multiply(words.scale(scale)).stripTrailingZeros();
  }

  /**
   * "3. März 2024" → 2024-03-03; without its year, the year of publication, else "--03-03" as the
   * English dates. An impossible day ("31. Februar") is no date.
   */
  private static Fact date(
      String text, Matcher m, int month, String writtenYear, Optional<LocalDate> published) {
    int day = Integer.parseInt(m.group(1));
    Integer year =
        writtenYear != null
            ? Integer.valueOf(writtenYear)
            : published.map(LocalDate::getYear).orElse(null);
    try {
      String value =
          year == null
              ? String.format(Locale.ROOT, "--%02d-%02d", month, day)
              : LocalDate.of(year, month, day).toString();
      LocalDate.of(2024, month, day); // a leap year: any real day of that month is valid
      return FactSpans.matched(Kind.DATE, text, m, value, null);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * "am Mittwoch", "mercredi dernier", "w przyszłą środę": the day the weekday names, counted from
   * the publication date; before it (or that day) unless the words say it is the next one.
   */
  private Fact weekdayAt(String text, int i, Optional<LocalDate> published) {
    Matcher m = words.weekday.matcher(text).region(i, text.length());
    if (!m.lookingAt()) {
      return null;
    }
    DayOfWeek day = words.weekday(m.group(1));
    Fact fact =
        FactSpans.withWordsBefore(
            text, FactSpans.matched(Kind.DATE, text, m, null, null), words.beforeWeekday);
    TemporalAdjuster adjuster = TemporalAdjusters.previousOrSame(day);
    Fact past = FactSpans.withWordsBefore(text, fact, words.beforePastWeekday);
    Fact next = FactSpans.withWordsBefore(text, fact, words.beforeNextWeekday);
    if (m.group(2) != null || past != fact) {
      adjuster = TemporalAdjusters.previous(day);
      fact = past;
    } else if (m.group(3) != null || next != fact) {
      adjuster = TemporalAdjusters.next(day);
      fact = next;
    }
    TemporalAdjuster resolve = adjuster;
    Optional<Object> value = published.map(p -> p.with(resolve).toString());
    return new Fact(
        Kind.DATE,
        fact.text(),
        value,
        Optional.empty(),
        Optional.empty(),
        fact.start(),
        fact.end());
  }
}
