package io.quotedesk.brief;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Associated Press style for dates: "Feb. 14, 2024", "March 3, 2024". */
final class ApStyle {
  private static final String[] MONTHS = {
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."
  };

  private ApStyle() {}

  /** An ISO-8601 date or date-time as AP writes it; empty when it is neither. */
  static Optional<String> date(String iso) {
    LocalDate date;
    try {
      date = OffsetDateTime.parse(iso).toLocalDate();
    } catch (DateTimeParseException e) {
      try {
        date = LocalDate.parse(iso.length() >= 10 ? iso.substring(0, 10) : iso);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
    return Optional.of(
        MONTHS[date.getMonthValue() - 1] + " " + date.getDayOfMonth() + ", " + date.getYear());
  }
}
