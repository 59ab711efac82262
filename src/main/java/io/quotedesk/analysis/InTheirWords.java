package io.quotedesk.analysis;

import static io.quotedesk.analysis.PhrasesAfterVerb.rightPhrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "In Hale's words, "Q"" · "in the words of Ann Ruiz, "Q"": a phrase that says whose words follow
 * names the speaker, as "according to" does.
 */
final class InTheirWords {
  private InTheirWords() {}

  /** The owner of the words named by the phrase that ends, with a comma, before the quote at q. */
  static Optional<Cue> cueFor(List<Token> tokens, int q) {
    int comma = q - 1;
    while (comma >= 0 && tokens.get(comma).is(",")) {
      comma--;
    }
    int end = comma;
    if (end == q - 1 || end < 3) {
      return Optional.empty();
    }
    return ownerBefore(tokens, end).or(() -> wordsOf(tokens, end));
  }

  /** "in Hale's words," · "in Ann Ruiz's own words,": the owner before "words" at {@code end}. */
  private static Optional<Cue> ownerBefore(List<Token> tokens, int end) {
    if (!tokens.get(end).lower().equals("words")) {
      return Optional.empty();
    }
    int owner = tokens.get(end - 1).lower().equals("own") ? end - 2 : end - 1;
    Token possessive = tokens.get(owner);
    if (owner < 1 || !NameRuns.isPossessive(possessive) || !possessive.isCapitalized()) {
      return Optional.empty();
    }
    int start = owner;
    while (start > 0 && tokens.get(start - 1).isCapitalized()) {
      start--;
    }
    if (start == 0 || !tokens.get(start - 1).lower().equals("in")) {
      return Optional.empty();
    }
    List<Token> subject = new ArrayList<>(tokens.subList(start, owner));
    subject.add(possessive.withoutPossessive());
    return Optional.of(new Cue(subject, "according to"));
  }

  /** "in the words of Ann Ruiz,": the phrase after "of", ending at {@code end}. */
  private static Optional<Cue> wordsOf(List<Token> tokens, int end) {
    for (int i = end - 4; i >= 0 && end - i <= 12; i--) {
      if (tokens.get(i).lower().equals("in")
          && tokens.get(i + 1).lower().equals("the")
          && tokens.get(i + 2).lower().equals("words")
          && tokens.get(i + 3).lower().equals("of")) {
        List<Token> subject = rightPhrase(tokens, i + 4);
        boolean whole = !subject.isEmpty() && i + 4 + subject.size() == end + 1;
        return whole ? Optional.of(new Cue(subject, "according to")) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
