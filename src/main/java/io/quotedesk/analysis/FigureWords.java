package io.quotedesk.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a language other than English writes its figures, read from {@code figures/LANG.txt}: the
 * decimal comma and the marks that group thousands ("1.234,5", "12 000"), scale words ("Mrd.",
 * "millions"), currencies, percent words, month and weekday names, units of time. The patterns
 * {@link LocalFactFinder} tries are built from these words once per language.
 */
final class FigureWords {
  private static final Map<String, Optional<FigureWords>> LOADED = new ConcurrentHashMap<>();

  /** "de nr", "fr mme": abbreviations beside the figure words, by language. */
  private static final Set<String> OTHER_ABBREVIATIONS = otherAbbreviations();

  /** A space inside a figure: "12 000", "3 %" with a no-break or thin space, never a newline. */
  static final String SPACE = "[ \\u00A0\\u202F\\u2009]";

  private final Map<String, List<String>> lists;
  private final Map<String, BigDecimal> scales = new HashMap<>();
  private final Map<String, String> currencies = new HashMap<>();
  private final Map<String, Integer> months = new HashMap<>();
  private final Map<String, DayOfWeek> weekdays = new HashMap<>();
  private final Map<String, String> durations = new HashMap<>();
  private final String groups;

  /** "mrd" → "scale", "jan" → "month": the figure words written with a period, by kind. */
  private final Map<String, String> abbreviations = new HashMap<>();

  final Pattern moneyAfter;
  final Pattern moneyBefore;
  final Pattern percent;
  final Pattern scaledNumber;
  final Pattern dayMonth;
  final Pattern duration;
  final Pattern weekday;
  final Pattern beforeWeekday;
  final Pattern beforePastWeekday;
  final Pattern beforeNextWeekday;
  final Pattern beforeYear;

  private final String code;

  /** The lower-case first words of weekdays and of signs written with letters. */
  private final Set<String> wordStarts = new HashSet<>();

  private final int longestStart;

  private FigureWords(String code, Map<String, List<String>> lines) {
    this.code = code;
    lists = lines;
    lines.forEach(this::index);
    for (String entry : weekdays.keySet()) {
      wordStarts.add(entry.split("[^\\p{L}]", 2)[0]);
    }
    for (String sign : byKind("sign")) {
      if (Character.isLetter(sign.charAt(0))) {
        wordStarts.add(lower(sign).split("[^\\p{L}]", 2)[0]);
      }
    }
    longestStart = wordStarts.stream().mapToInt(String::length).max().orElse(0);
    groups = String.join("", list("group"));
    String number = "(" + number() + ")";
    String scale = "(?:" + SPACE + "?(" + alternation(scales.keySet()) + "))?";
    moneyAfter = moneyAfter(number, scale);
    // "CHF 1,5 Mio.", "R$ 2,5 bilhões", "€ 3,5 miliardi"
    moneyBefore =
        Pattern.compile("(" + alternation(byKind("sign")) + ")" + SPACE + "?" + number + scale);
    // "2,7 Millionen", "20 mil": not "12 M", which may be metres without a currency after it.
    List<String> scaleWords = scales.keySet().stream().filter(k -> k.length() > 1).toList();
    scaledNumber = Pattern.compile(number + SPACE + "?(" + alternation(scaleWords) + ")");
    percent = caseless(number + SPACE + "?(?:" + alternation(list("percent")) + ")");
    dayMonth = dayMonth();
    String notAfter =
        list("not-after").isEmpty()
            ? ""
            : "(?!" + SPACE + "(?:" + alternation(list("not-after")) + "))";
    duration = caseless(number + SPACE + "(" + alternation(durations.keySet()) + ")" + notAfter);
    weekday =
        caseless(
            "("
                + alternation(weekdays.keySet())
                + ")(?:"
                + SPACE
                + "(?:("
                + alternation(list("after-past"))
                + ")|("
                + alternation(list("after-next"))
                + ")))?");
    beforeWeekday = wordsBefore("before");
    beforePastWeekday = wordsBefore("before-past");
    beforeNextWeekday = wordsBefore("before-next");
    beforeYear = wordsBefore("year-before");
  }

