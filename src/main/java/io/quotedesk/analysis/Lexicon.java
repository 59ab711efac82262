package io.quotedesk.analysis;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Closed word classes the attribution rules lean on: titles, pronouns, function words, names. */
final class Lexicon {
  enum Gender {
    MALE,
    FEMALE,
    UNKNOWN
  }

  /** Words that make a run of capitalised words a title or role: "NATO Secretary General". */
  static final Set<String> TITLES =
      setOf(
          "president",
          "vice",
          "secretary",
          "general",
          "chancellor",
          "minister",
          "prime",
          "premier",
          "senator",
          "sen",
          "rep",
          "representative",
          "gov",
          "governor",
          "mayor",
          "chief",
          "director",
          "chairman",
          "chairwoman",
          "chair",
          "judge",
          "justice",
          "ambassador",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "leader",
          "commissioner",
          "king",
          "queen",
          "prince",
          "princess",
          "pope",
          "attorney",
          "adviser",
          "advisor",
          "aide",
          "officer",
          "ceo",
          "coach",
          "professor",
          "prof",
          "dr",
          "gen",
          "lt",
          "col",
          "sgt",
          "capt",
          "adm",
          "speaker",
          "whip",
          "candidate",
          "nominee",
          "deputy",
          "assistant",
          "congressman",
          "congresswoman",
          "councilman",
          "councilwoman",
          "lawmaker",
          "rev",
          "reverend",
          "sheriff",
          "commander",
          "admiral",
          "colonel",
          "captain",
          "economist",
          "analyst",
          "founder",
          "host",
          "anchor",
          "correspondent",
          "reporter",
          "editor",
          "manager",
          "strategist",
          "pollster",
          "chairperson",
          "frontrunner",
          "delegate",
          "envoy",
          "diplomat",
          "official",
          "executive",
          "treasurer",
          "comptroller",
          "superintendent",
          "commissioner",
          "cardinal",
          "bishop",
          "rabbi",
          "imam",
          "sergeant",
          "lieutenant",
          "major",
          "marshal",
          "detective",
          "inspector",
          "prosecutor",
          "counsel",
          "lawyer",
          "director-general",
          "secretary-general",
          "lady",
          "lord",
          "sir",
          // people in the arts, science and sport are introduced the same way: "singer Ann Ruiz"
          "singer",
          "singers",
          "actor",
          "actress",
          "author",
          "novelist",
          "writer",
          "poet",
          "rapper",
          "comedian",
          "guitarist",
          "guitarists",
          "musician",
          "drummer",
          "producer",
          "filmmaker",
          "developer",
          "designer",
          "scientist",
          "researcher",
          "historian",
          "surgeon",
          "physician",
          "quarterback",
          "striker",
          "goalkeeper",
          "pitcher");

  /** Honorifics that tell gender but are no role. Read for every capitalised word: see setOf. */
  static final Map<String, Gender> HONORIFICS =
      hashed(
          Map.of(
              "mr",
              Gender.MALE,
              "mrs",
              Gender.FEMALE,
              "ms",
              Gender.FEMALE,
              "miss",
              Gender.FEMALE,
              "sir",
              Gender.MALE,
              "lady",
              Gender.FEMALE,
              "lord",
              Gender.MALE));

  static final Map<String, Gender> PRONOUNS =
      Map.of("he", Gender.MALE, "she", Gender.FEMALE, "they", Gender.UNKNOWN, "it", Gender.UNKNOWN);

  /** Capitalised only because they start a sentence, or never part of a name. */
  static final Set<String> NOT_NAMES =
      setOf(
          "the",
          "a",
          "an",
          "but",
          "and",
          "or",
          "in",
          "on",
          "at",
          "for",
          "if",
          "when",
          "while",
          "as",
          "after",
          "before",
          "during",
          "since",
          "this",
          "that",
          "these",
          "those",
          "it",
          "he",
          "she",
          "they",
          "we",
          "i",
          "his",
          "her",
          "their",
          "our",
          "its",
          "there",
          "here",
          "what",
          "who",
          "why",
          "how",
          "where",
          "so",
          "yet",
          "still",
          "also",
          "then",
          "now",
          "however",
          "meanwhile",
          "still",
          "to",
          "of",
          "with",
          "by",
          "from",
          "about",
          "over",
          "under",
          "according",
          "last",
          "next",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "one",
          "two",
          "my",
          "your",
          "you",
          "us",
          "me",
          "him",
          "them",
          "is",
          "was",
          "are",
          "were",
          "not",
          "no",
          "yes",
          "some",
          "many",
          "most",
          "all",
          "each",
          "every",
          "both",
          "other",
          "another",
          "such",
          "even",
          "just",
          "only",
          "because",
          "although",
          "though",
          "until",
          "unless",
          "whether",
          "among",
          "between",
          "despite",
          "without",
          "within",
          "into",
          "onto",
          "upon",
          "than",
          "read",
          "share",
          "watch",
          "click",
          "photo",
          "video",
          "image",
          "getty",
          "images");

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

