package io.quotedesk.analysis;

import static io.quotedesk.analysis.WordsAroundQuote.containsAny;
import static io.quotedesk.analysis.WordsAroundQuote.wordAfter;
import static io.quotedesk.analysis.WordsAroundQuote.wordBefore;
import static io.quotedesk.analysis.WordsAroundQuote.wordCount;

import io.quotedesk.ingest.Whitespace;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides that a few quoted words woven into the writer's sentence are the writer's own term, not
 * speech: scare quotes (Tea Party "super PACs"), a term named or glossed (the so-called "Lava
 * Jato", das Wort „hygge“ („Gemütlichkeit“)) or a name printed on a thing (wearing "Vote Ruiz Now"
 * shirts), when no speech verb stands in their sentence.
 */
final class ScareQuotes {

  /**
   * "so-called", and the words of six languages that name a term, call it so or give it as an
   * example: sogenannte „X“, der Begriff „X“, tzw. „X”, słowo „X”, le terme « X », il cosiddetto
   * «X», el llamado «X», zum Beispiel «X».
   */
  private static final Pattern SO_CALLED =
      Pattern.compile(
          "(?iu)so-called|sogenannte[nmrs]?|genannte[nmrs]?|begriff|wort|stichwort|tzw\\."
              + "|zwan\\p{L}*|słowo|termin|pojęcie|określenie|soi-disant|terme|mot"
              + "|cosiddett[oaie]|termine|parola|llamad[oa]s?|término|palabra"
              + "|chamad[oa]s?|palavra"
              // the concept "X": filozofia „zero waste”, das Prinzip „Fördern und Fordern“
              + "|koncepcj\\p{L}*|filozofi\\p{L}*|zasad\\p{L}*|ide[aęią]|konzepts?|prinzips?"
              + "|philosophie|idee|concept|principe|notion|idée|concetto|principio|filosofia"
              + "|concepto|conceito"
              // an example of a word: zum Beispiel «die Schauspieler», par exemple « X »
              + "|beispiel|exemple|przykład|ejemplo|esempio|exemplo");

  /** "means" in five languages, before the meaning of a word: oznacza „…”, bedeutet „…“. */
  private static final Pattern MEANS =
      Pattern.compile("(?iu)oznacza|znaczy|bedeutet|signifie|significa|significano|significam");

  private static final Pattern SCARE_DETERMINER =
      Pattern.compile("(?i)the|a|an|its|their|his|her|our|this|these|those|separate|only");
  private static final Pattern CHARACTERIZATION =
      Pattern.compile("(?i)as|like|to|be|being|was|is|were|are|called|calling|of");

  /** How many tokens either side of a short quote a cue of another language is looked for. */
  private static final int NEAR_CUE_TOKENS = 12;

  private ScareQuotes() {}

  /**
   * Tea Party "super PACs", the "sex tape" reference: a few words in quotation marks, woven into a
   * sentence where nobody speaks, are the writer's distance from a term, not speech.
   */
  static boolean isScareQuote(
      String text, MarkPair pair, String quoted, Paragraphs paragraphs, Optional<CueWords> words) {
    String before = wordBefore(text, pair.open());
    // oznacza „nasycenie alkoholem w domu”: what a word means, in the writer's sentence
    boolean label = isLabel(text, pair, quoted) || MEANS.matcher(before).matches();
    if (wordCount(quoted) > 3 && !label) {
      return false;
    }
    if (SO_CALLED.matcher(before).matches() || isGlossInParentheses(text, pair, quoted)) {
      return true;
    }
    if (isListedWithQuotes(text, pair, before)) {
      return false;
    }
    if (!followsADeterminer(text, pair, quoted, before, words)
        && !label
        && !qualifiesANoun(text, pair, quoted, before, words)) {
      return false;
    }
    return !speechInItsSentence(text, pair, paragraphs, words);
  }

  /**
   * The "sex tape" reference, die sogenannte «X»: a determiner or a word that opens a term stands
   * right before the quote, not after a word that makes the quote someone's words for someone
   * (Trump as a "strong leader").
   */
  private static boolean followsADeterminer(
      String text, MarkPair pair, String quoted, String before, Optional<CueWords> words) {
    return (SCARE_DETERMINER.matcher(before).matches()
            || words.isPresent()
                && (words.get().opensTerm(before)
                    || wordCount(quoted) <= 2
                        && words.get().opensTermWithoutArticle(lowerAtStart(text, pair, before))))
        // Trump as a "strong leader": someone's words for someone
        && !CHARACTERIZATION.matcher(wordBefore(text, pair.open() - before.length() - 1)).matches();
  }

  /**
   * A speech verb stands in the quote's sentence, before or after it. Only the quote's own
   * paragraph is split into sentences: few quotes get this far.
   */
  private static boolean speechInItsSentence(
      String text, MarkPair pair, Paragraphs paragraphs, Optional<CueWords> words) {
    int paragraph = paragraphs.indexOf(pair.open());
    Sentences sentences = Sentences.of(text, text, paragraphs, paragraph, paragraph + 1);
    int sentence = sentences.indexOf(pair.open());
    int start = sentences.start(sentence);
    int end = Math.max(sentences.end(sentence), pair.close());
    return hasSpeechVerb(text, start, pair.open(), words, true)
        || hasSpeechVerb(text, pair.close() + 1, end, words, false);
  }

