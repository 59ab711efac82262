package io.quotedesk.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tests on single tokens and their neighbours that finding quotes and attributing them share: a
 * speech verb rather than the noun it doubles as, "according to", a dash, a pronoun, a determiner.
 */
final class SpeechGrammar {
  private static final Set<String> PASSIVE_AUXILIARIES =
      Lexicon.setOf("was", "were", "been", "being", "is", "are", "be", "get", "got", "gets");

  private static final Set<String> NOUN_MARKERS =
      Lexicon.setOf(
          "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "of", "these",
          "those", "this", "that", "whose", "such", "no", "any");

  /** Adjectives of time and manner that go before "comments" or "remarks", never a verb. */
  private static final Set<String> NOUN_ADJECTIVES =
      Lexicon.setOf("latest", "recent", "past", "previous", "prior", "own", "repeated", "frequent");

  private static final Set<String> BASE_FORM_BEFORE =
      Lexicon.setOf(
          "i", "we", "you", "they", "to", "will", "would", "can", "could", "should", "may", "might",
          "must", "do", "did", "does", "cannot", "and", "or");

  private static final Set<String> PLURAL_NOUNS =
      Lexicon.setOf("people", "police", "men", "women", "children", "staff", "folks");

  private static final Set<String> SUBJECT_PRONOUNS = Lexicon.setOf("i", "he", "she", "we", "they");

  private static final Set<String> OBJECT_PRONOUNS =
      Lexicon.setOf("him", "her", "them", "me", "us", "it");

  private static final Set<String> POSSESSIVE_DETERMINERS =
      Lexicon.setOf(
          "his",
          "her",
          "their",
          "its",
          "our",
          "my",
          "your",
          "several",
          "many",
          "some",
          "all",
          "multiple",
          "other");

  private SpeechGrammar() {}

  /** A speech verb by its spelling, in lower case: "said", "told" (not "Said" in a name). */
  static boolean isSpeechVerb(Token token) {
    return token.isWord() && !token.isCapitalized() && SpeechVerbs.isSpeechVerb(token.lower());
  }

  /** A speech verb, not the noun it doubles as: "Trump's comments", "the remarks", "a call". */
  /** Adverbs that stand between "be" and a passive verb: "was first reported", "is also quoted". */
  private static final Set<String> PASSIVE_ADVERBS =
      Lexicon.setOf("first", "also", "later", "not", "never", "then", "already", "since", "once");

  static boolean isSpeechVerbAt(List<Token> tokens, int k) {
    if (k == 0) {
      // "Said Ellis: …" opens a sentence with the verb.
      Token token = tokens.get(0);
      return token.isWord()
          && SpeechVerbs.isSpeechVerb(token.lower())
          && (!token.isCapitalized() || tokens.size() > 1 && tokens.get(1).isCapitalized());
    }
    if (!isSpeechVerb(tokens.get(k)) && !goesOn(tokens, k)) {
      return false;
    }
    Token before = tokens.get(k - 1);
    String lower = before.lower();
    boolean progressive = tokens.get(k).lower().endsWith("ing"); // "is calling" is active
    return !NameRuns.isPossessive(before)
        && !(NOUN_MARKERS.contains(lower) && !(progressive && lower.equals("of"))) // "of saying"
        && !(isCompoundModifier(before) && !isPastTense(tokens.get(k)))
        && !isAdjective(before)
        && !isNamedThing(tokens, k)
        && !namesSomethingNew(tokens, k)
        && !NOUN_ADJECTIVES.contains(lower) // "Lee's latest comments", "his past remarks"
        && !describedByParticiple(tokens, k)
        && !(SpeechVerbs.isBaseForm(tokens.get(k).lower()) && !takesBaseForm(tokens, k))
        // "Detours were posted", "Trump was told", "The move was first reported by"
        && !(isPassive(tokens, k) && !progressive);
  }

  /**
   * "her recovered emails", "Clinton's released emails": a participle between an owner or an
   * article and the word describes a noun; "the senator released a statement" has its subject.
   */
  private static boolean describedByParticiple(List<Token> tokens, int k) {
    if (k < 2 || !isParticiple(tokens.get(k - 1))) {
      return false;
    }
    Token before = tokens.get(k - 2);
    return NOUN_MARKERS.contains(before.lower()) || NameRuns.isPossessive(before);
  }

