package io.quotedesk.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A day as {@code --since} and {@code --until} take it: YYYY-MM-DD, a real date with a four-digit
 * year. "2024-13-01" and "2024-02-30" are refused; so is "+999999999-12-31", which Java would
 * accept but which no stored article's day can be compared with.
 */
final class DayConverter implements ITypeConverter<LocalDate> {
  private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  @Override
  public LocalDate convert(String value) {
    String day = value.strip();
    if (SHAPE.matcher(day).matches()) {
      try {
        return LocalDate.parse(day, STRICT);
      } catch (DateTimeException e) {
        throw new TypeConversionException("`" + value + "` is not a date in the calendar");
      }
    }
    throw new TypeConversionException(
        "`" + value + "` is not a date; write it as YYYY-MM-DD, such as 2024-03-01");
  }
}
