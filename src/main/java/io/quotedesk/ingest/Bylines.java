package io.quotedesk.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people in a byline as a page writes it, joined by ", ": "By Jane Doe and John Roe, Staff
 * Writers - Apr 16, 2015 8:02 pm" is "Jane Doe, John Roe". Addresses, handles, desks and roles are
 * no one's name.
 */
final class Bylines {
  private static final String MONTH =
      "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

  /**
   * "By", "Written by", "by:" before the names, and the same word in German, French, Spanish,
   * Italian, Dutch, Polish and the Nordic languages ("Von Anna Berger", "Par Jean Dupont", "Autor:
   * Jan Nowak"). The other languages' word is taken only before a name of two words or more: "Von
   * Miller" and "Di Stefano" are surnames.
   */
  private static final Pattern LEAD =
      Pattern.compile(
          "^(?:(?:(?:written|posted|reported|words|story|text|compiled)\\s+)?by\\b\\s*:?\\s*"
              + "|(?:von|par|por|di|door|av|af|przez)\\s+(?=\\S+\\s+\\S)"
              + "|(?:autor(?:in)?|auteur|autore|texte?|tekst)\\s*:\\s*)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Where the names end: a date, a time, an update line, other credits, the outlet. */
  private static final Pattern TAIL =
      Pattern.compile(
          String.join(
              "|",
              MONTH + "\\s+\\d",
              "\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "(?:\\s|$)",
              "\\d{4}-\\d{2}-\\d{2}",
              "\\d{1,2}/\\d{1,2}/\\d{2,4}",
              "\\d{1,2}:\\d{2}",
              "\\d+\\s+(?:min|minute|hour|day|week|month|year)s?\\s+ago",
              "\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b",
              "\\b(?:updated|published|posted|last updated)\\b",
              "\\b(?:reviewed|edited|photographs?|photos?|illustrations?|video)\\s+by\\b",
              "\\bfrom:",
              "\\s[|–—•·]\\s?",
              "\\s-\\s",
              "\\(",
              "https?://"),
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^()]*\\)");

  /**
   * Co-writers in brackets after the main one: "Jane Doe (with John Roe)", "Anne Dupont (avec Jean
   * Roy et Lise Morel)". The word opening the brackets joins names as "and" does, and a person has
   * two names: "(with AFP)" credits an agency, "(en Lima)" and "(i Oslo)" say where.
   */
  private static final Pattern COWRITERS =
      Pattern.compile(
          "\\s*\\(\\s*((?i:with|and|avec|et|mit|und|con|y|met|z|i)\\s+\\p{Lu}[\\p{L}.'’-]*\\s+\\p{Lu}"
              + "[^()]*)\\)");

  /**
   * Commas, "and", and "and" in German, French, Spanish, Italian, Dutch, Polish and the Nordic
   * languages ("Anna Berger und Max Huber"), those in lower case only: "E." and "Y." are initials.
   */
  private static final Pattern BETWEEN_NAMES =
      Pattern.compile(
          "\\s*(?:,|;|&|\\band\\b|\\bwith\\b"
              + "|(?-i:\\b(?:und|et|y|e|i|en|og|och|oraz|mit|avec|con)\\b))\\s*",
          Pattern.CASE_INSENSITIVE);

  /** Words that make a byline part a role, a desk or a link, never a person. */
  private static final Set<String> NOT_A_NAME =
      Set.of(
          "staff",
          "reporter",
          "reporters",
          "correspondent",
          "editor",
          "editors",
          "writer",
          "writers",
          "contributor",
          "contributors",
          "columnist",
          "producer",
          "journalist",
          "photographer",
          "analyst",
          "technologist",
          "director",
          "manager",
          "officer",
          "president",
          "professor",
          "fellow",
          "chief",
          "senior",
          "deputy",
          "associate",
          "assistant",
          "intern",
          "team",
          "desk",
          "newsroom",
          "news",
          "press",
          "agency",
          "wire",
          "wires",
          "services",
          "media",
          "admin",
          "administrator",
          "author",
          "authors",
          "guest",
          "anonymous",
          "unknown",
          "follow",
          "view",
          "posts",
          "profile",
          "more",
          "comments",
          "share",
          "contact",
          "email",
          "twitter",
          "facebook",
          "md",
          "ma",
          "phd",
          "mph",
          "rn",
          "msc",
          "bsc",
          "projects",
          "project",
          "foundation",
          "inc",
          "ltd",
          "llc",
          "magazine",
          "online",
          "blog",
          "website");

