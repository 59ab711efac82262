package io.quotedesk.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Publication dates as pages write them, in ISO-8601: "2021-11-01T10:52:50+0100" is
 * "2021-11-01T10:52:50+01:00", "2019-04-28 06:01:07" is "2019-04-28T06:01:07", "20190806" is
 * "2019-08-06". A value already in ISO-8601 is kept as written.
 */
final class PublishedDates {
  private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final List<DateTimeFormatter> ZONED =
      List.of(
          DateTimeFormatter.RFC_1123_DATE_TIME, // "Fri, 13 Mar 2015 21:30:09 GMT"
          pattern("yyyy-MM-dd HH:mm:ss Z")); // "2015-07-10 09:53:00 -0400"

  /**
   * Zone abbreviations are ambiguous ("EST" is Sydney's time as well as New York's): the local time
   * is kept, the zone left out.
   */
  private static final List<DateTimeFormatter> LOCAL =
      List.of(
          pattern("EEE MMM d HH:mm:ss zzz yyyy"), // "Fri Mar 13 21:30:09 EST 2015"
          pattern("yyyy-MM-dd HH:mm:ss zzz"));

  private PublishedDates() {}

  /** {@code raw} in ISO-8601, or empty when it is not a date this reads. */
  static Optional<String> iso(String raw) {
    String text = Whitespace.normalize(raw);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (isIso(text)) {
      return Optional.of(text);
    }
    String tee = text.replaceFirst("^(\\d{4}-\\d{2}-\\d{2})[ ](\\d)", "$1T$2");
    String colon = COMPACT_OFFSET.matcher(tee).replaceFirst("$1:$2");
    if (isIso(colon)) {
      return Optional.of(colon);
    }
    for (DateTimeFormatter format : ZONED) {
      try {
        return Optional.of(
            ZonedDateTime.parse(text, format)
                .toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      } catch (DateTimeParseException e) {
        // the next format
      }
    }
    for (DateTimeFormatter format : LOCAL) {
      try {
        return Optional.of(
            LocalDateTime.parse(text, format).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
      } catch (DateTimeParseException e) {
        // the next format
      }
    }
    try {
      return Optional.of(LocalDate.parse(text, COMPACT_DATE).toString());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The first of {@code candidates} that reads as a date. */
  static Optional<String> first(List<String> candidates) {
    for (String candidate : candidates) {
      Optional<String> date = iso(candidate);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static boolean isIso(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      // maybe without an offset
    }
    try {
      LocalDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      // maybe a date alone
    }
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static DateTimeFormatter pattern(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .parseDefaulting(ChronoField.NANO_OF_SECOND, 0)
        .toFormatter(Locale.ENGLISH);
  }
}
