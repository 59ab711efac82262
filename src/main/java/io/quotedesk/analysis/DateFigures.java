package io.quotedesk.analysis;

import io.quotedesk.analysis.Fact.Kind;
import io.quotedesk.ingest.Article;
import io.quotedesk.ingest.Whitespace;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjuster;
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

  private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

  private static final Pattern WEEKDAY = Pattern.compile("(" + WEEKDAYS + ")\\b");

  /** "Friday, May 23": the weekday of a month date. */
  private static final Pattern WEEKDAY_WITH_DATE =
      Pattern.compile("(?:" + WEEKDAYS + "),?\\s" + MONTH_DATE.pattern());

  /** "Tuesday next week", "Friday last week". */
  private static final Pattern WEEK_AFTER = Pattern.compile("\\s(next|last) week\\b");

  /** "will vote on Friday", "we'll know by Monday": the weekday is ahead. */
  private static final Pattern FUTURE_BEFORE =
      Pattern.compile("(?i)(?<![\\p{L}])(?:will|shall|won['’]t)\\b|\\p{L}['’]ll\\b");

  /**
   * A present tense that grammar puts ahead: "Ostrander retires on Friday", "she is leaving on
   * Monday", "the vote is due on Friday", "who is to retire on Friday". Not "said on Friday", nor
   * "the talks on Friday" (a noun after a determiner), nor "says on Friday".
   */
  private static final Pattern PRESENT_FOR_FUTURE =
      Pattern.compile(
          "(?:\\b(?:is|are)\\s+(?:(?:due|set|expected|scheduled|going|slated|poised)\\s+)?to\\s+\\p{L}+"
              + "(?:\\s+\\p{L}+){0,4}"
              + "|\\b(?:is|are)\\s+(?:due|\\p{Ll}{2,}ing)"
              + "|(?:\\b(?i:he|she|it|who|which|that)|(?!(?:The|This|That|These|Those|Its|His|Her|Their|Our|A|An)\\b)\\p{Lu}\\p{L}+)"
              + "\\s+(?!(?:says|tells|adds|was|has|is|does)\\b)\\p{Ll}{2,}[^s\\s']s)\\s*$");

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
    if (!text.startsWith("19", i) && !text.startsWith("20", i)) {
      return null; // what YEAR needs first: no matcher for the other numbers
    }
    Fact year = FactSpans.at(text, YEAR, i, Kind.DATE, m -> m.group(1), m -> null);
    return FactSpans.withWordsBefore(text, year, YEAR_PREFIX);
  }

  /** "March 5" → 2024-03-05 in a story of 2024; "--03-05" when the year is not known. */
  static Fact monthDateAt(String text, int i, Optional<LocalDate> published) {
    return FactSpans.at(text, MONTH_DATE, i, Kind.DATE, m -> monthDate(m, published), m -> null);
  }

  /**
   * "on Wednesday" → the date of that day; without a publication date, a date with no value. A
   * weekday with its month date ("Friday, May 23") is that date.
   */
  static Fact weekdayAt(String text, int i, Optional<LocalDate> published) {
    Fact dated =
        FactSpans.at(
            text, WEEKDAY_WITH_DATE, i, Kind.DATE, m -> monthDate(m, published), m -> null);
    if (dated != null) {
      return FactSpans.withWordsBefore(text, dated, WEEKDAY_PREFIX);
    }
    Matcher m = WEEKDAY.matcher(text).region(i, text.length());
    if (!m.lookingAt()) {
      return null;
    }
    DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    Fact fact =
        FactSpans.withWordsBefore(
            text, FactSpans.matched(Kind.DATE, text, m, null, null), WEEKDAY_PREFIX);
    String direction = fact.text().substring(0, fact.text().length() - m.group(1).length());
    int end = fact.end();
    Matcher week = WEEK_AFTER.matcher(text).region(m.end(), text.length());
    if (week.lookingAt()) { // "Tuesday next week"
      direction = week.group(1) + " week";
      end = week.end();
    }
    boolean future = ahead(clauseBefore(text, fact.start()));
    TemporalAdjuster adjuster = adjuster(day, direction.trim().toLowerCase(Locale.ROOT), future);
    return new Fact(
        Kind.DATE,
        text.substring(fact.start(), end),
        published.map(p -> p.with(adjuster).toString()),
        Optional.empty(),
        Optional.empty(),
        fact.start(),
        end);
  }

  /**
   * "last Friday" is before the publication day, "next Friday", "this Friday" and "will vote on
   * Friday" after it (or that day); a bare "on Friday" is that day or the one before. "Tuesday next
   * week" is the Tuesday of the (Monday to Sunday) week after the publication day's, not the next
   * Tuesday, which on a Monday is the day after.
   */
  private static TemporalAdjuster adjuster(DayOfWeek day, String direction, boolean future) {
    return switch (direction) {
      case "last" -> TemporalAdjusters.previous(day);
      case "next" -> TemporalAdjusters.next(day);
      case "this" -> TemporalAdjusters.nextOrSame(day);
      case "next week" ->
          t -> t.plus(1, ChronoUnit.WEEKS).with(ChronoField.DAY_OF_WEEK, day.getValue());
      case "last week" ->
          t -> t.minus(1, ChronoUnit.WEEKS).with(ChronoField.DAY_OF_WEEK, day.getValue());
      default -> future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day);
    };
  }

  /** "will vote on", "retires on": the clause before a weekday puts it ahead. */
  private static boolean ahead(String clause) {
    // Each pattern costs microseconds over the clause, so it runs only when the words it needs are
    // there: most clauses ("Stoltenberg said on Wednesday") have none.
    String lower = clause.toLowerCase(Locale.ROOT);
    boolean future = lower.contains("ll") || lower.contains("won"); // will, shall, ’ll, won’t
    return future && FUTURE_BEFORE.matcher(clause).find()
        || mayPutAhead(clause) && PRESENT_FOR_FUTURE.matcher(clause).find();
  }

  /**
   * What every reading of {@link #PRESENT_FOR_FUTURE} needs: "is" or "are" before white space ("is
   * due", "are set to"), or a last word in -s ("retires").
   */
  private static boolean mayPutAhead(String clause) {
    for (String be : new String[] {"is", "are"}) {
      for (int at = clause.indexOf(be); at >= 0; at = clause.indexOf(be, at + 1)) {
        int next = at + be.length();
        if (next < clause.length() && Character.isWhitespace(clause.charAt(next))) {
          return true;
        }
      }
    }
    int end = Whitespace.endBeforePatternSpace(clause);
    return end > 0 && clause.charAt(end - 1) == 's';
  }

  /** The words of the clause before {@code end}: "It met last Friday and will meet again on ". */
  private static String clauseBefore(String text, int end) {
    int start = end;
    while (start > 0 && ".!?;,\n".indexOf(text.charAt(start - 1)) < 0 && end - start < 80) {
      start--;
    }
    return text.substring(start, end);
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
