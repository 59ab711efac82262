package io.quotedesk.analysis;

import java.util.List;
import java.util.Set;

/**
 * The words that take up a quote as what was said, so that the speaker is their clause's subject: a
 * demonstrative and a speech verb in the sentence after it ("„Q“ Das sagte Scholz der dpa"), "mit
 * diesen Worten" before or after it, and a quote that fills its paragraph, taken up by the next
 * one.
 */
final class TakenUpQuotes {
  /** The demonstratives of "mit diesen Worten", which take up the quote before. */
  private static final Set<String> THESE = Lexicon.setOf("diesen", "den", "jenen");

  private final CueWords words;
  private final ArticleView article;

  TakenUpQuotes(CueWords words, ArticleView article) {
    this.words = words;
    this.article = article;
  }

  /**
   * „Das ist ein guter Kompromiss.“ ¶ Das sagte X: the quote of sentence {@code s} is its
   * paragraph's only words, and the next paragraph opens right after it.
   */
  boolean fillsParagraph(Quote quote, int s) {
    int p = quote.paragraph();
    String text = article.text();
    int start = article.paragraphs().start(p);
    int end = article.paragraphs().end(p);
    return s + 1 < article.sentences().count()
        && start <= quote.start()
        && quote.end() <= end
        && article.paragraphs().indexOf(article.sentences().start(s + 1)) == p + 1
        && text.substring(start, quote.start()).codePoints().noneMatch(Character::isLetter)
        && text.substring(quote.end(), end).codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /**
   * „Q“ Das sagte Scholz der dpa: a sentence that opens with a demonstrative and a speech verb
   * takes up the quote before it, and its subject is the speaker.
   */
  boolean takesUp(List<Token> sentence) {
    return sentence.size() > 2
            && words.demonstratives().contains(sentence.get(0).lower())
            && (words.isVerb(sentence.get(1).lower())
                // «Q». Lo ha detto il ministro X: an auxiliary before the verb
                || sentence.size() > 3
                    && words.auxiliaries().contains(sentence.get(1).lower())
                    && words.isVerb(sentence.get(2).lower()))
        || pastTheseWords(sentence, 0) > 0
        || verbAfterSubject(sentence) > 0;
  }

  /** How many words a subject between a demonstrative and its verb may run to. */
  private static final int MAX_SUBJECT = 8;

  /**
   * «Q». Così la presidente del Consiglio ha risposto: a demonstrative, the subject opened by a
   * determiner, then the verb (after an auxiliary); where the verb (or its auxiliary) stands, or 0
   * when the sentence is not so written.
   */
  int verbAfterSubject(List<Token> sentence) {
    if (sentence.size() < 4
        || !words.demonstratives().contains(sentence.get(0).lower())
        || !words.determiners().contains(sentence.get(1).lower())) {
      return 0;
    }
    for (int k = 3; k < sentence.size() && k <= MAX_SUBJECT + 1; k++) {
      Token token = sentence.get(k);
      if (!token.isWord()) {
        return 0; // "Così la legge, che …": a clause, no subject and verb
      }
      String lower = token.lower();
      boolean auxiliary =
          words.auxiliaries().contains(lower)
              && k + 1 < sentence.size()
              && words.isVerb(sentence.get(k + 1).lower());
      if (auxiliary || words.isVerb(lower) && !token.isCapitalized()) {
        return k;
      }
    }
    return 0;
  }

  /**
   * „Q“ – mit diesen Worten eröffnete X die Sitzung · „Q.“ Mit diesen Worten …: where the words
   * that take up the quote as what was said end at {@code i}, before the verb; {@code i} when they
   * are not there.
   */
  static int pastTheseWords(List<Token> tokens, int i) {
    return i + 3 < tokens.size()
            && tokens.get(i).lower().equals("mit")
            && THESE.contains(tokens.get(i + 1).lower())
            && tokens.get(i + 2).lower().equals("worten")
            && tokens.get(i + 3).isWord()
            && !tokens.get(i + 3).isCapitalized()
        ? i + 3
        : i;
  }

  /**
   * Mit den Worten „Q“ wurde X berühmt: the words that name the quote as what was said stand just
   * before it, and the verb after it has the speaker for its subject.
   */
  static boolean afterTheseWords(List<Token> tokens, int q) {
    return q >= 3
        && tokens.get(q - 3).lower().equals("mit")
        && THESE.contains(tokens.get(q - 2).lower())
        && tokens.get(q - 1).lower().equals("worten");
  }
}
