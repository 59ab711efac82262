package io.quotedesk.analysis;

import static io.quotedesk.analysis.NounPhrases.afterLastPreposition;
import static io.quotedesk.analysis.NounPhrases.phraseBefore;
import static io.quotedesk.analysis.SpeechGrammar.cueWord;
import static io.quotedesk.analysis.SpeechGrammar.isDash;
import static io.quotedesk.analysis.SpeechGrammar.isDeterminer;
import static io.quotedesk.analysis.SpeechGrammar.isObjectPronoun;
import static io.quotedesk.analysis.SpeechGrammar.isSpeechVerbAt;
import static io.quotedesk.analysis.SpeechGrammar.skippable;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A quote inside a relative clause, said by the phrase the relative pronoun stands for: "… drew a
 * rebuke from Tom Hale, who called the plan "Q"".
 */
final class RelativeClauseCues {
  static final Set<String> RELATIVES = Lexicon.setOf("who", "whom", "whose", "which");

  private RelativeClauseCues() {}

  /**
   * "… drew a rebuke from Tom Hale, who called the plan "Q"" · "a sign that read "Q"": a quote
   * inside a relative clause is said by the clause's subject, the relative pronoun, which stands
   * for the phrase before it. The clause runs from the pronoun to the quote with one verb of its
   * own ("who has called", "who, in a letter, wrote"). A comma after it, a second speech verb or a
   * main verb ends the clause ("Ruiz, who spoke to Hale, said "Q"", "the groups who wrote to her
   * say", "Ruiz, who lost a son, is "Q""); a restrictive clause after a speech verb is part of what
   * is reported ("Hale said anyone who wants to win "Q"").
   */
  static Optional<Cue> cueFor(List<Token> tokens, int q) {
    int w = q - 1;
    while (w > 0 && !tokens.get(w).isQuote() && !isRelative(tokens.get(w))) {
      w--;
    }
    if (w < 2 || !isRelative(tokens.get(w)) || tokens.get(w).isAcronym()) {
      return Optional.empty();
    }
    Token relative = tokens.get(w);
    boolean person = relative.lower().equals("who");
    if (!person && !relative.lower().equals("which") && !relative.lower().equals("that")) {
      return Optional.empty(); // "whom", "whose": the pronoun is not the subject
    }
    int v = w + 1;
    if (v < q && tokens.get(v).is(",")) {
      // "who, on a press call Friday, criticized": past the aside
      v++;
      while (v < q && !tokens.get(v).is(",")) {
        v++;
      }
      v++;
    }
    while (v < q && !tokens.get(v).isCapitalized() && skippable(tokens.get(v))) {
      v++;
    }
    if (v >= q || !isVerbAfterRelative(tokens, v, person)) {
      return Optional.empty();
    }
    if (!person && q - v > 2) {
      return Optional.empty(); // a thing speaks only its own text: "which read "Q"", not "Q" in
      // "a comment that described voters as "Q""
    }
    boolean reports = isSpeechVerbAt(tokens, v);
    for (int k = v + 1; k < q; k++) {
      Token token = tokens.get(k);
      boolean introducesQuote = k == q - 1 && (token.is(",") || token.is(":"));
      if (token.is(";") || (token.is(":") || token.is(",")) && !introducesQuote) {
        return Optional.empty();
      }
      if (isSpeechVerbAt(tokens, k) && !token.lower().endsWith("ing")) {
        return Optional.empty();
      }
      reports |= token.lower().equals("that");
      if (!reports && Lexicon.BE_FORMS.contains(token.lower())) {
        return Optional.empty(); // "Ruiz, who lost a son in the attack, is "Q""
      }
    }
    int end = w - 1;
    boolean restrictive = !(tokens.get(end).is(",") || isDash(tokens.get(end)));
    if (!restrictive) {
      end--;
    }
    if (end < 0
        || !tokens.get(end).isWord()
        || isObjectPronoun(tokens.get(end))
        || tokens.get(end).lower().endsWith("ing")) {
      return Optional.empty(); // "discussing who deserves credit": a question, not a relative
    }
    if (restrictive) {
      for (int k = 0; k < end; k++) {
        if (isSpeechVerbAt(tokens, k)) {
          return Optional.empty(); // "Hale said any candidate who wants to win "Q""
        }
      }
    }
    List<Token> antecedent = antecedent(tokens, end);
    return antecedent.isEmpty()
        ? Optional.empty()
        : Optional.of(new Cue(antecedent, cueWord(tokens, v), Optional.of(relative)));
  }

  private static boolean isRelative(Token token) {
    return RELATIVES.contains(token.lower()) || token.lower().equals("that");
  }

  /**
   * The phrase a relative pronoun stands for, ending at {@code end}: the name there ("Gov. Ann
   * Ruiz"), or the noun phrase from its determiner ("a retired general", "her campaign's staff").
   */
  private static List<Token> antecedent(List<Token> tokens, int end) {
    if (tokens.get(end).isCapitalized()) {
      int first = end;
      while (first > 0 && tokens.get(first - 1).isWord() && tokens.get(first - 1).isCapitalized()) {
        first--;
      }
      return tokens.subList(first, end + 1);
    }
    List<Token> phrase = afterLastPreposition(phraseBefore(tokens, end + 1, 0));
    for (int i = phrase.size() - 1; i >= 0; i--) {
      if (isDeterminer(phrase.get(i))) {
        return phrase.subList(i, phrase.size());
      }
    }
    // "rebuked critics who say": a bare plural is the one word
    return phrase.isEmpty() ? phrase : phrase.subList(phrase.size() - 1, phrase.size());
  }

  /**
   * The verb of a relative clause: for "who", a speech verb or a verb in -s or -ed ("who thinks",
   * "who portrayed him as"); for "which" and "that", only a speech verb right before the quote ("a
   * sign that read").
   */
  private static boolean isVerbAfterRelative(List<Token> tokens, int v, boolean person) {
    Token token = tokens.get(v);
    if (!token.isWord() || token.isCapitalized() || token.lower().endsWith("ing")) {
      return false;
    }
    if (isSpeechVerbAt(tokens, v)) {
      return true;
    }
    String lower = token.lower();
    return person
        && lower.length() > 3
        && (lower.endsWith("ed") || lower.endsWith("s") && !lower.endsWith("ss"))
        && !Lexicon.PHRASE_STOPS.contains(lower);
  }
}
