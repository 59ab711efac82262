package io.quotedesk.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * What stands right before and right after the words that name a speaker, as a class of word, for
 * the attribution model: a subject opens its clause and is followed by its verb ("Ann Ruiz said"),
 * while a name after a preposition or before an unrelated verb is an object or the subject of
 * another clause ("wrote a letter to Ann Ruiz asking …", "Ruiz wanted to release …"). Reads the
 * characters next to the mention, no tokens or patterns, so it costs next to nothing per quote.
 */
final class MentionSurroundings {
  private static final Set<String> CONJUNCTIONS =
      Lexicon.setOf("and", "but", "or", "nor", "so", "yet", "as");
  private static final Set<String> RELATIVES = Lexicon.setOf("that", "who", "whom", "which");

  private MentionSurroundings() {}

  /**
   * The class of what precedes {@code start}: "start" of a sentence or paragraph, "comma", "quote"
   * (a closing quotation mark: "“Q,” Ruiz said"), "punct", "conjunction", "subordinator",
   * "preposition", "relative", "determiner", "speech-verb" ("said Ruiz") or another "word".
   */
  static String before(String text, int start) {
    int k = start - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      if (text.charAt(k) == '\n') {
        return "start";
      }
      k--;
    }
    if (k < 0) {
      return "start";
    }
    char c = text.charAt(k);
    if (Character.isLetter(c)) {
      int end = k + 1;
      while (k >= 0 && Character.isLetter(text.charAt(k))) {
        k--;
      }
      return wordClass(text.substring(k + 1, end).toLowerCase(Locale.ROOT), true);
    }
    if (c == ',') {
      return "comma";
    }
    if (".!?".indexOf(c) >= 0) {
      return "start";
    }
    return QuoteMarks.isDouble(c) || QuoteMarks.isSingle(c) ? "quote" : "punct";
  }

  /**
   * The class of what follows {@code end}: "end" of the paragraph, "comma" (an apposition: "Ann
   * Ruiz, the envoy, said"), "quote", "punct", "speech-verb", "possessive" ("Ruiz's"), or another
   * "word" ("Ruiz wanted to …", "the leader of a big country").
   */
  static String after(String text, int end) {
    int k = end;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      if (text.charAt(k) == '\n') {
        return "end";
      }
      k++;
    }
    if (k >= text.length()) {
      return "end";
    }
    char c = text.charAt(k);
    if (Character.isLetter(c)) {
      int following = wordEnd(text, k);
      String next = wordClass(text.substring(k, following).toLowerCase(Locale.ROOT), false);
      if (next.equals("word") && following < text.length() && text.charAt(following) == ' ') {
        // "Ruiz also said", "Ruiz had told": one word between the name and its verb
        String second = text.substring(following + 1, wordEnd(text, following + 1));
        return SpeechVerbs.isSpeechVerb(second.toLowerCase(Locale.ROOT)) ? "speech-verb" : next;
      }
      return next;
    }
    if (c == ',') {
      return "comma";
    }
    if ((c == '\'' || c == '\u2019') && k + 1 < text.length() && text.charAt(k + 1) == 's') {
      return "possessive";
    }
    return QuoteMarks.isDouble(c) || QuoteMarks.isSingle(c) ? "quote" : "punct";
  }

  /** Where the run of letters from {@code from} ends. */
  private static int wordEnd(String text, int from) {
    int k = from;
    while (k < text.length() && Character.isLetter(text.charAt(k))) {
      k++;
    }
    return k;
  }

  private static String wordClass(String word, boolean before) {
    if (SpeechVerbs.isSpeechVerb(word)) {
      return "speech-verb";
    }
    if (CONJUNCTIONS.contains(word)) {
      return "conjunction";
    }
    if (Lexicon.SUBORDINATORS.contains(word)) {
      return "subordinator";
    }
    if (before && Lexicon.PREPOSITIONS.contains(word)) {
      return "preposition";
    }
    if (before && RELATIVES.contains(word)) {
      return "relative";
    }
    if (before && Lexicon.DETERMINERS.contains(word)) {
      return "determiner";
    }
    return "word";
  }
}