  /** Particles that may start a part of a name in lower case: "Michiel de Jong". */
  private static final Set<String> PARTICLES =
      Set.of("de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "del", "bin", "al");

  private Bylines() {}

  /** The names in {@code raw}, or empty when it names no one. */
  static Optional<String> names(String raw) {
    String text = MetaTags.clean(raw);
    if (text.length() > 200 || text.startsWith("http") || text.startsWith("www.")) {
      return Optional.empty();
    }
    text = COWRITERS.matcher(LEAD.matcher(text).replaceFirst("")).replaceAll(", $1");
    // "Richard (R.J.) Eskow": an aside, not a name
    text = Whitespace.normalize(PARENTHESES.matcher(text).replaceAll(" "));
    Matcher tail = TAIL.matcher(text);
    if (tail.find()) {
      text = text.substring(0, tail.start());
    }
    Map<String, String> people = new LinkedHashMap<>();
    for (String part : BETWEEN_NAMES.split(text)) {
      String name = LEAD.matcher(part.strip()).replaceFirst("").replaceAll("[.,:;]+$", "").strip();
      if (name.isEmpty()) {
        continue;
      }
      if (!isName(name, people.isEmpty())) {
        if (!people.isEmpty()) {
          break; // "Jane Doe, Senior Writer, Health Desk": what follows a role is affiliation
        }
        continue;
      }
      people.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
    }
    return people.isEmpty()
        ? Optional.empty()
        : Optional.of(String.join(", ", new ArrayList<>(people.values())));
  }

  /**
   * The names in the first of {@code candidates} that names anyone. The publisher's own name ("Mac
   * & i" on Mac & i) is an outlet's byline unless it reads whole as a person's (a blog named after
   * its writer).
   */
  static Optional<String> first(List<String> candidates, Optional<String> publisher) {
    String outlet = publisher.map(Bylines::comparable).orElse("");
    for (String candidate : candidates) {
      Optional<String> names = names(candidate);
      boolean outletsOwn =
          comparable(candidate).equals(outlet)
              && !names.map(Bylines::comparable).equals(Optional.of(outlet));
      if (names.isPresent() && !outletsOwn) {
        return names;
      }
    }
    return Optional.empty();
  }

  /**
   * The organisation that signs a story no person signs, unless it is the publisher itself: a wire
   * service on a paper's page ("Associated Press"), "Contributors to Wikimedia projects". The
   * outlet's own name ("BBC News" on BBC News) says no more than the publisher does.
   */
  static Optional<String> creditedOrganisation(
      List<String> organisations, Optional<String> publisher) {
    String outlet = publisher.map(Bylines::comparable).orElse("");
    for (String organisation : organisations) {
      String name = MetaTags.clean(organisation);
      String bare = comparable(name);
      boolean outletsOwn = !outlet.isEmpty() && (outlet.contains(bare) || bare.contains(outlet));
      if (!bare.isEmpty() && name.length() <= 100 && !name.contains("://") && !outletsOwn) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /**
   * A Dublin Core creator as people write names: "Kooman, F." is "F. Kooman", "Jong, Michiel de" is
   * "Michiel de Jong". Anything else ("Jane Doe, Staff Writer", two names) is left as it is.
   */
  static String givenNameFirst(String creator) {
    String[] parts = creator.split(",");
    if (parts.length != 2) {
      return creator;
    }
    String surname = parts[0].strip();
    String given = parts[1].strip();
    return isSurname(surname)
            && given.split("\\s+").length <= 3
            && isName(given.replaceAll("\\.$", ""), true)
        ? given + " " + surname
        : creator;
  }

  /** One capitalised word, after any particles: "Doe", "de Jong"; "Jane Doe" is a whole name. */
  private static boolean isSurname(String part) {
    String[] tokens = part.split("\\s+");
    for (int i = 0; i < tokens.length - 1; i++) {
      if (!PARTICLES.contains(tokens[i].toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return isName(part, true);
  }

  private static String comparable(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static boolean isName(String part, boolean first) {
    String[] tokens = part.split("\\s+");
    if (tokens.length > 5 || (!first && tokens.length < 2 && !isCapitalised(tokens[0]))) {
      return false;
    }
    boolean capitalised = false;
    for (String token : tokens) {
      String bare = token.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
      if (token.contains("@") || token.matches(".*\\d.*") || NOT_A_NAME.contains(bare)) {
        return false;
      }
      if (isCapitalised(token)) {
        capitalised = true;
      } else if (!PARTICLES.contains(bare) && !bare.isEmpty()) {
        return false;
      }
    }
    return capitalised;
  }

  /** "Jane", "JANE", "O'Brien", "個人": a letter that is not lower case opens it. */
  private static boolean isCapitalised(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLetter(c)) {
        return !Character.isLowerCase(c);
      }
    }
    return false;
  }
}
