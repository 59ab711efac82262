package io.quotedesk.analysis;

import io.quotedesk.analysis.Fact.Kind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an English figure measures, read from the words after it. */
final class FigureSubjects {
  /**
   * What a figure measures, after it: "2% of gross domestic product", "$380 billion in defence".
   */
  private static final Pattern ABOUT_AFTER =
      Pattern.compile(
          "^\\s(?:of|in|on|for|to)\\s(?:(?:their|the|its|his|her|our|all)\\s)?([A-Za-z][A-Za-z -]{1,40}?)"
              + "(?=[,.;:()]|\\s(?:by|and|in|on|to|which|that|was|is|will|would)\\b|$)");

  /** "the 2% target": the noun right after a percentage. */
  private static final Pattern NOUN_AFTER = Pattern.compile("^\\s([a-z][a-z-]{2,20})\\b");

  /**
   * A percentage is a noun's modifier only after a determiner: "the 2% target", "NATO's 2% goal";
   * in "grow by 12% next year" the word after it is no subject.
   */
  private static final Pattern DETERMINER_BEFORE =
      Pattern.compile("(?i)(?:^|\\s)(?:a|an|the|its|their|his|her|our|this|that|\\p{L}+['’]s)\\s$");

  /** How far after a figure its subject may end; a longer phrase is no subject. */
  private static final int ABOUT_WINDOW = 60;

  private static final int NOUN_WINDOW = 30;

  private FigureSubjects() {}

  /**
   * "2% of gross domestic product" → "gross domestic product"; "invest $380 billion in defence" →
   * "defence"; "a 2% target" → "target", but "grow by 12% next year" → none. Dates and counts carry
   * none: a count's noun is its unit.
   */
  static Fact withAbout(Fact fact, String text) {
    if (fact.kind() == Kind.DATE || fact.kind() == Kind.COUNT) {
      return fact;
    }
    Matcher after = ABOUT_AFTER.matcher(following(text, fact, ABOUT_WINDOW));
    if (after.find()) {
      return FactSpans.withAbout(fact, after.group(1).strip());
    }
    Matcher noun = NOUN_AFTER.matcher(following(text, fact, NOUN_WINDOW));
    if (fact.kind() == Kind.PERCENT && noun.find() && followsDeterminer(text, fact)) {
      return FactSpans.withAbout(fact, noun.group(1));
    }
    return fact;
  }

  private static boolean followsDeterminer(String text, Fact fact) {
    int start = Math.max(0, fact.start() - NOUN_WINDOW);
    return DETERMINER_BEFORE.matcher(text.substring(start, fact.start())).find();
  }

  /** Up to {@code window} characters of the text right after the fact. */
  private static String following(String text, Fact fact, int window) {
    return text.substring(fact.end(), Math.min(text.length(), fact.end() + window));
  }
}
