package io.quotedesk.analysis;

import static io.quotedesk.analysis.PhrasesAfterVerb.rightPhrase;
import static io.quotedesk.analysis.SpeechGrammar.endOfCapitals;
import static io.quotedesk.analysis.SpeechGrammar.isAccordingTo;
import static io.quotedesk.analysis.SpeechGrammar.isDeterminer;
import static io.quotedesk.analysis.SpeechGrammar.isSpeechVerbAt;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cues that close the sentence after its quote and attribute all of it: "…, the Ledger reports." ·
 * "…, said Ann Ruiz, an analyst."; and the name in apposition after a description ("said the prime
 * minister, Tom Hale").
 */
final class SentenceEndCues {
  /** The verbs with which a news outlet passes a story on: "…, the Ledger reports." */
  private static final Set<String> REPORTS = Lexicon.setOf("reports", "reported");

  private SentenceEndCues() {}

  /**
   * "Fans chanted "Q," the Ledger reports." · ""Q," said Ruiz, reports the Ledger.": a news outlet
   * named at the very end of the sentence passes the whole sentence on, and is its source, as
   * "according to" after a cue is.
   */
  static Optional<Cue> reporterAtTheEnd(List<Token> tokens, int q) {
    int end = tokens.size();
    while (end > q + 1 && !tokens.get(end - 1).isWord()) {
      end--;
    }
    if (end <= q + 3) {
      return Optional.empty();
    }
    int verb;
    List<Token> outlet;
    if (REPORTS.contains(tokens.get(end - 1).lower())) {
      // "…, the Ledger reports." · "…, the Ledger first reported."
      verb = end - 1;
      int last = verb - 1;
      if (last > q && tokens.get(last).lower().equals("first")) {
        last--;
      }
      int first = last;
      while (first > q && tokens.get(first).isCapitalized()) {
        first--;
      }
      if (first == last
          || !(tokens.get(first).is(",") || tokens.get(first).lower().equals("the"))) {
        return Optional.empty();
      }
      outlet = tokens.subList(first + 1, last + 1);
      if (tokens.get(first).lower().equals("the")) {
        first--;
      }
      if (first <= q || !tokens.get(first).is(",")) {
        return Optional.empty();
      }
    } else {
      // "…, reports the Ledger."
      int first = end - 1;
      while (first > q && tokens.get(first).isCapitalized()) {
        first--;
      }
      if (first == end - 1) {
        return Optional.empty();
      }
      outlet = tokens.subList(first + 1, end);
      if (tokens.get(first).lower().equals("the")) {
        first--;
      }
      verb = first;
      if (verb - 1 <= q
          || !REPORTS.contains(tokens.get(verb).lower())
          || !tokens.get(verb - 1).is(",")) {
        return Optional.empty();
      }
    }
    return Optional.of(new Cue(outlet, tokens.get(verb).text()));
  }

  /**
   * China has used "velvet gloves" in the region, said Ann Ruiz, an analyst. · "It is over" for the
   * plan, says the minister.: a cue in the inverted order, after a comma and closing the sentence,
   * attributes all of it.
   */
  static Optional<Cue> saidAtTheEnd(List<Token> tokens, int q) {
    for (int k = q + 2; k < tokens.size(); k++) {
      Token token = tokens.get(k);
      if (token.isQuote() || token.is(".") || token.is(";") || token.is(":")) {
        return Optional.empty();
      }
      if (!tokens.get(k - 1).is(",")
          || token.lower().endsWith("ing")
          || !isSpeechVerbAt(tokens, k)
          || isAccordingTo(tokens, k)) {
        continue;
      }
      List<Token> subject = rightPhrase(tokens, k + 1);
      int after = k + 1 + subject.size();
      boolean closes =
          after >= tokens.size() || tokens.get(after).is(",") || tokens.get(after).is(".");
      boolean named =
          !subject.isEmpty()
              && (subject.get(0).isCapitalized() || isDeterminer(subject.get(0)))
              && !Lexicon.PRONOUNS.containsKey(subject.get(0).lower());
      return named && closes
          ? Optional.of(new Cue(nameInApposition(tokens, k + 1, subject), token.text()))
          : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * "said the prime minister, Tom Hale": a description followed by a name in commas is that name's;
   * the description alone otherwise.
   */
  static List<Token> nameInApposition(List<Token> tokens, int from, List<Token> phrase) {
    int comma = from + phrase.size();
    if (comma < tokens.size() && Lexicon.PREPOSITIONS.contains(tokens.get(comma).lower())) {
      // "said a spokeswoman for the hotels, Jennifer Ray": past the body the role serves
      int k = comma + 1;
      while (k < tokens.size() && k - comma <= 6 && tokens.get(k).isWord()) {
        k++;
      }
      comma = k;
    }
    if (!isDeterminer(phrase.get(0)) || comma >= tokens.size() || !tokens.get(comma).is(",")) {
      return phrase;
    }
    int end = endOfCapitals(tokens, comma + 1);
    boolean closed = end == tokens.size() || !tokens.get(end).isWord();
    return end - comma > 2 && closed ? tokens.subList(comma + 1, end) : phrase;
  }
}