  /** A form of "be" before the verb at {@code k}, past an adverb or two: "was first reported". */
  private static boolean isPassive(List<Token> tokens, int k) {
    for (int i = k - 1; i >= 0 && i >= k - 3; i--) {
      String lower = tokens.get(i).lower();
      if (PASSIVE_AUXILIARIES.contains(lower)) {
        return true;
      }
      boolean adverb = lower.endsWith("ly") || PASSIVE_ADVERBS.contains(lower);
      if (!tokens.get(i).isWord() || tokens.get(i).isCapitalized() || !adverb) {
        return false;
      }
    }
    return false;
  }

  /**
   * "a band called Sunfish", "a book called "Work"": "called" after a thing just introduced gives
   * its name; nobody speaks. "A spokesman called the report "Q"" still speaks.
   */
  private static boolean namesSomethingNew(List<Token> tokens, int k) {
    if (!tokens.get(k).lower().equals("called") || k + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(k + 1);
    if (!(next.isCapitalized() || next.isQuote())) {
      return false;
    }
    for (int i = k - 1; i >= 0 && k - i <= 4; i--) {
      Token token = tokens.get(i);
      if (!token.isWord() || token.isCapitalized() && i < k - 1 && !isIndefinite(token)) {
        return false;
      }
      if (isIndefinite(token)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIndefinite(Token token) {
    return token.lower().equals("a") || token.lower().equals("an");
  }

  /**
   * "they say", "officials often say", "she will say": what lets a verb stand in its base form
   * before it; "a heavily Democratic state", "a short reply" are nouns.
   */
  private static boolean takesBaseForm(List<Token> tokens, int k) {
    for (int i = k - 1; i >= 0; i--) {
      Token token = tokens.get(i);
      String lower = token.lower();
      if (!token.isWord() || BASE_FORM_BEFORE.contains(lower) || lower.endsWith("n't")) {
        return true;
      }
      if (!skippable(token)) {
        return looksPlural(lower) || PLURAL_NOUNS.contains(lower); // "Republicans say"
      }
    }
    return true;
  }

  /** "declared", "said", "wrote": a past tense, which no compound modifier describes as a noun. */
  private static boolean isPastTense(Token verb) {
    String lower = verb.lower();
    return lower.endsWith("ed") || Lexicon.VERB_WORDS.contains(lower);
  }

  /**
   * "late-night tweets", "off-the-cuff remarks": a lower-case compound describes a noun; "the
   * 70-year-old said" is a person, though, and so is "this look-alike declared".
   */
  private static boolean isCompoundModifier(Token token) {
    String lower = token.lower();
    return token.isWord()
        && !token.isCapitalized()
        && lower.indexOf('-') > 0
        && !lower.endsWith("-old");
  }

  /**
   * "disrespectful comments", "outrageous remarks", "derogatory tweets", "the presidential call
   * transcript"; not "the presidential hopeful said", where the word is a noun.
   */
  private static boolean isAdjective(Token token) {
    String lower = token.lower();
    return token.isWord()
        && lower.length() > 5
        && !lower.equals("hopeful")
        && (lower.endsWith("ful")
            || lower.endsWith("ous")
            || lower.endsWith("ory")
            || lower.endsWith("ential")
            || lower.endsWith("ical"));
  }

  /** "a Donald Trump tweet": a name after "a" or "an" names the thing, not who speaks. */
  private static boolean isNamedThing(List<Token> tokens, int k) {
    int i = k - 1;
    while (i >= 0 && tokens.get(i).isCapitalized()) {
      i--;
    }
    return i < k - 1
        && i >= 0
        && (tokens.get(i).lower().equals("a") || tokens.get(i).lower().equals("an"));
  }

  /** "latest", "recent", "own": an adjective that goes before "comments" or "remarks". */
  static boolean isNounAdjective(Token token) {
    return token.isWord() && NOUN_ADJECTIVES.contains(token.lower());
  }

  /** "also", "not", "quickly", "didn't": a word that may stand between a subject and its verb. */
  static boolean skippable(Token token) {
    String lower = token.lower();
    return Lexicon.BETWEEN_SUBJECT_AND_VERB.contains(lower)
        || lower.endsWith("n't") // "did not", written "didn't"
        || lower.endsWith("n’t")
        || (lower.endsWith("ly") && lower.length() > 4 && !token.isCapitalized());
  }

  /**
   * "he went on", "she went on to say": going on is speaking on; and the phrasal verbs of a reply
   * or an interruption whose verb alone says nothing ("Hale shot back", "fired back at", "her
   * husband cut in", "chimed in", "spoke up"). The particle must end the verb's clause or open its
   * object ("hit back at Ruiz"): "prices shot back up", "cut in half" are no speech.
   */
  static boolean goesOn(List<Token> tokens, int k) {
    String particle = PHRASAL_SPEECH.get(tokens.get(k).lower());
    if (particle == null || k + 1 >= tokens.size() || !tokens.get(k + 1).lower().equals(particle)) {
      return false;
    }
    return k + 2 == tokens.size()
        || !tokens.get(k + 2).isWord()
        || AFTER_PARTICLE.contains(tokens.get(k + 2).lower());
  }

  /**
   * "shot back", "fired back", "broke in", "cut in": a reply or an interruption only beside the
   * quote it cues; in a sentence of its own they are as often deeds ("Officers fired back.",
   * "Thieves broke in on Sunday.").
   */
  static boolean repliesOrInterrupts(List<Token> tokens, int k) {
    return goesOn(tokens, k) && !tokens.get(k + 1).lower().equals("on");
  }

  /** The cue as shown: the verb, or "went on", "shot back" for the phrase. */
  static String cueWord(List<Token> tokens, int k) {
    return goesOn(tokens, k)
        ? tokens.get(k).text() + " " + tokens.get(k + 1).text()
        : tokens.get(k).text();
  }

  /** A verb and the particle that makes it speech: "went on", "shot back", "cut in", "spoke up". */
  private static final Map<String, String> PHRASAL_SPEECH = phrasalSpeech();

  /**
   * Words that may follow the particle of a phrasal speech verb: "went on to say", "hit back at".
   */
  private static final Set<String> AFTER_PARTICLE =
      Lexicon.setOf("to", "at", "with", "on", "against", "that", "for");

  private static Map<String, String> phrasalSpeech() {
    Map<String, String> verbs = new HashMap<>();
    for (String verb : List.of("went", "goes", "continued")) {
      verbs.put(verb, "on");
    }
    for (String verb :
        List.of(
            "shot", "shoots", "fired", "fires", "hit", "hits", "struck", "strikes", "snapped",
            "snaps", "pushed", "pushes")) {
      verbs.put(verb, "back");
    }
    for (String verb :
        List.of("cut", "cuts", "chimed", "chimes", "broke", "breaks", "weighed", "weighs")) {
      verbs.put(verb, "in");
    }
    for (String verb : List.of("spoke", "speaks", "piped", "pipes")) {
      verbs.put(verb, "up");
    }
    return Map.copyOf(verbs);
  }

  /** "according to" starts at token {@code k}. */
  static boolean isAccordingTo(List<Token> tokens, int k) {
    return k + 1 < tokens.size()
        && tokens.get(k).lower().equals("according")
        && tokens.get(k + 1).lower().equals("to");
  }

  /** A dash standing alone: em, en, horizontal bar, or a hyphen typed for one. */
  static boolean isDash(Token token) {
    return token.is("—") || token.is("–") || token.is("―") || token.is("-");
  }

  /** "he", "she", "they", "I", "we": a pronoun that can be the subject of a speech verb. */
  static boolean isSubjectPronoun(Token token) {
    return SUBJECT_PRONOUNS.contains(token.lower());
  }

  /** "him", "them", "it": a pronoun that is a verb's object, never who speaks. */
  static boolean isObjectPronoun(Token token) {
    return OBJECT_PRONOUNS.contains(token.lower());
  }

  /** A verb in -ed, past tense or participle: "Ann Ruiz cited …", "a complaint filed by …". */
  static boolean isParticiple(Token token) {
    String lower = token.lower();
    return token.isWord() && !token.isCapitalized() && lower.length() > 4 && lower.endsWith("ed");
  }

  /** "officials", "groups": a plural noun, by its ending; "boss" and "bus" are not. */
  static boolean looksPlural(String noun) {
    return noun.length() > 3 && noun.endsWith("s") && !noun.endsWith("ss");
  }

  /** "the", "a", "his", "several": a word that opens a described noun phrase. */
  static boolean isDeterminer(Token token) {
    return Lexicon.DETERMINERS.contains(token.lower())
        || POSSESSIVE_DETERMINERS.contains(token.lower());
  }

  /** Where the run of capitalised words from {@code from} ends: "Tom Hale, …" → at the comma. */
  static int endOfCapitals(List<Token> tokens, int from) {
    int end = from;
    while (end < tokens.size() && tokens.get(end).isCapitalized()) {
      end++;
    }
    return end;
  }
}
