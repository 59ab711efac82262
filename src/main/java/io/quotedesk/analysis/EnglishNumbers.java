package io.quotedesk.analysis;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an English story writes a number and what it is worth: "1,234.5", "four", "$380 billion". The
 * figure patterns of {@link NumberFigures} and {@link DateFigures} are built from these parts, so a
 * number they match is always one {@link #number} can read.
 */
final class EnglishNumbers {
  /** "1,234.5", "2006", "0.5": digits, with thousands commas when they are grouped. */
  static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

  /** The number words a story writes out: "four years", "a dozen". */
  static final String WORD_NUM =
      "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
          + "|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen";

  /** "15 million", "£23million", "$5bn", "$40k". */
  static final String SCALE = "(?:\\s?(?:million|billion|trillion|bn|m|k)\\b)?";

  /** "$380 billion", "US$5", "€355 billion". */
  static final String CURRENCY_AMOUNT = "(?:US\\$|A\\$|C\\$|\\$|€|£|¥)\\s?(?:" + NUM + ")" + SCALE;

  /** What each word of {@link #WORD_NUM} is worth. */
  static final Map<String, Integer> WORD_VALUES =
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

  /** The first amount of a money figure and its scale word: "380" and "billion". */
  private static final Pattern AMOUNT =
      Pattern.compile(
          "(" + NUM + ")\\s?(million|billion|trillion|bn|m|k)?", Pattern.CASE_INSENSITIVE);

  private EnglishNumbers() {}

  /** "four" → 4, "1,234.5" → 1234.5; null when it is no number. */
  static BigDecimal number(String written) {
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
  static BigDecimal money(String written) {
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

  /**
   * The ISO code of a money figure's first currency: "£23million" → GBP, "15 million euros" → EUR;
   * a bare "$" is US dollars, as American and international stories mean it.
   */
  static String currency(String written) {
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
}
