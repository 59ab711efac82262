package io.quotedesk.analysis;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Closed word classes the attribution rules lean on: pronouns and function words. Titles, name
 * words and source nouns have their own classes ({@link Titles}, {@link NameWords}, {@link
 * SourceNouns}).
 */
final class Lexicon {
  enum Gender {
    MALE,
    FEMALE,
    UNKNOWN
  }

  /** Subject pronouns and the gender they refer to. */
  static final Map<String, Gender> PRONOUNS =
      Map.of("he", Gender.MALE, "she", Gender.FEMALE, "they", Gender.UNKNOWN, "it", Gender.UNKNOWN);

  /** Words that end a noun phrase when reading leftwards from a verb or rightwards after it. */
  static final Set<String> PHRASE_STOPS =
      setOf(
          "that",
          "and",
          "but",
          "while",
          "as",
          "because",
          "when",
          "if",
          "after",
          "before",
          "since",
          "although",
          "though",
          "so",
          "who",
          "which",
          "where",
          "whom",
          "whose",
          "to",
          "than",
          "whether",
          "until",
          "unless",
          "or",
          "nor",
          "yet",
          "where",
          "then",
          "once",
          "what",
          "how",
          "why",
          "said",
          "says",
          "in",
          "on",
          "at",
          "during",
          "about",
          "for",
          "with",
          "by",
          "from",
          "into",
          "over",
          "under",
          "through",
          "against",
          "per",
          "via",
          "like",
          "is",
          "was",
          "are",
          "were",
          "be",
          "been",
          "being",
          "has",
          "have",
          "had",
          "do",
          "does",
          "did",
          "will",
          "would",
          "can",
          "could",
          "should",
          "may",
          "might",
          "must",
          "not",
          "this",
          "these",
          "those",
          "it",
          "its",
          "there",
          "here",
          "also",
          "just",
          "only");

  /** Adverbs and auxiliaries between a subject and its speech verb: "Biden also said". */
  static final Set<String> BETWEEN_SUBJECT_AND_VERB =
      setOf(
          "also",
          "later",
          "then",
          "has",
          "had",
          "have",
          "was",
          "is",
          "were",
          "are",
          "would",
          "will",
          "previously",
          "once",
          "repeatedly",
          "publicly",
          "reportedly",
          "recently",
          "again",
          "just",
          "further",
          "often",
          "always",
          "sometimes",
          "never",
          "not",
          "did",
          "does",
          "do",
          "only",
          "still",
          "even",
          "already",
          "first",
          "last",
          "earlier",
          "separately",
          "privately",
          "simply",
          "flatly",
          "bluntly",
          "angrily",
          "quickly",
          "has",
          "had",
          "could",
          "can",
          "should",
          "might",
          "may",
          "must",
          "be",
          "been",
          "being",
          "who",
          "and",
          "thus",
          "now",
          "cannot",
          "somehow",
          "shall");

  /** The articles: "is currently the frontrunner", "The retired surgeon". */
  static final Set<String> ARTICLES = setOf("the", "a", "an");

  static final Set<String> DETERMINERS =
      setOf("the", "a", "an", "another", "one", "two", "three", "several", "some", "many");

  static final Set<String> PREPOSITIONS =
      setOf("of", "in", "at", "from", "for", "with", "on", "to", "about", "during");

  /** Words that open a clause of its own: "Q," when Clinton blasted him. */
  static final Set<String> SUBORDINATORS =
      setOf(
          "when",
          "while",
          "after",
          "before",
          "because",
          "although",
          "though",
          "since",
          "if",
          "once");

  private Lexicon() {}

  /** Auxiliaries and common verbs that end a subject written without a tagger. */
  static final Set<String> VERB_WORDS =
      setOf(
          "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
          "should", "may", "might", "must", "did", "does", "do", "said", "says", "told", "took",
          "made", "gave", "got", "went", "came", "saw", "began", "wrote", "also", "not");

  /** The finite forms of "be": the main verb a clause resumes with ("Ruiz, who …, is"). */
  static final Set<String> BE_FORMS = setOf("is", "was", "are", "were");

  /** Determiners of plural nouns: "several environmental groups". */
  static final Set<String> PLURAL_DETERMINERS =
      setOf("several", "some", "many", "all", "multiple", "other", "two", "three", "both");

  /**
   * Words that open a sentence before a comma and are never a name there: "Instead, he …", "First,
   * Ann Ruiz …", "Thirteen years earlier, she …" (adverbs and number words).
   */
  static final Set<String> SENTENCE_OPENERS =
      setOf(
          "instead",
          "first",
          "second",
          "third",
          "finally",
          "later",
          "earlier",
          "again",
          "otherwise",
          "indeed",
          "thus",
          "therefore",
          "moreover",
          "furthermore",
          "besides",
          "likewise",
          "nevertheless",
          "nonetheless",
          "afterward",
          "afterwards",
          "overall",
          "anyway",
          "perhaps",
          "maybe",
          "however",
          "meanwhile",
          "similarly",
          "additionally",
          "ultimately",
          "separately",
          "specifically",
          "notably",
          "consequently",
          "regardless",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty",
          "thirty",
          "forty",
          "fifty",
          "sixty",
          "seventy",
          "eighty",
          "ninety",
          "hundreds",
          "thousands",
          "dozens");

  /** Words of time that are never a speaker: "early Friday", "last week". */
  static final Set<String> TIME_WORDS =
      setOf(
          "early",
          "late",
          "morning",
          "afternoon",
          "evening",
          "night",
          "week",
          "weekend",
          "month",
          "year",
          "today",
          "yesterday",
          "tonight",
          "day",
          "earlier",
          "later");

  /** "I’d", "she’ll", "you’ve" → "i", "she", "you": a pronoun with its auxiliary attached. */
  static String withoutContraction(String lower) {
    int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('’'));
    if (apostrophe <= 0) {
      return lower;
    }
    String pronoun = lower.substring(0, apostrophe);
    boolean isPronoun =
        PRONOUNS.containsKey(pronoun)
            || pronoun.equals("i")
            || pronoun.equals("we")
            || pronoun.equals("you");
    return isPronoun && CONTRACTIONS.contains(lower.substring(apostrophe + 1)) ? pronoun : lower;
  }

  private static final Set<String> CONTRACTIONS = setOf("d", "ll", "m", "ve", "re", "s");

  /**
   * A word set for lookups on every token. {@code Set.of} finds its slot with a division; a HashSet
   * with a mask, which made the whole analysis 2-3% faster.
   */
  static Set<String> setOf(String... words) {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
  }

  /** The words of {@code base} and {@code more}, as {@link #setOf(String...)} keeps them. */
  static Set<String> setOf(Set<String> base, String... more) {
    Set<String> words = new HashSet<>(base);
    words.addAll(Arrays.asList(more));
    return Collections.unmodifiableSet(words);
  }
}
