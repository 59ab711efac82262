package io.quotedesk.analysis;

import static io.quotedesk.analysis.SpeechGrammar.endOfCapitals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A subject that a determiner opens, read without a tagger: "The ad uses …" → "The ad"; "several
 * environmental groups granted …"; "Another critic, Laurence H. Tribe, likened …" → the name in
 * apposition.
 */
final class DescribedSubjects {
  /** "A group of senators", "Dozens of protesters": words whose head is who follows the "of". */
  private static final Set<String> PARTITIVES =
      Lexicon.setOf(
          "lot",
          "lots",
          "group",
          "number",
          "handful",
          "couple",
          "majority",
          "minority",
          "dozens",
          "hundreds",
          "thousands",
          "millions",
          "some",
          "many",
          "most",
          "all",
          "several",
          "one",
          "two",
          "three",
          "none",
          "few",
          "each",
          "both",
          "half");

  private DescribedSubjects() {}

  /** "lot" in "A whole lot of people", "group" in "A group of senators". */
  static boolean isPartitive(Token token) {
    return PARTITIVES.contains(token.lower());
  }

  /**
   * The subject opened by the determiner at {@code determiner}. The noun ends before an auxiliary,
   * a past tense, or a singular verb in -s. A description alone counts only when the sentence has
   * it {@code speaking}; empty when there is no subject.
   */
  static List<Token> describedSubject(List<Token> tokens, int determiner, boolean speaking) {
    List<Token> subject = new ArrayList<>(List.of(tokens.get(determiner)));
    boolean plural = Lexicon.PLURAL_DETERMINERS.contains(tokens.get(determiner).lower());
    int k = determiner + 1;
    int longest = 4;
    for (; k < tokens.size() && subject.size() <= longest; k++) {
      Token token = tokens.get(k);
      if (token.lower().equals("of") && isPartitive(subject.get(subject.size() - 1))) {
        subject.add(token); // "A whole lot of people": the people are the head
        plural = true;
        longest += 3;
        continue;
      }
      if (subject.size() >= 2) {
        List<Token> named = namedAfterDescription(tokens, k);
        if (!named.isEmpty()) {
          return named;
        }
      }
      if (endsTheNoun(token, subject, plural) && !isAdjectiveInEd(tokens, k, subject)) {
        break;
      }
      subject.add(token);
    }
    if (subject.size() < 2) {
      return List.of();
    }
    List<Token> named = nameInApposition(tokens, k);
    if (!named.isEmpty()) {
      return named;
    }
    return speaking ? subject : List.of();
  }

  /**
   * "Another critic, Laurence H. Tribe, likened": the name set off by commas from {@code comma},
   * which names the critic; empty when none is.
   */
  private static List<Token> nameInApposition(List<Token> tokens, int comma) {
    if (comma < tokens.size() && tokens.get(comma).is(",")) {
      int name = comma + 1;
      int end = endOfCapitals(tokens, name);
      if (end - name >= 2 && end < tokens.size() && tokens.get(end).is(",")) {
        return tokens.subList(name, end);
      }
    }
    return List.of();
  }

  /** Past tenses not in -ed that end a subject: "The campaign sent a text …" → "The campaign". */
  private static final Set<String> IRREGULAR_PAST =
      Lexicon.setOf(
          "sent", "held", "left", "kept", "brought", "thought", "felt", "found", "met", "led",
          "won", "lost", "paid", "spent", "ran", "put", "knew", "heard", "sought", "struck",
          "threw", "chose", "drew", "rose", "fell", "stood", "built", "taught", "caught", "meant");

  /**
   * "the civic group the Harbor League said", "the prominent Jewish rights group the Harbor League
   * strongly denounced": a description, then "the" and a name that a verb follows; the name from
   * {@code k} on (past a few more words of the description) is the subject. Not "the Mexican
   * audience gets": there a noun follows the capitals.
   */
  static List<Token> namedAfterDescription(List<Token> tokens, int k) {
    for (int j = k; j < tokens.size() && j < k + 5; j++) {
      Token token = tokens.get(j);
      String lower = token.lower();
      if (lower.equals("the") && j + 1 < tokens.size()) {
        int end = endOfCapitals(tokens, j + 1);
        return end > j + 1 && end < tokens.size() && opensPredicate(tokens.get(end))
            ? tokens.subList(j + 1, end)
            : List.of();
      }
      if (!token.isWord()
          || Lexicon.PHRASE_STOPS.contains(lower)
          || Lexicon.PREPOSITIONS.contains(lower)
          || opensPredicate(token)) {
        return List.of();
      }
    }
    return List.of();
  }

