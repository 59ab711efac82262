package io.quotedesk.analysis;

import java.util.List;

/**
 * Decides where the subject after a speech verb starts when adverbs and prepositional phrases stand
 * between them: « Q », explique à l’AFP Paul X → "Paul"; „Q“, sagte dagegen Scholz → "Scholz"; « Q
 * », a affirmé dimanche sur France Inter le ministre X → "le". The object of a preposition ("à
 * l’AFP", "sur France Inter", "im ZDF") is passed over, never taken for the subject.
 */
final class AdverbialsAfterVerb {
  /** At most this many words stand between a verb and its subject after it ("pour sa part"). */
  private static final int MAX_ADVERBIAL = 4;

  private final CueWords words;

  AdverbialsAfterVerb(CueWords words) {
    this.words = words;
  }

  /**
   * « Q », estime pour sa part la députée X · „Q“, sagte dagegen Scholz · « Q », explique à l’AFP
   * Paul X · « Q », a affirmé dimanche sur France Inter le ministre X: where the subject follows
   * the verb, adverbs and prepositional phrases may stand between them; the index of the word after
   * them when a determiner or a capitalised word follows, else {@code i}. The object of a
   * preposition ("à l’AFP", "sur France Inter", "im ZDF") is passed over, never the subject.
   */
  int pastAdverbial(List<Token> tokens, int i) {
    int k = i;
    while (k < tokens.size() && k < i + MAX_ADVERBIAL * 2) {
      Token token = tokens.get(k);
      String lower = token.lower();
      if (isMark(token) && pastObject(tokens, k) > k + 1) {
        k = pastObject(tokens, k); // „Q” – mówi „Rzeczpospolitej” Jan X: the paper addressed
        continue;
      }
      if (!token.isWord() || words.conjunctions().contains(lower)) {
        return i; // « Q », estime que le gouvernement … · « Q », dit à l’AFP.
      }
      if (words.obliques().contains(lower)) {
        k = pastObject(tokens, k + 1);
      } else if (token.isCapitalized()
          || words.determiners().contains(lower)
          || words.pronouns().containsKey(lower)) {
        return k > i && !words.pronouns().containsKey(lower) ? k : i;
      } else {
        k++; // "pour sa part", "dimanche", "dagegen"
      }
    }
    return i;
  }

  /**
   * Past the object of a preposition at {@code k}: "l’AFP", "la presse", "France Inter", "dem
   * Spiegel", "der Zeitung".
   */
  private int pastObject(List<Token> tokens, int k) {
    if (k < tokens.size() && tokens.get(k).isQuote()) {
      return k + 1; // a quotation read as one
    }
    if (k < tokens.size() && isMark(tokens.get(k))) {
      // "w rozmowie z „Rzeczpospolitą” Jan X", "im „Spiegel“ Olaf X": a title in marks
      for (int end = k + 1; end < tokens.size() && end <= k + MAX_ADVERBIAL; end++) {
        if (isMark(tokens.get(end))) {
          return end + 1;
        }
      }
    }
    if (k >= tokens.size() || !tokens.get(k).isWord()) {
      return k;
    }
    if (words.determiners().contains(tokens.get(k).lower())
        || words.objects().contains(tokens.get(k).lower())) {
      return k + 2; // a determiner and its noun
    }
    if (ElidedArticles.joinsCapital(tokens.get(k))) {
      return k + 1;
    }
    return tokens.get(k).isCapitalized()
        ? pastCapitalizedObject(tokens, k)
        : pastLowerCaseObject(tokens, k);
  }

  /**
   * "na platformie X marszałek Sejmu …": a name right after the noun, then a lower-case word, still
   * belongs to the object.
   */
  private int pastLowerCaseObject(List<Token> tokens, int k) {
    int end = k + 1;
    while (end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalized()) {
      end++;
    }
    boolean lowerAfter =
        end > k + 1
            && end < tokens.size()
            && tokens.get(end).isWord()
            && !tokens.get(end).isCapitalized()
            && !words.determiners().contains(tokens.get(end).lower());
    return lowerAfter ? end : k + 1;
  }

  /**
   * "sur France Inter": the capitalised words of the object, up to the subject's first name ("na
   * Twitterze Jan Kowalski", "im ZDF Olaf Scholz").
   */
  private int pastCapitalizedObject(List<Token> tokens, int k) {
    int end = k;
    while (end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalized()) {
      if (end > k && opensAFullName(tokens, end)) {
        return end; // "na Twitterze Jan Kowalski", "im ZDF Olaf Scholz": the subject's first name
      }
      end++; // "sur France Inter"
    }
    return end;
  }

  private static boolean isMark(Token token) {
    return !token.isWord()
        && token.text().length() == 1
        && QuoteMarks.isDouble(token.text().charAt(0));
  }

  /** A first name of the story's language with a capitalised word after it: a person's name. */
  private boolean opensAFullName(List<Token> tokens, int k) {
    return k + 1 < tokens.size()
        && tokens.get(k + 1).isWord()
        && tokens.get(k + 1).isCapitalized()
        && FirstNames.inLanguage(words.language(), tokens.get(k).lower()).isPresent();
  }
}
