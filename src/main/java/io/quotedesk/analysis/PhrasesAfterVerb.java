package io.quotedesk.analysis;

import static io.quotedesk.analysis.SpeechGrammar.isDash;

import java.util.ArrayList;
import java.util.List;

/**
 * The noun phrase after a speech verb, the speaker of an inverted cue ("said the minister", "says
 * Sen. Ann Ruiz (D-Calif.)"). Kept apart from {@link NounPhrases}, which reads the subject before a
 * verb past its asides: after the verb a phrase only runs on to where a name ends.
 */
final class PhrasesAfterVerb {
  private PhrasesAfterVerb() {}

  /** The noun phrase after a verb: "said Jens Stoltenberg", "said the minister". */
  static List<Token> rightPhrase(List<Token> tokens, int from) {
    List<Token> phrase = new ArrayList<>();
    for (int i = from; i < tokens.size() && phrase.size() < 8; i++) {
      Token token = tokens.get(i);
      if (!token.isWord()) {
        // "said Sen. Ann Ruiz (D-Calif.)": the party and state in brackets follow the name
        if (phrase.isEmpty() && (token.is("(") || isDash(token))) {
          continue;
        }
        break;
      }
      String lower = token.lower();
      if (Lexicon.PHRASE_STOPS.contains(lower)
          && !token.isAcronym() // "says WHO", not "who"
          && !isFirstNameOfName(tokens, i, phrase)
          && !(phrase.isEmpty() && Lexicon.PRONOUNS.containsKey(lower))
          && !SubjectHeads.isRoleOfBeforeName(tokens, i, phrase)) {
        break;
      }
      if (!phrase.isEmpty()
          && !token.isCapitalized()
          && phrase.get(phrase.size() - 1).isCapitalized()
          && !NameRuns.isPossessive(phrase.get(phrase.size() - 1)) // "Ruiz's office"
          && !Titles.isTitle(token.bare())
          && phrase.stream().anyMatch(t -> !Titles.isTitle(t.bare()) && t.isCapitalized())) {
        break; // "said Biden today": the name ends at the first lower-case word
      }
      phrase.add(token);
      if (phrase.size() == 1 && Lexicon.PRONOUNS.containsKey(lower)) {
        break;
      }
    }
    return phrase;
  }

  /**
   * "said Will Doyle", "said May Chen": a word that is also a function word, capitalised after the
   * verb, a first name and a capitalised word after it, opens a name.
   */
  private static boolean isFirstNameOfName(List<Token> tokens, int i, List<Token> phrase) {
    return phrase.isEmpty()
        && tokens.get(i).isCapitalized()
        && i > 0
        && i + 1 < tokens.size()
        && tokens.get(i + 1).isCapitalized()
        && FirstNames.of(tokens.get(i).lower()).isPresent();
  }
}
