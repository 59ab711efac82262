package io.quotedesk.analysis;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * English roles written in lower case before a name, which the run of capitalised words leaves out:
 * "city fire chief Tom Baker" → "city fire chief", "Port Authority director Ann Ruiz" → "Port
 * Authority director", "state Sen. Ann Ruiz" → "state Sen."; and the body a person works at ("an
 * economist at Harbor Bank"), which is no person.
 */
final class RolesBeforeNames {
  /** How many words a role may take before its title word: "Port Authority deputy director". */
  private static final int MAX_MODIFIERS = 4;

  /** Words that open a role ("former Mexican President"), which no body's name goes before. */
  private static final Set<String> ROLE_OPENERS =
      Lexicon.setOf(
          "former",
          "then",
          "acting",
          "interim",
          "retired",
          "longtime",
          "long-time",
          "outgoing",
          "incoming",
          "current",
          "veteran");

  /**
   * Lower-case words that say which role, before its title: the field or place it serves ("fire",
   * "state") and when or how high ("former", "senior"). A list, since a verb before a role looks
   * the same to a reader without a tagger ("back Sen. Ann Ruiz", "see Ohio Gov. X").
   */
  private static final Set<String> MODIFIERS =
      Lexicon.setOf(
          ROLE_OPENERS,
          "senior",
          "junior",
          "top",
          "lead",
          "head",
          "associate",
          "managing",
          "founding",
          "new",
          "city",
          "state",
          "county",
          "town",
          "village",
          "district",
          "federal",
          "local",
          "national",
          "regional",
          "international",
          "global",
          "police",
          "fire",
          "health",
          "finance",
          "foreign",
          "defense",
          "defence",
          "interior",
          "education",
          "energy",
          "campaign",
          "party",
          "press",
          "communications",
          "media",
          "news",
          "sports",
          "business",
          "policy",
          "research",
          "marketing",
          "sales",
          "operations",
          "technology",
          "security",
          "intelligence",
          "trade",
          "labor",
          "labour",
          "union",
          "school",
          "hospital",
          "emergency",
          "election",
          "real",
          "estate",
          "investment",
          "market",
          "team",
          "club",
          "film",
          "music",
          "art",
          "fashion",
          "food",
          "climate",
          "transport",
          "transportation",
          "housing",
          "public",
          "presidential",
          "political",
          "economic",
          "legal",
          "medical",
          "military",
          "civil",
          "financial",
          "chief",
          "deputy",
          "assistant",
          "vice",
          "executive",
          "general",
          "principal",
          "independent",
          "conservative",
          "liberal",
          "progressive",
          "democratic",
          "republican",
          "monetary",
          "environmental",
          "industry",
          "company",
          "government",
          "council",
          "agency",
          "bank",
          "university",
          "harbor",
          "port",
          "airport",
          "water",
          "weather",
          "coast",
          "guard",
          "army",
          "navy",
          "justice",
          "court");

  private RolesBeforeNames() {}

  /**
   * The role written before {@code run} in an English story, around the title the run opens with
   * ("state Sen. Ann Ruiz") or before its full name ("city fire chief Tom Baker"); null when none.
   */
  static String roleBefore(
      String text, List<Token> tokens, List<Token> run, Predicate<String> lowerCaseWords) {
    NameParts parts = NameParts.of(run);
    if (parts.name().isEmpty() || parts.role() == null && parts.name().size() < 2) {
      return null; // "the federal judge Trump was referring to": one name may be someone else's
    }
    int runRoleSize = parts.role() == null ? 0 : parts.role().split(" ").length;
    return roleBefore(text, tokens, run, runRoleSize, lowerCaseWords);
  }