  /** One line of the file into the look-up maps: "scale 1000000 = Mio., Million". */
  private void index(String key, List<String> entries) {
    String[] kind = key.split(" ", 2);
    for (String entry : entries) {
      switch (kind[0]) {
        case "scale" -> scales.put(entry, new BigDecimal(kind[1]));
        case "currency", "sign" -> currencies.put(lower(entry), kind[1]);
        case "month" -> months.put(lower(entry), Integer.valueOf(kind[1]));
        case "weekday" -> weekdays.put(lower(entry), DayOfWeek.valueOf(kind[1]));
        case "duration" -> durations.put(lower(entry), kind[1]);
        default -> {}
      }
      if (entry.length() > 1 && entry.endsWith(".") && !kind[0].equals("percent")) {
        abbreviations.put(lower(entry.substring(0, entry.length() - 1)), kind[0]);
      }
    }
  }

  /** "3,5 Mrd. Euro", "12 millions d'euros", "20 mln zł (4,6 mln euro)". */
  private Pattern moneyAfter(String number, String scale) {
    String currency = "(" + alternation(byKind("currency")) + ")";
    String of =
        list("of").isEmpty() ? "" : "(?:(?:" + alternation(list("of")) + ")" + SPACE + "?)?";
    String amount = number + scale + SPACE + "?" + of + currency;
    String second = amount.replaceAll("\\((?!\\?)", "(?:"); // the same, capturing nothing
    return caseless(amount + "(?:" + SPACE + "?\\(" + second + "\\))?");
  }

  /** "3. März 2024", "12 stycznia 2024 r.", "5 de mayo de 2024", "1er janvier". */
  private Pattern dayMonth() {
    return caseless(
        "(\\d{1,2})(?:"
            + alternation(list("day-suffix"))
            + ")?"
            + SPACE
            + optionalWords("month-of")
            + "("
            + alternation(months.keySet())
            + ")(?:"
            + SPACE
            + optionalWords("year-of")
            + "((?:19|20)\\d{2})(?![\\p{L}\\d])(?:"
            + SPACE
            + "?(?:"
            + alternation(list("year-after"))
            + "))?)?");
  }

  /** The words of {@code language}, or none when QuoteDesk reads its figures as English. */
  static Optional<FigureWords> of(String language) {
    String code = language.toLowerCase(Locale.ROOT);
    return !code.equals("en") && code.matches("[a-z]{2}")
        ? LOADED.computeIfAbsent(code, FigureWords::load)
        : Optional.empty();
  }

  /** A number as the language writes it: "1.234,5", "12 000", "3,5". */
  private String number() {
    String group = groups.isEmpty() ? "" : "(?:[" + Pattern.quote(groups) + "]\\d{3})+";
    // The group's lookahead keeps "12 2024" from reading as one number, "3.50" from grouping.
    return group.isEmpty()
        ? "\\d+(?:,\\d+)?"
        : "\\d{1,3}" + group + "(?![\\d])(?:,\\d+)?|\\d+(?:,\\d+)?";
  }

