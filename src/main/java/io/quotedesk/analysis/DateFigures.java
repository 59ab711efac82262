package io.quotedesk.analysis;

import io.quotedesk.analysis.Fact.Kind;
import io.quotedesk.ingest.Article;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in English stories: years, month dates and weekdays, the last two resolved against the
 * publication date, which is read here for stories in every language.
 */
final class DateFigures {
  /** "2006"; not "2000 people", not a part of "2006-07". */
  private static final Pattern YEAR =
      Pattern.compile("((?:19|20)\\d{2})\\b(?![-%$,.]\\d)(?!\\s[a-z]+s\\b)");

  /** "March 5", "Sept. 11, 2001", "May 12th". */
  private static final Pattern MONTH_DATE =
      Pattern.compile(
          "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?"
              + "|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?"
              + "|Dec(?:ember|\\.)?)\\s(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s((?:19|20)\\d{2}))?\\b");

  private static final Pattern WEEKDAY =
      Pattern.compile("(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  /** "by the end of 2024", "the start of 2006". */
  private static final Pattern YEAR_PREFIX =
      Pattern.compile("(?i)(?<![\\p{L}])(?:(?:by|at) )?the (?:end|start|beginning|middle) of $");

  /** "on Wednesday", "last Friday". */
  private static final Pattern WEEKDAY_PREFIX =
      Pattern.compile("(?i)(?<![\\p{L}])(?:on|last|this|next) $");

  private static final List<String> MONTH_ABBREVIATIONS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private DateFigures() {}

  /**
   * The day the article was published, from its metadata: "2024-07-10T09:00:00Z" or a value that
   * opens with "2024-07-10"; empty when it has none or none that reads as a date.
   */
  static Optional<LocalDate> publicationDate(Article article) {
    Optional<String> published = article.metadata().published();
    if (published.isEmpty()) {
      return Optional.empty();
    }
    String value = published.get();
    try {
      return Optional.of(OffsetDateTime.parse(value).toLocalDate());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value));
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  /** "by the end of 2024" → the year 2024, its value as written. */
  static Fact yearAt(String text, int i) {
    Fact year = FactSpans.at(text, YEAR, i, Kind.DATE, m -> m.group(1), m -> null);
    return FactSpans.withWordsBefore(text, year, YEAR_PREFIX);
  }

  /** "March 5" → 2024-03-05 in a story of 2024; "--03-05" when the year is not known. */
  static Fact monthDateAt(String text, int i, Optional<LocalDate> published) {
    return FactSpans.at(text, MONTH_DATE, i, Kind.DATE, m -> monthDate(m, published), m -> null);
  }

  /** "on Wednesday" → the date of that day; without a publication date, a date with no value. */
  static Fact weekdayAt(String text, int i, Optional<LocalDate> published) {
    Fact weekday =
        FactSpans.at(text, WEEKDAY, i, Kind.DATE, m -> weekday(m.group(1), published), m -> null);
    return FactSpans.withWordsBefore(text, weekday, WEEKDAY_PREFIX);
  }

  /** "on Wednesday" in a story published on a Thursday is the day before. */
  private static String weekday(String day, Optional<LocalDate> published) {
    return published
        .map(
            p ->
                p.with(
                        TemporalAdjusters.previousOrSame(
                            DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT))))
                    .toString())
        .orElse(null);
  }

  /** The ISO date a month date names; null for an impossible one ("Feb. 30, 2023"). */
  private static String monthDate(Matcher m, Optional<LocalDate> published) {
    int month = monthNumber(m.group(1));
    int day = Integer.parseInt(m.group(2));
    if (month < 1 || day < 1 || day > 31) {
      return null;
    }
    Integer year =
        m.group(3) != null
            ? Integer.valueOf(m.group(3))
            : published.map(LocalDate::getYear).orElse(null);
    try {
      // Without a year, a leap year's calendar: "February 29" may be real, "February 30" is not.
      return year == null
          ? LocalDate.of(2024, month, day).format(DateTimeFormatter.ofPattern("--MM-dd"))
          : LocalDate.of(year, month, day).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** "Sept." → 9: a month's first three letters name it. */
  private static int monthNumber(String written) {
    String m = written.toLowerCase(Locale.ROOT).substring(0, 3);
    return MONTH_ABBREVIATIONS.indexOf(m) + 1;
  }
}