  /**
   * The role written just before {@code run} (a run of capitalised words of {@code tokens}), with
   * the title the run opens with ({@code runRoleSize} words, "Sen."), or null when none: a title
   * word in lower case or the run's own title, and before it up to four words in lower case or
   * capitals that say which one ("city fire", "Port Authority"), never a verb, a pronoun, a
   * determiner or a preposition before them ("said", "the", "with").
   */
  private static String roleBefore(
      String text,
      List<Token> tokens,
      List<Token> run,
      int runRoleSize,
      Predicate<String> lowerCaseWords) {
    int first = Ranges.firstStartingAtOrAfter(tokens, Token::start, run.get(0).start());
    if (first >= tokens.size() || tokens.get(first) != run.get(0)) {
      return null;
    }
    int end = first + runRoleSize - 1; // the role's last word
    int start = first;
    if (runRoleSize == 0) {
      if (first == 0 || !isLowerCaseTitle(tokens.get(first - 1))) {
        return null;
      }
      start = first - 1;
    }
    int k = start - 1;
    while (k >= 0 && start - k <= MAX_MODIFIERS && isModifier(tokens, k, lowerCaseWords)) {
      start = k--;
    }
    if (start == first) {
      return null; // the run's own title, nothing before it: already its role
    }
    return text.substring(tokens.get(start).start(), tokens.get(end).end());
  }

  /** "director", "chief", "economist": a title word in lower case, not owning what follows. */
  private static boolean isLowerCaseTitle(Token token) {
    return token.isWord()
        && !token.isCapitalized()
        && !NameRuns.isPossessive(token)
        && Titles.isTitle(token.bare());
  }

  /**
   * A word that says which role: "city", "fire", "authority's", "Port", "Authority"; not a word
   * that ends a phrase, a verb, an adverb, or a capital that only opens the sentence ("Meanwhile").
   */
  private static boolean isModifier(List<Token> tokens, int k, Predicate<String> lowerCaseWords) {
    Token token = tokens.get(k);
    if (!token.isWord() || !Character.isLetter(token.text().charAt(0))) {
      return false;
    }
    String lower = token.bare();
    if (!token.isCapitalized()) {
      return MODIFIERS.contains(lower) || NameRuns.isPossessive(token) && !isPronoun(lower);
    }
    if (k == 0 || !tokens.get(k - 1).isWord() && !tokens.get(k - 1).is(",")) {
      // opening the sentence: "Former Florida governor", not "Count former Mexican President"
      if (MODIFIERS.contains(lower)) {
        return true;
      }
      if (lowerCaseWords.test(lower)) {
        return false;
      }
      // "Count former Mexican President Vicente Fox": a verb or common word opening the sentence
      // before the word that opens a role; a body or a person goes before the role's field
      // ("Sanders campaign spokesman Michael Briggs")
      if (ROLE_OPENERS.contains(tokens.get(k + 1).lower())) {
        return false;
      }
    }
    // "Port Authority", "Democratic": a body or a party; not "The", "Meanwhile", "Monday", nor an
    // owner's name ("Trump's lawyer Ann Ruiz" names someone else)
    return !Lexicon.PHRASE_STOPS.contains(lower)
        && !NameWords.NOT_NAMES.contains(lower)
        && !Lexicon.DETERMINERS.contains(lower)
        && !Lexicon.SENTENCE_OPENERS.contains(lower)
        && !Lexicon.TIME_WORDS.contains(lower)
        && !isPronoun(lower)
        && !SpeechVerbs.isSpeechVerb(lower)
        && (!NameRuns.isPossessive(token) || token.isAcronym());
  }

  private static boolean isPronoun(String lower) {
    return Lexicon.PRONOUNS.containsKey(lower) || lower.equals("i") || lower.equals("we");
  }

  /**
   * "an economist at Harbor Bank", "professor at Yale": a run after "at" that follows a title word
   * is where the person works, a body and not a person, though its first word may be a first name
   * ("Harbor").
   */
  static boolean isEmployer(List<Token> tokens, List<Token> run) {
    int first = Ranges.firstStartingAtOrAfter(tokens, Token::start, run.get(0).start());
    return first >= 2
        && first < tokens.size()
        && tokens.get(first) == run.get(0)
        && tokens.get(first - 1).lower().equals("at")
        && isLowerCaseTitle(tokens.get(first - 2));
  }
}
