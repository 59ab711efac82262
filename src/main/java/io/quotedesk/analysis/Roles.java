package io.quotedesk.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a role written in the text says: its normal form, whether a description fits it, its body.
 */
final class Roles {
  private Roles() {}

  /**
   * The body a role belongs to, when the role names one before its title: "NATO Secretary General"
   * → NATO, "European Council President" → European Council, "NATO's chief" → NATO; "German
   * Chancellor" names a country's adjective, not a body.
   */
  static Optional<String> organisationOf(String role) {
    if (role == null) {
      return Optional.empty();
    }
    List<String> body = new ArrayList<>();
    for (String word : SPACES.split(role)) {
      // "Sen." is the title "sen", no body
      String bare = POSSESSIVE_END.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
      bare = bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare;
      if (Titles.isTitle(bare) || !Character.isUpperCase(word.charAt(0))) {
        break;
      }
      body.add(POSSESSIVE_END.matcher(word).replaceAll(""));
    }
    if (body.isEmpty()) {
      return Optional.empty();
    }
    String only = body.get(0);
    boolean acronym = only.length() >= 2 && only.equals(only.toUpperCase(Locale.ROOT));
    boolean demonym = DEMONYM.matcher(only).matches();
    // "Engineer Bob Ruiz", "Democrat Hillary Clinton": one word that is the whole role describes
    // the person; a body's name stands before a title ("Harvard economist") or is an acronym
    boolean wholeRole = body.size() == SPACES.split(role.strip()).length;
    if (body.size() == 1 && !acronym && (demonym || wholeRole)) {
      return Optional.empty();
    }
    return Optional.of(String.join(" ", body));
  }

  // Role normalisation runs for every description resolved, and every person's role is read for
  // its body: the patterns are compiled once.
  private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");
  private static final Pattern DEMONYM = Pattern.compile(".*(?:an|ese|ish|ic|i)$");
  private static final Pattern POSSESSIVE_S = Pattern.compile("[’']s\\b");
  private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z ]");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^\\s*(the|a|an|former|then)\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** "the governor" fits "governor of ohio" and "ohio governor"; "the mayor" fits neither. */
  static boolean matchesRole(String role, String wanted) {
    int of = role.indexOf(" of ");
    return role.endsWith(wanted) || of > 0 && role.substring(0, of).endsWith(wanted);
  }

  /**
   * A role in lower case, letters only, without a leading article: "the Secretary-General's" →
   * "secretary general".
   */
  static String normalizeRole(String role) {
    String normalized = role.toLowerCase(Locale.ROOT).replace('-', ' ');
    normalized = POSSESSIVE_S.matcher(normalized).replaceAll("");
    normalized = NOT_A_LETTER.matcher(normalized).replaceAll(" ");
    normalized = LEADING_ARTICLE.matcher(normalized).replaceAll("").strip();
    StringBuilder words = new StringBuilder(normalized.length() + 8);
    for (String word : SPACES.split(normalized)) {
      words.append(words.length() == 0 ? "" : " ").append(ABBREVIATED.getOrDefault(word, word));
    }
    return words.toString();
  }

  /** "Sen. Ann Hale" is "the senator": titles as abbreviated before names, written out. */
  private static final Map<String, String> ABBREVIATED =
      Map.ofEntries(
          Map.entry("sen", "senator"),
          Map.entry("rep", "representative"),
          Map.entry("gov", "governor"),
          Map.entry("gen", "general"),
          Map.entry("lt", "lieutenant"),
          Map.entry("col", "colonel"),
          Map.entry("sgt", "sergeant"),
          Map.entry("capt", "captain"),
          Map.entry("adm", "admiral"),
          Map.entry("atty", "attorney"),
          Map.entry("supt", "superintendent"),
          Map.entry("det", "detective"));

  /**
   * The capitalised words of a role or description that are no title, in lower case: "Ohio Gov." →
   * ohio, "the New Jersey governor" → new, jersey; "Sen." → none.
   */
  static Set<String> placesAndParties(String role) {
    Set<String> words = new HashSet<>();
    for (String word : SPACES.split(role.strip())) {
      String bare = NOT_A_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
      if (!word.isEmpty()
          && Character.isUpperCase(word.charAt(0))
          && !bare.equals("the")
          && !Titles.isTitle(bare)) {
        words.add(bare);
      }
    }
    return words;
  }

  /**
   * "the Kentucky senator" → "the senator": capitalised words before a title written in lower case
   * (a place, a party) left out; the description unchanged when none stand there.
   */
  static String withoutCapitalisedModifiers(String description) {
    String[] words = SPACES.split(description.strip());
    int first = words.length > 0 && words[0].equalsIgnoreCase("the") ? 1 : 0;
    int head = first;
    while (head < words.length - 1 && Character.isUpperCase(words[head].charAt(0))) {
      head++;
    }
    if (head == first || !Character.isLowerCase(words[head].charAt(0))) {
      return description;
    }
    return "the " + String.join(" ", Arrays.copyOfRange(words, head, words.length));
  }
}
