package io.quotedesk.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of pasted text that is only a date, as pages print it under the headline: "March 3, 2025",
 * "Published: Mon 3 March 2025 09.41 GMT", "Updated Mar. 3, 2025 at 5:00 p.m. EST", "2025-03-03".
 * Its day is the story's publication date; a date inside a sentence is not.
 */
final class DateLines {
  private DateLines() {}

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

  /** A label, a time of day ("Updated 14:32 GMT, 12 November 2025") and a weekday, any of them. */
  private static final String OPENING =
      "^(?:(?:published|updated|posted|last updated|first published)(?: on| at)?\\s*:?\\s*)?"
          + "(?:\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,5})?\\s*,?\\s+)?"
          + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";

  /** A time of day and its zone after the date: "at 5:00 p.m. EST", "| 09.41 GMT". */
  private static final String TIME =
      "(?:\\s*(?:,|at|\\||-|—|–)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,5})?)?"
          + "\\s*$";

  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          OPENING + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          OPENING + "(\\d{1,2})\\.?\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERIC =
      Pattern.compile(OPENING + "(\\d{4})-(\\d{2})-(\\d{2})" + TIME, Pattern.CASE_INSENSITIVE);

  /** Longer lines are sentences that may mention a date, not a date line. */
  private static final int MAX_CHARS = 80;

  /** The day the line gives, in ISO-8601, or empty when the line is not a date alone. */
  static Optional<String> day(String line) {
    String text = Whitespace.normalize(line);
    if (text.length() > MAX_CHARS || text.isEmpty() || !Character.isLetterOrDigit(text.charAt(0))) {
      return Optional.empty();
    }
    Matcher m = MONTH_FIRST.matcher(text);
    if (m.matches()) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    m = DAY_FIRST.matcher(text);
    if (m.matches()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    m = NUMERIC.matcher(text);
    if (m.matches()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    return Optional.empty();
  }

  private static int month(String name) {
    return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
  }

  /** The date, or empty for a day no calendar has ("February 30, 2025"). */
  private static Optional<String> date(String year, int month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