  /** Words that end the name of a body: "… Exchange Commission", "… Human Services". */
  static final Set<String> BODIES =
      setOf(
          "commission",
          "committee",
          "department",
          "agency",
          "administration",
          "council",
          "bureau",
          "office",
          "institute",
          "foundation",
          "association",
          "union",
          "board",
          "services",
          "service",
          "authority",
          "court",
          "party",
          "ministry",
          "corporation",
          "company",
          "university",
          "center",
          "centre",
          "centers",
          "league",
          "fund",
          "bank",
          "organization",
          "organisation");

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

  /** Nouns for what someone said: "Trump's claim that …". */
  static final Set<String> CLAIM_NOUNS =
      setOf(
          "claim",
          "claims",
          "statement",
          "assertion",
          "remark",
          "remarks",
          "comment",
          "comments",
          "promise",
          "pledge",
          "vow",
          "warning",
          "insistence",
          "argument",
          "accusation",
          "charge",
          "suggestion",
          "prediction",
          "contention",
          "boast",
          "response",
          "answer",
          "reply",
          "message",
          "words");

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

  /** Bodies that speak as "they". */
  static final Set<String> COLLECTIVES =
      setOf(
          "union",
          "campaign",
          "committee",
          "company",
          "government",
          "party",
          "team",
          "administration",
          "group",
          "board",
          "council",
          "family",
          "police",
          "court",
          "agency",
          "ministry",
          "department",
          "firm",
          "bank",
          "panel",
          "coalition",
          "organisation",
          "organization",
          "network",
          "club",
          "school",
          "university",
          "office");

  /** Documents that carry someone's words: "according to a statement from X". */
  static final Set<String> DOCUMENTS =
      setOf(
          "statement",
          "report",
          "letter",
          "memo",
          "release",
          "filing",
          "transcript",
          "email",
          "post",
          "tweet",
          "interview",
          "complaint",
          "lawsuit",
          "document",
          "documents");

  static boolean isTitle(String bareWord) {
    if (TITLES.contains(bareWord)) {
      return true;
    }
    if (bareWord.indexOf('-') > 0) {
      for (String part : bareWord.split("-")) {
        if (!TITLES.contains(part)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

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
   * The gender a first name usually signals; UNKNOWN for a unisex name, a word the lists do not
   * know, or one that is a title or function word here ("General", "Will" in "Will he?").
   */
  static Gender genderOfFirstName(String bareWord) {
    return firstName(bareWord).orElse(Gender.UNKNOWN);
  }

  /** A known first name of any gender ("Jordan"), not a title or function word. */
  static boolean isFirstName(String bareWord) {
    return firstName(bareWord).isPresent();
  }

  // One lower-casing and one look-up in the 87,500 names: asked of most capitalised words.
  private static Optional<Gender> firstName(String bareWord) {
    String lower = bareWord.toLowerCase(Locale.ROOT);
    return TITLES.contains(lower) || NOT_NAMES.contains(lower) || PHRASE_STOPS.contains(lower)
        ? Optional.empty()
        : FirstNames.of(lower)
            .filter(gender -> gender != Gender.UNKNOWN)
            .or(() -> firstOfCompound(lower))
            .or(() -> FirstNames.of(lower));
  }

  /**
   * "Marie-Pierre", "Jean-Luc", "Hans-Peter": a compound first name goes by its first part, unless
   * a list is sure of the whole.
   */
  private static Optional<Gender> firstOfCompound(String lower) {
    int dash = lower.indexOf('-');
    return dash > 1
            && lower.indexOf('-', dash + 1) < 0
            && FirstNames.of(lower.substring(dash + 1)).isPresent()
        ? FirstNames.of(lower.substring(0, dash))
        : Optional.empty();
  }

  /**
   * A word set for lookups on every token. {@code Set.of} finds its slot with a division; a HashSet
   * with a mask, which made the whole analysis 2-3% faster.
   */
  static Set<String> setOf(String... words) {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
  }

  private static <V> Map<String, V> hashed(Map<String, V> map) {
    return Collections.unmodifiableMap(new HashMap<>(map));
  }
}
