package io.quotedesk.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** A headline from a page's {@code <title>}, and headlines without the site's name. */
final class Headlines {
  private static final String SEPARATORS = "|\\-–—\\\\/>»";
  private static final Pattern SEPARATOR = Pattern.compile("\\s[" + SEPARATORS + "]\\s");
  private static final Pattern HIERARCHICAL = Pattern.compile("\\s[\\\\/>»]\\s");
  private static final Pattern FIRST_PART =
      Pattern.compile("^[^" + SEPARATORS + "]*[" + SEPARATORS + "]");
  private static final Pattern SITE_SEPARATOR =
      Pattern.compile("\\s[" + SEPARATORS + "·•_]\\s|:\\s|\\s_|_\\s");

  private Headlines() {}

  /**
   * The headline in the {@code <title>}, as Mozilla Readability reads it: "Obama admits US gun laws
   * are his 'biggest frustration' - BBC News" loses its last part; a short remainder keeps the
   * whole title ("Mozilla - Wikipedia"), and "Site: Headline" loses the site before a colon.
   */
  static Optional<String> fromDocumentTitle(Document doc) {
    String original = Whitespace.normalize(doc.title());
    if (original.isEmpty()) {
      return Optional.empty();
    }
    String current = original;
    boolean hierarchical = false;
    Matcher separator = SEPARATOR.matcher(original);
    int last = -1;
    while (separator.find()) {
      last = separator.start();
    }
    if (last >= 0) {
      hierarchical = HIERARCHICAL.matcher(original).find();
      current = original.substring(0, last);
      if (words(current) < 3) {
        current = FIRST_PART.matcher(original).replaceFirst("");
      }
    } else if (original.contains(": ")) {
      current = afterColon(doc, original);
    } else if (original.length() > 150 || original.length() < 15) {
      Elements h1 = doc.select("h1");
      if (h1.size() == 1) {
        current = h1.first().text();
      }
    }
    current = Whitespace.normalize(current);
    int count = words(current);
    if (count <= 4
        && (!hierarchical || count != words(SEPARATOR.matcher(original).replaceAll(" ")) - 1)) {
      current = original; // too little left to be the headline
    }
    return Optional.of(current);
  }

  /** "Daring Fireball: Colophon": the part after the colon, unless a heading repeats it all. */
  private static String afterColon(Document doc, String original) {
    for (Element heading : doc.select("h1, h2")) {
      if (heading.text().strip().equals(original)) {
        return original;
      }
    }
    String after = original.substring(original.lastIndexOf(':') + 1);
    if (words(after) < 3) {
      return original.substring(original.indexOf(':') + 1);
    }
    return words(original.substring(0, original.indexOf(':'))) > 5 ? original : after;
  }

  /**
   * How much of {@code title}'s words {@code text} covers, 0 to 1, weighed by their length: "New
   * Zealand" covers most of "New Zealand - Wikipedia".
   */
  static double similarity(String text, String title) {
    java.util.Set<String> words =
        new java.util.HashSet<>(List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    List<String> titleWords =
        Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            .filter(w -> !w.isEmpty())
            .toList();
    if (titleWords.isEmpty()) {
      return 0;
    }
    int all = String.join(" ", titleWords).length();
    int missing =
        String.join(" ", titleWords.stream().filter(w -> !words.contains(w)).toList()).length();
    return 1 - (double) missing / all;
  }

  /** Counted as Readability counts: a leading space makes an empty first word. */
  private static int words(String text) {
    return text.split("\\s+", -1).length;
  }

  /**
   * The headline without the site's own name before or after it: "Hermitian matrix | Wikipedia" is
   * "Hermitian matrix" when the site is Wikipedia.
   */
  static String withoutSiteName(String title, Optional<String> siteName) {
    if (siteName.isEmpty()) {
      return title;
    }
    String site = comparable(siteName.get());
    Matcher separator = SITE_SEPARATOR.matcher(title);
    int firstStart = -1;
    int firstEnd = -1;
    int lastStart = -1;
    int lastEnd = -1;
    while (separator.find()) {
      if (firstStart < 0) {
        firstStart = separator.start();
        firstEnd = separator.end();
      }
      lastStart = separator.start();
      lastEnd = separator.end();
    }
    if (lastStart > 0 && sameSite(title.substring(lastEnd), site)) {
      return title.substring(0, lastStart).strip();
    }
    if (firstStart > 0 && sameSite(title.substring(0, firstStart), site)) {
      return title.substring(firstEnd).strip();
    }
    return title;
  }

  /**
   * True when {@code line} is the headline {@code title} gives, whole or with the site's section
   * and name after a separator: "Storms close ports" in "Storms close ports_Tech_Example News".
   */
  static boolean isTitleOf(String line, String title) {
    if (line.equals(title)) {
      return true;
    }
    if (line.length() < MIN_HEADLINE_CHARS || !title.startsWith(line)) {
      return false;
    }
    int next = Whitespace.skip(title, line.length(), title.length());
    return next < title.length() && TRAILING_SEPARATORS.indexOf(title.charAt(next)) >= 0;
  }

  /**
   * True when {@code line} is one of the page's first headings and most of its words, by length,
   * are the title's: "Make your Firefox your own" under the title "Firefox — Customize and make it
   * your own". The text opens with the title, so the heading would say it twice. A heading in other
   * words ("This is a long title with a colon: But the final text here is different") says
   * something the title does not, and stays.
   */
  static boolean repeatsTitle(Document doc, String line, String title) {
    if (title.isEmpty() || line.length() > MAX_HEADING_CHARS) {
      return false;
    }
    if (similarity(title, line) < REPEATED_SHARE) {
      return false;
    }
    int looked = 0;
    for (Element heading : doc.select("h1, h2, h3")) {
      // The page's first headings only: each text() reads its heading's whole subtree.
      if (++looked > MAX_HEADINGS) {
        return false;
      }
      if (Whitespace.normalize(heading.text()).equals(line)) {
        return true;
      }
    }
    return false;
  }

  /** The share of a heading's words the title must hold, as Readability weighs a repeat. */
  private static final double REPEATED_SHARE = 0.75;

  private static final int MAX_HEADINGS = 10;

  private static final int MAX_HEADING_CHARS = 300;

  private static final String TRAILING_SEPARATORS = "|-–—_·•/»:";

  /** Shorter, a line before the story is a kicker or a section ("Review"), not the headline. */
  private static final int MIN_HEADLINE_CHARS = 15;

  /** True when {@code title} is only the site's name. */
  static boolean isSiteName(String title, Optional<String> siteName) {
    return siteName.isPresent() && comparable(title).equals(comparable(siteName.get()));
  }

  /** "BuzzFeed News" names the site "BuzzFeed"; "Le Monde.fr" names "Le Monde". */
  private static boolean sameSite(String part, String site) {
    String name = comparable(part);
    if (name.length() < 3 || site.length() < 3) {
      return name.equals(site);
    }
    return name.equals(site) || name.startsWith(site) || site.startsWith(name);
  }

  private static String comparable(String text) {
    return Whitespace.normalize(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
