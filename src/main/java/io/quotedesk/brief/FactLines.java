package io.quotedesk.brief;

import io.quotedesk.analysis.Fact;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Facts as a reader sees them: each figure once, at its most informative mention, what it measures
 * beside it, and a relative date ("on Wednesday") with the day it names.
 */
public final class FactLines {
  private FactLines() {}

  /** "2% (gross domestic product)", "on Wednesday (Feb. 14, 2024)". */
  public static String line(Fact fact) {
    StringBuilder line = new StringBuilder(fact.text());
    fact.about().ifPresent(about -> line.append(" (").append(about).append(')'));
    if (fact.kind() == Fact.Kind.DATE) {
      fact.value()
          .map(Object::toString)
          .filter(iso -> iso.length() == 10) // a day, not a bare year the text already says
          .flatMap(iso -> missing(fact.text(), iso))
          .ifPresent(day -> line.append(" (").append(day).append(')'));
    }
    return line.toString();
  }

  /**
   * What the text leaves out of the day it names: all of it for "on Wednesday" ("Feb. 14, 2024"),
   * the year for "May 23" ("2025"), nothing for "May 23, 2025" or "23 May 2025".
   */
  private static Optional<String> missing(String text, String iso) {
    LocalDate day = LocalDate.parse(iso);
    boolean year = says(text, "(?<!\\d)" + day.getYear() + "(?!\\d)");
    String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    boolean monthAndDay =
        says(text, "\\b" + month.substring(0, 3) + "[a-z]*\\.?(?![a-z])")
            && says(text, "(?<!\\d)" + day.getDayOfMonth() + "(?:st|nd|rd|th)?(?!\\d)");
    if (monthAndDay) {
      return year ? Optional.empty() : Optional.of(String.valueOf(day.getYear()));
    }
    return ApStyle.date(iso);
  }

  private static boolean says(String text, String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(text).find();
  }

  /**
   * One fact per figure (kind, value and unit), in the order figures first appear, each at the
   * mention that says most about what it measures: "2% of gross domestic product" over "the 2%
   * target" over a bare "2%".
   */
  public static List<Fact> distinct(List<Fact> facts) {
    Map<List<Object>, Fact> best = new LinkedHashMap<>();
    for (Fact fact : facts) {
      List<Object> figure =
          fact.value().isEmpty()
              ? List.of(fact.kind(), fact.text(), fact.start()) // no value: only itself
              : List.of(fact.kind(), fact.value().get(), fact.unit().orElse(""));
      best.merge(
          figure,
          fact,
          (kept, other) -> informativeness(other) > informativeness(kept) ? other : kept);
    }
    List<Fact> result = new ArrayList<>(best.values());
    result.sort(Comparator.comparingInt(Fact::start));
    return result;
  }

  private static int informativeness(Fact fact) {
    return fact.about().map(String::length).orElse(0);
  }
}
