package io.quotedesk.analysis;

import static io.quotedesk.analysis.NounPhrases.leftPhrase;
import static io.quotedesk.analysis.SpeechGrammar.isAccordingTo;
import static io.quotedesk.analysis.SpeechGrammar.isObjectPronoun;
import static io.quotedesk.analysis.SpeechGrammar.isSpeechVerbAt;
import static io.quotedesk.analysis.SpeechGrammar.skippable;

import java.util.List;
import java.util.Set;

/**
 * A sentence that is only a cue for the quote before it, with no statement of its own: ""Does
 * anyone know?" Graham asked."
 */
final class ShortCues {
  /** Words that open a verb's setting rather than what it reports: "said into the phone". */
  private static final Set<String> SETTING_WORDS = Lexicon.setOf("into", "as", "by", "over");

  /** How far into the sentence after a quote its cue's verb may stand, past an apposition. */
  private static final int MAX_SUBJECT_BEFORE_CUE = 20;

  private ShortCues() {}

  /**
   * "Graham asked." "Trump said on Monday.": a sentence that is only a cue, no statement of its
   * own.
   */
  static boolean isOnlyCue(List<Token> tokens) {
    if (tokens.stream().anyMatch(Token::isQuote)) {
      return false;
    }
    for (int k = 0; k < tokens.size() && k < MAX_SUBJECT_BEFORE_CUE; k++) {
      if (isSpeechVerbAt(tokens, k)) {
        int rest = tokens.size() - k - 1;
        // ""Why now?" Ann Ruiz said, echoing many": a comma after the verb ends the cue too
        boolean commaAfter = k + 1 < tokens.size() && tokens.get(k + 1).is(",");
        if (k < 5 && (rest <= 5 || commaAfter)) {
          return true;
        }
        // ""Why now?" Ann Ruiz, a retired nurse, said to a crowd of about 500.": the subject
        // opens the sentence and nothing after the verb says something of its own
        // (a verb in its base form is no such cue: "Students would continue to take tests")
        List<Token> subject = leftPhrase(tokens, k, 0);
        return !subject.isEmpty()
            && subject.get(0) == tokens.get(0)
            && !SpeechVerbs.isBaseForm(tokens.get(k).lower())
            && !isAccordingTo(tokens, k)
            && noClauseAfter(tokens, k);
      }
    }
    return false;
  }

  /**
   * "said to a crowd", "asked reporters rhetorically during …", "said pleasantly into the phone":
   * what follows the verb at {@code k} is its setting, not a clause it reports ("said the plan …").
   */
  private static boolean noClauseAfter(List<Token> tokens, int k) {
    int i = k + 1;
    if (i < tokens.size()
        && (isObjectPronoun(tokens.get(i))
            || tokens.get(i).isWord()
                && !tokens.get(i).isCapitalized()
                && SpeechGrammar.looksPlural(tokens.get(i).lower())
                && !tokens.get(i).lower().endsWith("ly"))) {
      i++; // "told reporters", "asked them"
    }
    while (i < tokens.size() && tokens.get(i).isWord() && skippable(tokens.get(i))) {
      i++;
    }
    if (i >= tokens.size() || !tokens.get(i).isWord()) {
      return true;
    }
    String lower = tokens.get(i).lower();
    return Lexicon.PREPOSITIONS.contains(lower)
        || Lexicon.SUBORDINATORS.contains(lower)
        || SETTING_WORDS.contains(lower)
        || Lexicon.TIME_WORDS.contains(lower);
  }
}
