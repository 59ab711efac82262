package io.quotedesk.analysis;

import io.quotedesk.analysis.Fact.Kind;
import io.quotedesk.ingest.Article;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures a story turns on: money in every currency it is given in, percentages, counts
 * with their noun, dates (weekdays resolved against the publication date), durations. Each fact is
 * the article's own text at its span; page furniture has none. Stories in the other languages
 * QuoteDesk reads are read by {@link LocalFactFinder}, with their own number formats and names.
 */
final class FactFinder {
  private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
  private static final String WORD_NUM =
      "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
          + "|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen";
  private static final String SCALE = "(?:\\s?(?:million|billion|trillion|bn|m|k)\\b)?";
  private static final String CURRENCY_AMOUNT =
      "(?:US\\$|A\\$|C\\$|\\$|€|£|¥)\\s?(?:" + NUM + ")" + SCALE;

  // Each pattern is tried only where a figure starts (a digit, a currency sign, a number word, a
  // month or a weekday), with lookingAt: scanning the whole text with each of them cost ten times
  // the rest of the analysis.

  /** "$380 billion (€355 billion)", "£23million". */
  private static final Pattern MONEY_SIGN =
      Pattern.compile("(?i)" + CURRENCY_AMOUNT + "(?:\\s?\\((?:" + CURRENCY_AMOUNT + ")\\))?");

  /** "15 million euros". */
  private static final Pattern MONEY_WORD =
      Pattern.compile("(?i)(?:" + NUM + ")" + SCALE + "\\s(?:dollars|euros|pounds|yen)\\b");

  /** "2%", "2 percent", "51 per cent". */
  private static final Pattern PERCENT =
      Pattern.compile("(?i)(" + NUM + ")\\s?(?:%|percent\\b|per cent\\b)");

  /** "65 years", "four years", "six-month". */
  private static final Pattern DURATION =
      Pattern.compile(
          "(?i)("
              + NUM
              + "|"
              + WORD_NUM
              + ")[\\s-](years?|months?|weeks?|days?|hours?|minutes?"
              + "|decades?|centuries)\\b(?! old)");

  /** "11 of the 31 allies", "18 allies", "425 young women". */
  private static final Pattern COUNT =
      Pattern.compile(
          "(?i)("
              + NUM
              + "|"
              + WORD_NUM
              + ")(?: of the (?:"
              + NUM
              + "|"
              + WORD_NUM
              + "))?"
              + "(?:\\s(?:million|billion))?\\s((?:[a-z]+-)?[a-z]+s)\\b");

  /** "2006"; not "2000 people", not a part of "2006-07". */
  private static final Pattern YEAR =
      Pattern.compile("((?:19|20)\\d{2})\\b(?![-%$,.]\\d)(?!\\s[a-z]+s\\b)");

  private static final Pattern MONTH_DATE =
      Pattern.compile(
          "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?"
              + "|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?"
              + "|Dec(?:ember|\\.)?)\\s(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s((?:19|20)\\d{2}))?\\b");

