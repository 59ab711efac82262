package io.quotedesk.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A crosshead is a quote standing alone as a paragraph with no sentence's end, pulled from the
 * story below it („Es darf sich nicht die ganze Herde infizieren“ over a paragraph that goes on „Es
 * darf sich nicht die ganze Herde infizieren“, sagt Berning): it is said by whoever says those
 * words in the body, not by the speaker of the paragraph above it. A crosshead the body does not
 * repeat keeps the speaker the rules gave it.
 */
final class Crossheads {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** At least this many words, so that a short phrase does not match by chance. */
  private static final int MIN_WORDS = 3;

  private Crossheads() {}

  static QuoteAttributor.Attribution takeSpeakersFromTheBody(
      QuoteAttributor.Attribution attribution, String text, Paragraphs paragraphs) {
    List<Quote> quotes = attribution.quotes();
    List<Quote> result = null;
    List<List<String>> features = null;
    for (int i = 0; i < quotes.size(); i++) {
      Quote head = quotes.get(i);
      List<String> words;
      if (!isCrosshead(head, text, paragraphs) || (words = words(head.text())).size() < MIN_WORDS) {
        continue;
      }
      for (int j = i + 1; j < quotes.size(); j++) {
        Quote body = quotes.get(j);
        if (!body.headline() && body.speaker().isPresent() && contains(words(body.text()), words)) {
          if (result == null) {
            result = new ArrayList<>(quotes);
            features = new ArrayList<>(attribution.features());
          }
          result.set(
              i,
              head.attributed(
                  body.speaker().get(), body.mention().orElse(null), body.cue().orElse(null)));
          features.set(i, attribution.features().get(j));
          break;
        }
      }
    }
    return result == null
        ? attribution
        : new QuoteAttributor.Attribution(result, features, attribution.candidates());
  }

  /** The whole paragraph is the quote in its marks, and it ends without a full stop. */
  private static boolean isCrosshead(Quote quote, String text, Paragraphs paragraphs) {
    if (quote.headline()) {
      return false;
    }
    int p = paragraphs.indexOf(quote.start());
    int outside = paragraphs.end(p) - paragraphs.start(p) - quote.text().length();
    char last = quote.text().charAt(quote.text().length() - 1);
    return p > 0 && outside <= 4 && ".!?…:;,".indexOf(last) < 0;
  }

  /**
   * The head's words appear in the body's in order, a few others between them allowed (the body may
   * say „innovative Batterien zu entwickeln, die …“ under „Innovative Batterien, die …“).
   */
  private static boolean contains(List<String> body, List<String> head) {
    int reach = 2 * head.size();
    for (int start = 0; start < body.size(); start++) {
      if (!body.get(start).equals(head.get(0))) {
        continue;
      }
      int k = 1;
      for (int i = start + 1; i < body.size() && i < start + reach && k < head.size(); i++) {
        if (body.get(i).equals(head.get(k))) {
          k++;
        }
      }
      if (k == head.size()) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    var m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
