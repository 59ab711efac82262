package io.quotedesk.analysis;

import java.util.List;
import java.util.Optional;

/**
 * A speaker as the text names them, before resolution: the words of the subject and the cue word
 * ("said", "according to"; null where a sentence's subject speaks without one). Where a relative
 * pronoun is the verb's subject ("Ruiz, who called it "Q""), the subject is the pronoun's
 * antecedent and {@code relative} is the pronoun, the mention as written.
 */
record Cue(List<Token> subject, String verb, Optional<Token> relative) {
  Cue {
    subject = List.copyOf(subject);
  }

  Cue(List<Token> subject, String verb) {
    this(subject, verb, Optional.empty());
  }
}