  private static final Pattern WEEKDAY =
      Pattern.compile("(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  /** Words before a figure that belong to it: "up to 18 allies", "for the 65 years". */
  private static final Pattern COUNT_PREFIX =
      Pattern.compile("(?i)(?<![\\p{L}])(?:up to|more than|at least|nearly|about|some|over) $");

  private static final Pattern DURATION_PREFIX = Pattern.compile("(?i)(?<![\\p{L}])for (?:the )?$");
  private static final Pattern YEAR_PREFIX =
      Pattern.compile("(?i)(?<![\\p{L}])(?:(?:by|at) )?the (?:end|start|beginning|middle) of $");
  private static final Pattern WEEKDAY_PREFIX =
      Pattern.compile("(?i)(?<![\\p{L}])(?:on|last|this|next) $");

  private static final Set<String> MONTHS =
      Lexicon.setOf(
          "Jan",
          "January",
          "Feb",
          "February",
          "Mar",
          "March",
          "Apr",
          "April",
          "May",
          "Jun",
          "June",
          "Jul",
          "July",
          "Aug",
          "August",
          "Sep",
          "Sept",
          "September",
          "Oct",
          "October",
          "Nov",
          "November",
          "Dec",
          "December");

  private static final Set<String> WEEKDAYS =
      Lexicon.setOf("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  /**
   * What a figure measures, after it: "2% of gross domestic product", "$380 billion in defence".
   */
  private static final Pattern ABOUT_AFTER =
      Pattern.compile(
          "^\\s(?:of|in|on|for|to)\\s(?:(?:their|the|its|his|her|our|all)\\s)?([A-Za-z][A-Za-z -]{1,40}?)"
              + "(?=[,.;:()]|\\s(?:by|and|in|on|to|which|that|was|is|will|would)\\b|$)");

  /** "the 2% target": the noun right after a percentage. */
  private static final Pattern NOUN_AFTER = Pattern.compile("^\\s([a-z][a-z-]{2,20})\\b");

  private static final Pattern AMOUNT =
      Pattern.compile(
          "(" + NUM + ")\\s?(million|billion|trillion|bn|m|k)?", Pattern.CASE_INSENSITIVE);

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

  private static final Map<String, Integer> WORD_VALUES =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("fifteen", 15),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("hundred", 100),
          Map.entry("dozen", 12));

  List<Fact> find(Article article) {
    Optional<LocalDate> published = publicationDate(article);
    Optional<FigureWords> local = article.metadata().language().flatMap(FigureWords::of);
    if (local.isPresent()) {
      return new LocalFactFinder(local.get()).find(article, published); // "3,5 Mrd. Euro"
    }
    String text = article.text();
    List<Fact> found = new ArrayList<>();
    int taken = 0; // facts never overlap: a figure inside one already found is part of it
    // Scanned as an array: every character passes here, and String.charAt checks each index.
    char[] chars = text.toCharArray();
    int length = chars.length;
    int i = 0;
    while (i < length) {
      char c = chars[i];
      boolean currency = c == '$' || c == '€' || c == '£' || c == '¥';
      if (!currency && !Token.isLetterOrDigit(c)) {
        i++; // most characters start nothing: spaces, punctuation
        continue;
      }
      boolean wordStart = i == 0 || !Token.isLetterOrDigit(chars[i - 1]);
      int next = i + 1;
      Fact fact = null;
      if (currency) {
        fact =
            at(
                article,
                MONEY_SIGN,
                currencyStart(text, i),
                Kind.MONEY,
                m -> money(m.group()),
                m -> currency(m.group()));
      } else if (wordStart && Character.isDigit(c)) {
        fact = atNumber(article, i, published);
      } else if (wordStart && Token.isLetter(c)) {
        int end = i;
        int hash = 0; // of the word in lower case, when it is ASCII
        boolean ascii = true;
        while (end < length && Token.isLetter(chars[end])) {
          ascii &= chars[end] < 128;
          hash = 31 * hash + (chars[end] | 0x20);
          end++;
        }
        boolean listed = !ascii || mayBeListed(hash); // false for most words: no lookup
        if (listed && lookup(NUMBER_WORDS_BY_LENGTH, text, i, end, true) != null) {
          fact = atNumber(article, i, published);
        } else if (listed
            && Character.isUpperCase(c)
            && lookup(MONTHS_BY_LENGTH, text, i, end, false) != null) {
          fact = at(article, MONTH_DATE, i, Kind.DATE, m -> monthDate(m, published), m -> null);
        } else if (listed
            && Character.isUpperCase(c)
            && lookup(WEEKDAYS_BY_LENGTH, text, i, end, false) != null) {
          fact =
              withPrefix(
                  text,
                  at(
                      article,
                      WEEKDAY,
                      i,
                      Kind.DATE,
                      m -> weekday(m.group(1), published),
                      m -> null),
                  WEEKDAY_PREFIX);
        }
        next = fact == null ? end : next;
      }
      if (fact != null && fact.start() >= taken && !article.isFurniture(fact.start())) {
        found.add(withAbout(fact, text));
        taken = fact.end();
        next = Math.max(next, fact.end());
      }
      i = next;
    }
    return found;
  }

  /**
   * A bit for the lower-case hash of each number word, month and weekday. Most words of a story are
   * none of these, and one bit read tells so where the lookups below would compare letters.
   */
  private static final long[] LISTED_WORDS = new long[32];

  static {
    for (Set<String> words : List.of(WORD_VALUES.keySet(), MONTHS, WEEKDAYS)) {
      for (String word : words) {
        int bit = listedBit(word.toLowerCase(Locale.ROOT).hashCode());
        LISTED_WORDS[bit >>> 6] |= 1L << bit;
      }
    }
  }

  private static int listedBit(int hash) {
    return (hash * 0x9E3779B9) >>> 21; // 0 to 2047
  }

  private static boolean mayBeListed(int hash) {
    int bit = listedBit(hash);
    return (LISTED_WORDS[bit >>> 6] & 1L << bit) != 0;
  }

  private static final String[][] NUMBER_WORDS_BY_LENGTH = byLength(WORD_VALUES.keySet());
  private static final String[][] MONTHS_BY_LENGTH = byLength(MONTHS);
  private static final String[][] WEEKDAYS_BY_LENGTH = byLength(WEEKDAYS);

  /** The words by their length: index [n] holds the words of n letters. */
  private static String[][] byLength(Set<String> words) {
    int longest = words.stream().mapToInt(String::length).max().orElse(0);
    String[][] index = new String[longest + 1][];
    for (int length = 0; length <= longest; length++) {
      final int n = length;
      index[length] = words.stream().filter(w -> w.length() == n).toArray(String[]::new);
    }
    return index;
  }

  /**
   * The listed word that text[start, end) spells, or null; compares in place, since most words of a
   * story are none of these and copying each would cost more than the rest of the search.
   */
  private static String lookup(
      String[][] words, String text, int start, int end, boolean ignoreCase) {
    if (end - start >= words.length) {
      return null;
    }
    String[] candidates = words[end - start];
    if (candidates.length == 0) {
      return null;
    }
    char first = ignoreCase ? Token.toLowerCase(text.charAt(start)) : text.charAt(start);
    char last = ignoreCase ? Token.toLowerCase(text.charAt(end - 1)) : text.charAt(end - 1);
    for (String candidate : candidates) {
      if (candidate.charAt(0) == first
          && candidate.charAt(candidate.length() - 1) == last
          && text.regionMatches(ignoreCase, start, candidate, 0, candidate.length())) {
        return candidate;
      }
    }
    return null;
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

  /** The figure starting with a number at {@code i}: money, percent, duration, year or count. */
  private static Fact atNumber(Article article, int i, Optional<LocalDate> published) {
    String text = article.text();
    Fact fact =
        at(article, MONEY_WORD, i, Kind.MONEY, m -> money(m.group()), m -> currency(m.group()));
    if (fact == null) {
      fact = at(article, PERCENT, i, Kind.PERCENT, m -> number(m.group(1)), m -> "%");
    }
    if (fact == null) {
      fact =
          withPrefix(
              text,
              at(
                  article,
                  DURATION,
                  i,
                  Kind.DURATION,
                  m -> number(m.group(1)),
                  m -> plural(m.group(2))),
              DURATION_PREFIX);
    }
    if (fact == null) {
      fact =
          withPrefix(
              text, at(article, YEAR, i, Kind.DATE, m -> m.group(1), m -> null), YEAR_PREFIX);
    }
    if (fact == null) {
      Matcher m = COUNT.matcher(text).region(i, text.length());
      if (m.lookingAt() && !NOT_COUNTED.contains(m.group(2).toLowerCase(Locale.ROOT))) {
        Fact count =
            new Fact(
                Kind.COUNT,
                text.substring(i, m.end()),
                Optional.ofNullable(number(m.group(1))),
                Optional.of(m.group(2).toLowerCase(Locale.ROOT)),
                Optional.empty(),
                i,
                m.end());
        fact = withPrefix(text, count, COUNT_PREFIX);
      }
    }
    return fact;
  }

  private static Fact at(
      Article article,
      Pattern pattern,
      int from,
      Kind kind,
      Function<Matcher, Object> value,
      Function<Matcher, String> unit) {
    String text = article.text();
    Matcher m = pattern.matcher(text).region(from, text.length());
    if (!m.lookingAt()) {
      return null;
    }
    Object v = value.apply(m);
    if (v == null && kind != Kind.DATE) {
      return null;
    }
    return new Fact(
        kind,
        text.substring(from, m.end()),
        Optional.ofNullable(v),
        Optional.ofNullable(unit.apply(m)),
        Optional.empty(),
        from,
        m.end());
  }

  /** Takes in the words just before a figure that belong to it ("up to", "for the", "on"). */
  private static Fact withPrefix(String text, Fact fact, Pattern prefix) {
    if (fact == null) {
      return null;
    }
    int windowStart = Math.max(0, fact.start() - 30);
    Matcher m = prefix.matcher(text).region(windowStart, fact.start());
    m.useTransparentBounds(true).useAnchoringBounds(true);
    if (m.find()) {
      int s = m.start();
      return new Fact(
          fact.kind(),
          text.substring(s, fact.end()),
          fact.value(),
          fact.unit(),
          fact.about(),
          s,
          fact.end());
    }
    return fact;
  }

  private static String plural(String unit) {
    String lower = unit.toLowerCase(Locale.ROOT);
    return lower.endsWith("s") ? lower : lower + "s";
  }

  /**
   * "2% of gross domestic product" → "gross domestic product"; "invest $380 billion in defence".
   */
  private static Fact withAbout(Fact fact, String text) {
    if (fact.kind() == Kind.DATE || fact.kind() == Kind.COUNT) {
      return fact;
    }
    Matcher after =
        ABOUT_AFTER.matcher(text.substring(fact.end(), Math.min(text.length(), fact.end() + 60)));
    if (after.find()) {
      return new Fact(
          fact.kind(),
          fact.text(),
          fact.value(),
          fact.unit(),
          Optional.of(after.group(1).strip()),
          fact.start(),
          fact.end());
    }
    Matcher noun =
        NOUN_AFTER.matcher(text.substring(fact.end(), Math.min(text.length(), fact.end() + 30)));
    if (fact.kind() == Kind.PERCENT && noun.find()) {
      return new Fact(
          fact.kind(),
          fact.text(),
          fact.value(),
          fact.unit(),
          Optional.of(noun.group(1)),
          fact.start(),
          fact.end());
    }
    return fact;
  }

  private static BigDecimal number(String written) {
    String lower = written.toLowerCase(Locale.ROOT);
    if (WORD_VALUES.containsKey(lower)) {
      return BigDecimal.valueOf(WORD_VALUES.get(lower));
    }
    try {
      return new BigDecimal(lower.replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** "$380 billion (€355 billion)" → 380000000000: the first amount, in full. */
  private static BigDecimal money(String written) {
    Matcher amount = AMOUNT.matcher(written);
    if (!amount.find()) {
      return null;
    }
    BigDecimal value = number(amount.group(1));
    String scale = amount.group(2) == null ? "" : amount.group(2).toLowerCase(Locale.ROOT);
    long factor =
        switch (scale) {
          case "k" -> 1_000L;
          case "m", "million" -> 1_000_000L;
          case "bn", "billion" -> 1_000_000_000L;
          case "trillion" -> 1_000_000_000_000L;
          default -> 1L;
        };
    return value == null ? null : value.multiply(BigDecimal.valueOf(factor)).stripTrailingZeros();
  }

  private static String currency(String written) {
    String lower = written.toLowerCase(Locale.ROOT);
    if (lower.startsWith("€") || lower.contains("euro")) {
      return "EUR";
    }
    if (lower.startsWith("£") || lower.contains("pound")) {
      return "GBP";
    }
    if (lower.startsWith("¥") || lower.contains("yen")) {
      return "JPY";
    }
    if (lower.startsWith("a$")) {
      return "AUD";
    }
    if (lower.startsWith("c$")) {
      return "CAD";
    }
    return "USD";
  }

  private static Optional<LocalDate> publicationDate(Article article) {
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
    if (year == null) {
      return String.format(Locale.ROOT, "--%02d-%02d", month, day);
    }
    try {
      return LocalDate.of(year, month, day).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static int monthNumber(String written) {
    String m = written.toLowerCase(Locale.ROOT).substring(0, 3);
    return List.of(
                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
            .indexOf(m)
        + 1;
  }
}