  /** "said", "denounced", "sent", "has", "strongly": a word that opens what a subject does. */
  private static boolean opensPredicate(Token token) {
    String lower = token.lower();
    return token.isWord()
        && !token.isCapitalized()
        && (Lexicon.VERB_WORDS.contains(lower)
            || IRREGULAR_PAST.contains(lower)
            || lower.endsWith("ed")
            || lower.endsWith("ly")
            || SpeechGrammar.isSpeechVerb(token));
  }

  /**
   * "The retired surgeon has …", "An unnamed official said": a word in -ed right after an article
   * and before a lower-case noun describes the noun rather than ending the subject; "The ad used …"
   * and "The accused said …" still end where they did.
   */
  private static boolean isAdjectiveInEd(List<Token> tokens, int k, List<Token> subject) {
    Token token = tokens.get(k);
    if (subject.size() != 1
        || !Lexicon.ARTICLES.contains(subject.get(0).lower())
        || !SpeechGrammar.isParticiple(token)
        || k + 1 >= tokens.size()) {
      return false;
    }
    Token noun = tokens.get(k + 1);
    String lower = noun.lower();
    return noun.isWord()
        && !noun.isCapitalized()
        && !lower.endsWith("ed")
        && !Lexicon.VERB_WORDS.contains(lower)
        && !Lexicon.PHRASE_STOPS.contains(lower)
        && !Lexicon.PREPOSITIONS.contains(lower)
        && !Lexicon.PRONOUNS.containsKey(lower)
        && !Lexicon.DETERMINERS.contains(lower);
  }

  /**
   * "uses" after "The ad", "granted", "had", "in", a capital: the described noun ends before it.
   */
  private static boolean endsTheNoun(Token token, List<Token> subject, boolean plural) {
    String lower = token.lower();
    boolean verbLike =
        Lexicon.VERB_WORDS.contains(lower)
            || IRREGULAR_PAST.contains(lower)
            || lower.endsWith("ed")
            || !plural
                && subject.size() > 1
                && lower.endsWith("s")
                && !lower.endsWith("ss")
                && isSingular(subject.get(subject.size() - 1).lower());
    return !token.isWord()
        || token.isCapitalized()
        || verbLike
        || Lexicon.PHRASE_STOPS.contains(lower)
        || Lexicon.PREPOSITIONS.contains(lower);
  }

  /** "ad", "bias", "status", "crisis" — not "groups" or "officials". */
  private static boolean isSingular(String noun) {
    return !noun.endsWith("s")
        || noun.endsWith("ss")
        || noun.endsWith("us")
        || noun.endsWith("is")
        || noun.endsWith("as");
  }

  /**
   * Whether a described {@code subject} of {@code clause} can carry someone's words: its head is a
   * title, a body, a group, a document or a plural ("Several council members", "The audit report"),
   * not a thing or words themselves ("The window", "Lee's latest comments"), and a verb form
   * follows it, so that it ended at its verb, not at a word limit.
   */
  static boolean isSourceOfWords(List<Token> clause, List<Token> subject) {
    Token head = subject.get(subject.size() - 1);
    return namesASource(head) && verbFollows(clause, head);
  }

  /** "council members", "the report", "the senator": a head noun that can carry someone's words. */
  static boolean namesASource(Token head) {
    String word = head.lower();
    return Titles.isTitle(head.bare())
        || SourceNouns.BODIES.contains(word)
        || SourceNouns.COLLECTIVES.contains(word)
        || SourceNouns.DOCUMENTS.contains(word)
        || word.endsWith("s") && !word.endsWith("ss") && !SourceNouns.CLAIM_NOUNS.contains(word);
  }

  /**
   * A verb form right after the subject ("blames", "referred", "has"), so that the subject ended at
   * its verb, not at a word limit: "Several aides found the senator" is no subject.
   */
  private static boolean verbFollows(List<Token> clause, Token head) {
    int next = clause.indexOf(head) + 1;
    if (next <= 0 || next >= clause.size()) {
      return false;
    }
    Token verb = clause.get(next);
    String lower = verb.lower();
    return verb.isWord()
        && !verb.isCapitalized()
        && (Lexicon.VERB_WORDS.contains(lower) || lower.endsWith("ed") || lower.endsWith("s"));
  }
}
