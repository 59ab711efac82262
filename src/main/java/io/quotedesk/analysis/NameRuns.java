package io.quotedesk.analysis;

import io.quotedesk.analysis.Lexicon.Gender;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Runs of capitalised words outside quotations, the candidate names with their titles ("NATO
 * Secretary General Jens Stoltenberg"), and the tests on single words that find them.
 */
final class NameRuns {
  private NameRuns() {}

  /** Runs of capitalised words outside quotations: candidate names with their titles. */
  static List<List<Token>> in(List<Token> tokens, Predicate<String> lowerCaseWords) {
    return in(tokens, lowerCaseWords, false);
  }

  /**
   * Words a story writes right after a first name in a paragraph not in title case ("Barry
   * Fleming", "Gerry Connolly"): surnames, even where their ending reads like a participle or an
   * adverb at the start of a sentence ("Fleming said …"), in lower case.
   */
  static Set<String> surnamesAfterFirstNames(List<List<Token>> paragraphs) {
    Set<String> surnames = new HashSet<>();
    for (List<Token> tokens : paragraphs) {
      if (isTitleCase(tokens)) {
        continue;
      }
      for (int i = 1; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        String lower = token.lower();
        Token before = tokens.get(i - 1);
        if ((lower.endsWith("ing") || lower.endsWith("ly"))
            && token.isWord()
            && token.isCapitalized()
            && before.isWord()
            && before.isCapitalized()
            && NameWords.isFirstName(before.bare())) {
          surnames.add(lower);
        }
      }
    }
    return surnames;
  }

  /**
   * The runs of a paragraph; {@code titleCase} when it is written so ("Hillary Clinton Goes After
   * Trump"), where every word is capitalised like a sentence's first and must show it is a name.
   */
  static List<List<Token>> in(
      List<Token> tokens, Predicate<String> lowerCaseWords, boolean titleCase) {
    return in(tokens, lowerCaseWords, titleCase, Set.of());
  }

  /** As above; {@code surnames} are never ordinary words ({@link #surnamesAfterFirstNames}). */
  static List<List<Token>> in(
      List<Token> tokens,
      Predicate<String> lowerCaseWords,
      boolean titleCase,
      Set<String> surnames) {
    List<List<Token>> runs = new ArrayList<>();
    List<Token> run = new ArrayList<>();
    // Each token is asked of up to three times, as itself and as the next word or the one after.
    boolean[] namey = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      namey[i] = isNamey(tokens.get(i));
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      boolean mayName = namey[i] || isFirstNameBeforeName(tokens, i, namey);
      // asked only where it matters: of a word that may name, or one after a run
      boolean sentenceStart =
          (mayName || !run.isEmpty()) && (titleCase || opensSentence(tokens, i));
      boolean inName =
          mayName
              && !(sentenceStart
                  && !surnames.contains(token.lower())
                  && isOrdinaryWord(token, lowerCaseWords));
      boolean connector =
          !run.isEmpty()
              && !opensWorkplace(run, tokens, i)
              && token.isWord()
              && (CONNECTORS.contains(token.lower())
                      // "von der Leyen", not "Lauterbach der Deutschen Presse-Agentur"
                      && (!AFTER_CONNECTOR_ONLY.contains(token.lower())
                          || CONNECTORS.contains(run.get(run.size() - 1).lower()))
                  || token.lower().equals("of") // "Secretary of State John Kerry"
                      && Titles.isTitle(bareName(run.get(run.size() - 1)))
                  || namesABody(run, tokens, i))
              && i + 1 < tokens.size()
              && (namey[i + 1]
                  // "Ursula von der Leyen", "Rafael van der Vaart": two connectors in a row
                  || CONNECTORS.contains(tokens.get(i + 1).lower())
                      && i + 2 < tokens.size()
                      && namey[i + 2]);
      if (sentenceStart && !run.isEmpty() && !titleCase) {
        addRun(runs, run); // "Apple Inc. Apple declined": no name across a sentence's end
        run = new ArrayList<>();
      }
      if (inName || connector) {
        run.add(token);
        if (isPossessive(token)) {
          addRun(runs, run);
          run = new ArrayList<>();
        }
      } else if (!run.isEmpty()) {
        addRun(runs, run);
        run = new ArrayList<>();
      }
    }
    addRun(runs, run);
    return runs;
  }

  /** The first word of a paragraph, or one after a sentence's end or a quotation. */
  private static boolean opensSentence(List<Token> tokens, int i) {
    return i == 0
        || tokens.get(i - 1).is(".")
        || tokens.get(i - 1).is("?")
        || tokens.get(i - 1).is("!")
        || tokens.get(i - 1).isQuote()
        || Sentences.opensClauseAfterCompany(tokens, i);
  }

  /**
   * "Securities and Exchange Commission", "Department of Health and Human Services": "and", "for"
   * or "of" inside a name whose capitals end on the word for a body.
   */
  private static boolean namesABody(List<Token> run, List<Token> tokens, int joiner) {
    String word = tokens.get(joiner).text();
    if (!BODY_JOINERS.contains(word)) {
      return false;
    }
    String before = run.get(run.size() - 1).lower();
    boolean wholeBefore = // "SBI and ICICI Bank", "the United Nations and European Union": two
        SourceNouns.BODIES.contains(before)
            || before.equals("nations")
            || before.equals("states")
            || run.stream().anyMatch(Token::isAcronym);
    if (word.equals("and") && wholeBefore) {
      return false;
    }
    int end = joiner + 1;
    while (end < tokens.size()
        && (tokens.get(end).isCapitalized()
            || (tokens.get(end).lower().equals("and") || tokens.get(end).lower().equals("of"))
                && end + 1 < tokens.size()
                && tokens.get(end + 1).isCapitalized())) {
      end++;
    }
    return end > joiner + 1 && SourceNouns.BODIES.contains(tokens.get(end - 1).lower());
  }

  static final Set<String> BODY_JOINERS = Lexicon.setOf("and", "for", "of");

  /** Adds a run without the connectors it may end on ("King of", when "Monitors" is no name). */
  private static void addRun(List<List<Token>> runs, List<Token> run) {
    int end = run.size();
    while (end > 0 && !run.get(end - 1).isCapitalized()) {
      end--;
    }
    if (end > 0) {
      runs.add(run.subList(0, end));
    }
  }

  /**
   * A headline or subheading in Title Case: four capitalised words or more, and in lower case only
   * the small words such titles leave so ("of", "the", "and").
   */
  static boolean isTitleCase(List<Token> tokens) {
    int capitalized = 0;
    for (Token token : tokens) {
      if (!token.isWord() || !Character.isLetter(token.text().charAt(0))) {
        continue;
      }
      if (token.isCapitalized()) {
        capitalized++;
      } else if (!TITLE_SMALL_WORDS.contains(token.lower())) {
        return false;
      }
    }
    return capitalized >= 4;
  }

  private static final Set<String> TITLE_SMALL_WORDS =
      Lexicon.setOf(
          "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "at", "by", "with",
          "from", "as", "vs");

  private static final Set<String> CONNECTORS =
      Lexicon.setOf("de", "van", "von", "der", "bin", "al", "da", "du", "la", "le", "del", "di");

  /** Articles that join a name only after a particle: "van der Vaart", "de la Fuente". */
  private static final Set<String> AFTER_CONNECTOR_ONLY = Lexicon.setOf("der", "la", "le");

  /**
   * "Der Biologe Peter Rosenkranz von der Universität Hohenheim": a particle and an article after a
   * first name and a surname open where the person works, not the rest of a name ("Ursula von der
   * Leyen", "Maria Teresa de la Vega": after a first name they are).
   */
  private static boolean opensWorkplace(List<Token> run, List<Token> tokens, int i) {
    return run.size() >= 2
        && i + 1 < tokens.size()
        && CONNECTORS.contains(tokens.get(i).lower())
        && AFTER_CONNECTOR_ONLY.contains(tokens.get(i + 1).lower())
        && NameWords.isFirstName(bareName(run.get(run.size() - 2)))
        && !NameWords.isFirstName(bareName(run.get(run.size() - 1)));
  }

  /**
   * "Jan Kowalski", "August Müller": a word kept out of names for what else it is (a month) that is
   * a first name, written without a period right before a name.
   */
  private static boolean isFirstNameBeforeName(List<Token> tokens, int i, boolean[] namey) {
    Token token = tokens.get(i);
    return token.isCapitalized()
        && token.isWord()
        && !token.text().endsWith(".")
        && i + 1 < tokens.size()
        && namey[i + 1]
        && NameWords.NOT_NAMES.contains(token.lower())
        && FirstNames.of(token.lower()).isPresent();
  }

  private static boolean isNamey(Token token) {
    if (!token.isCapitalized()
        || hasLowerCasePart(token.text())
        || !Lexicon.withoutContraction(token.lower()).equals(token.lower()) // "You’ve"
        || token.lower().endsWith("n’t")
        || token.lower().endsWith("n't")) {
      return false;
    }
    String bare = bareName(token);
    boolean acronym = token.isAcronym();
    return acronym || !NameWords.NOT_NAMES.contains(bare) || NameWords.HONORIFICS.containsKey(bare);
  }

  /**
   * "Day-by-day", "Face-to-face": a compound of three parts or more with lower-case parts names no
   * one; two parts may be a given name ("Ban Ki-moon", "Cheuk Hau-yip").
   */
  private static boolean hasLowerCasePart(String word) {
    int parts = 1;
    boolean lower = false;
    for (int dash = word.indexOf('-'); dash >= 0; dash = word.indexOf('-', dash + 1)) {
      parts++;
      lower |= dash + 1 < word.length() && Character.isLowerCase(word.charAt(dash + 1));
    }
    return lower && parts >= 3;
  }

  /**
   * "Keeping NATO strong…": a capital that only starts the sentence, on a word also used in lower
   * case.
   */
  static boolean isOrdinaryWord(Token token, Predicate<String> lowerCaseWords) {
    String lower = token.lower();
    boolean acronym = token.isAcronym();
    if (Titles.isTitle(lower) || acronym) {
      return false; // "US President Joe Biden", not the pronoun "us"
    }
    return lower.endsWith("ing")
        // "Separately, …", not "Emily" or "Kelly"
        || lower.endsWith("ly") && NameWords.genderOfFirstName(lower) == Gender.UNKNOWN
        || IMPERATIVES.contains(lower)
        || Lexicon.SENTENCE_OPENERS.contains(lower) // "Instead, he …", "Thirteen years later"
        || lowerCaseWords.test(lower);
  }

  /** "Use the code …", "Download Microsoft Teams": a page's commands open sentences, not names. */
  private static final Set<String> IMPERATIVES =
      Lexicon.setOf(
          "use",
          "download",
          "click",
          "watch",
          "subscribe",
          "follow",
          "try",
          "enter",
          "visit",
          "see",
          "check",
          "join",
          "learn",
          "discover",
          "shop",
          "buy",
          "register",
          "listen",
          "share",
          "tap",
          "scroll",
          "swipe",
          "get",
          "sign");

  /** "Biden's", "Harris’", "the Democrats'": a word that owns what follows. */
  static boolean isPossessive(Token token) {
    String t = token.text();
    return t.endsWith("'s") || t.endsWith("’s") || t.endsWith("s'") || t.endsWith("s’");
  }

  /**
   * A name word in lower case, without its possessive ending or final period: "Biden's" → "biden".
   */
  static String bareName(Token token) {
    String bare = token.bare();
    if (bare.endsWith("'s") || bare.endsWith("’s")) {
      bare = bare.substring(0, bare.length() - 2);
    } else if (bare.endsWith("'") || bare.endsWith("’")) {
      bare = bare.substring(0, bare.length() - 1);
    }
    return bare;
  }

  /** The capitalised words of the story, in lower case: the forms of names it writes. */
  static Set<String> capitalisedWords(List<List<Token>> paragraphs, List<List<Token>> captions) {
    Set<String> capitalised = new HashSet<>();
    for (List<List<Token>> part : List.of(paragraphs, captions)) {
      for (List<Token> tokens : part) {
        for (Token token : tokens) {
          if (token.isWord() && token.isCapitalized()) {
            capitalised.add(token.lower());
          }
        }
      }
    }
    return capitalised;
  }
}