  /** "1.234,5" → 1234.5: the groups dropped, the comma a decimal point. */
  BigDecimal value(String written) {
    StringBuilder digits = new StringBuilder(written.length());
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c == ',') {
        digits.append('.');
      } else if (groups.indexOf(c) < 0) {
        digits.append(c);
      }
    }
    try {
      return new BigDecimal(digits.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** "Mrd." → 1000000000; 1 for no scale word. */
  BigDecimal scale(String written) {
    return written == null ? BigDecimal.ONE : scales.getOrDefault(written, BigDecimal.ONE);
  }

  /** "d'euros" → "EUR". */
  String currency(String written) {
    return currencies.get(lower(written));
  }

  int month(String written) {
    return months.getOrDefault(lower(written), 0);
  }

  DayOfWeek weekday(String written) {
    return weekdays.get(lower(written));
  }

  /** "Jahren" → "years", as the English facts name their units. */
  String durationUnit(String written) {
    return durations.get(lower(written));
  }

  /**
   * Whether a period after {@code before} does not end the sentence though {@code after} starts
   * with a capital or a digit: "Nr. 5", "Mrd. Euro", "Jan. 2024", and the German ordinal day "3.
   * März". Percent words ("20 proc.") and a scale word without its currency end sentences often.
   */
  boolean keepsSentence(String before, String after) {
    String lower = lower(before);
    if (OTHER_ABBREVIATIONS.contains(code + " " + lower)) {
      return true;
    }
    boolean number = !after.isEmpty() && Character.isDigit(after.charAt(0));
    String kind = abbreviations.getOrDefault(lower, "");
    if (kind.equals("scale")) {
      return currency(after) != null; // "3,5 Mrd. Euro"; "um 20 Mio. Die …" ends a sentence
    }
    if (kind.equals("month") || kind.equals("sign")) {
      return number; // "1. Jan. 2024", "Fr. 200"
    }
    boolean day =
        !before.isEmpty() && before.length() <= 2 && before.chars().allMatch(Character::isDigit);
    return day && list("day-suffix").contains(".") && month(after) > 0;
  }

  /** "für", "pour": a word after a figure that says what it measures comes next. */
  boolean isAboutWord(String word) {
    return list("about-after").stream().anyMatch(w -> w.equalsIgnoreCase(word));
  }

  String code() {
    return code;
  }

  /**
   * Whether the word text[start, end) may start a figure: a weekday ("Mittwoch", the "segunda" of
   * "segunda-feira") or a sign written with letters ("CHF", "Fr."). Asked of every word of the
   * story; one set look-up after a length check, as most words are neither.
   */
  boolean mayStartFigure(String text, int start, int end) {
    int length = end - start;
    return length >= 2
        && length <= longestStart
        && wordStarts.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  private List<String> list(String kind) {
    return lists.getOrDefault(kind, List.of());
  }

  private List<String> byKind(String kind) {
    return lists.entrySet().stream()
        .filter(e -> e.getKey().startsWith(kind + " "))
        .flatMap(e -> e.getValue().stream())
        .toList();
  }

  private String optionalWords(String kind) {
    return list(kind).isEmpty() ? "" : "(?:(?:" + alternation(list(kind)) + ")" + SPACE + ")?";
  }

  /** "am vergangenen " before a weekday: the words ending where the figure starts. */
  private Pattern wordsBefore(String kind) {
    return list(kind).isEmpty()
        ? null
        : caseless("(?<![\\p{L}])(?:" + alternation(list(kind)) + ")" + SPACE + "$");
  }

  /**
   * The entries as one alternation, longest first ("mil millones" before "mil"); a word never
   * matches the start of a longer one ("Mio" in "Mion").
   */
  private static String alternation(java.util.Collection<String> entries) {
    if (entries.isEmpty()) {
      return "(?!)";
    }
    return entries.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(
            e ->
                Pattern.quote(e).replace(" ", "\\E" + SPACE + "\\Q")
                    + (Character.isLetter(e.charAt(e.length() - 1)) ? "(?![\\p{L}])" : ""))
        .collect(Collectors.joining("|"));
  }

  private static Pattern caseless(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  private static Optional<FigureWords> load(String code) {
    try (InputStream in = FigureWords.class.getResourceAsStream("figures/" + code + ".txt")) {
      if (in == null) {
        return Optional.empty();
      }
      Map<String, List<String>> lines = new HashMap<>();
      for (String line :
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
        int equals = line.indexOf(" = ");
        if (line.isBlank() || line.startsWith("#") || equals < 0) {
          continue;
        }
        List<String> entries = new ArrayList<>();
        for (String entry : line.substring(equals + 3).split(",\\s+")) {
          entries.add(spaces(entry.strip()));
        }
        lines
            .computeIfAbsent(line.substring(0, equals).strip(), k -> new ArrayList<>())
            .addAll(entries);
      }
      return Optional.of(new FigureWords(code, lines));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> otherAbbreviations() {
    Set<String> words = new HashSet<>();
    try (InputStream in = FigureWords.class.getResourceAsStream("abbreviations.txt")) {
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .forEach(
              line -> {
                String[] parts = line.strip().split("\\s+");
                for (int i = 1; i < parts.length; i++) {
                  words.add(parts[0] + " " + parts[i]);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /** The file names its spaces: "nbsp" is U+00A0. */
  private static String spaces(String entry) {
    return switch (entry) {
      case "space" -> " ";
      case "nbsp" -> "\u00A0";
      case "narrow-nbsp" -> "\u202F";
      case "thin" -> "\u2009";
      default -> entry;
    };
  }
}