  /** The word before a quote, lower-cased when it opens its sentence ("Współczesne „X”"). */
  private static String lowerAtStart(String text, MarkPair pair, String before) {
    int at = text.lastIndexOf(before, pair.open());
    int k = at - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return at >= 0 && (k < 0 || ".!?\n".indexOf(text.charAt(k)) >= 0)
        ? before.toLowerCase(Locale.ROOT)
        : before;
  }

  /**
   * Miejskie winiarnie („urban wineries”), das Wort „hygge“ („Gemütlichkeit“): a few words in
   * quotation marks that fill a parenthesis translate or name a term; nobody said them.
   */
  private static boolean isGlossInParentheses(String text, MarkPair pair, String quoted) {
    return wordCount(quoted) <= 3
        && pair.open() > 0
        && text.charAt(pair.open() - 1) == '('
        && pair.close() + 1 < text.length()
        && text.charAt(pair.close() + 1) == ')';
  }

  /**
   * Promoting "magic" weight loss pills, Tea Party "super PACs" supported by …: a word or two in
   * lower case, set right before the noun they qualify, unless they stand in a list of quoted words
   * ("stronger" and "more viable" enterprise), which someone said.
   */
  private static boolean qualifiesANoun(
      String text, MarkPair pair, String quoted, String before, Optional<CueWords> words) {
    if (wordCount(quoted) > 2
        || !Character.isLowerCase(quoted.charAt(0))
        || containsAny(quoted, ".,!?;:")
        || CHARACTERIZATION.matcher(before).matches()) {
      return false;
    }
    String noun = nounAfter(text, pair);
    // l’ait classé « cancérogène probable » en 2015: a preposition, not a noun, follows
    return !noun.isEmpty() && !(words.isPresent() && words.get().isFunctionWord(noun));
  }

  /**
   * The lower-case word right after the closing mark and a space, when it can be a noun (no
   * function word or preposition); empty otherwise.
   */
  private static String nounAfter(String text, MarkPair pair) {
    if (pair.close() + 1 >= text.length() || text.charAt(pair.close() + 1) != ' ') {
      return "";
    }
    String next = wordAfter(text, pair.close() + 1);
    return !next.isEmpty()
            && Character.isLowerCase(next.charAt(0))
            && !Lexicon.PHRASE_STOPS.contains(next)
            && !Lexicon.PREPOSITIONS.contains(next)
        ? next
        : "";
  }

  /**
   * Wearing "Vote Ruiz Now" shirts, a "Harbor First" bus tour: capitalised words set right before a
   * lower-case noun are the name or slogan printed on a thing, when nobody speaks.
   */
  private static boolean isLabel(String text, MarkPair pair, String quoted) {
    int words = wordCount(quoted);
    if (words < 2 // "Leave" voters: one capitalised word may be a party's or a side's name
        || words > 5
        || !Character.isUpperCase(quoted.charAt(0))
        || containsAny(quoted, ".,!?;:")) {
      return false;
    }
    String next = nounAfter(text, pair);
    // "Closed for good" painted on it: a verb, no noun, follows
    return !next.isEmpty() && !next.endsWith("ed");
  }

  /** "stronger" and "more viable": quoted words in a list with other quoted words. */
  private static boolean isListedWithQuotes(String text, MarkPair pair, String before) {
    if (before.equals("and") || before.equals("or")) {
      int i = pair.open() - before.length() - 1;
      while (i > 0 && Whitespace.isSpace(text.charAt(i - 1))) {
        i--;
      }
      if (i > 0 && QuoteMarks.isDouble(text.charAt(i - 1))) {
        return true;
      }
    }
    int wordStart = Whitespace.skip(text, pair.close() + 1, text.length());
    String after = wordAfter(text, wordStart);
    int i = Whitespace.skip(text, wordStart + after.length(), text.length());
    return (after.equals("and") || after.equals("or"))
        && i < text.length()
        && QuoteMarks.isDouble(text.charAt(i));
  }

  /**
   * A speech verb among the writer's words, not a noun it doubles as ("The Post", "a call"), or
   * "according to"; in another language, its speech verbs and cues too when they stand near the
   * quote (sagte, selon X, sei), not in a clause of their own further off (Die «Fibel», an der …,
   * weist … hin und stellt Begriffe klar).
   */
  private static boolean hasSpeechVerb(
      String text, int from, int to, Optional<CueWords> words, boolean beforeQuote) {
    List<Token> tokens = Token.of(text, from, to);
    int near = beforeQuote ? tokens.size() - NEAR_CUE_TOKENS : NEAR_CUE_TOKENS;
    for (int k = 0; k < tokens.size(); k++) {
      boolean close = beforeQuote ? k >= near : k < near;
      if (SpeechGrammar.isSpeechVerbAt(tokens, k)
          || SpeechGrammar.isAccordingTo(tokens, k)
          || close && words.isPresent() && words.get().cuesSpeech(tokens, k)) {
        return true;
      }
    }
    return false;
  }
}
