package io.quotedesk.analysis;

import java.util.List;
import java.util.Optional;

/**
 * Decides which words before a speech verb are its subject, in a story in another language: a
 * pronoun ("er sagte"), a determiner and a noun ("Le ministre a assuré"), a name ("Olaf Scholz
 * (SPD) sagte") or a name set off by commas ("Der Sprecher, Jan Vogt, sagte"); none when the words
 * are a preposition's object ("Am Montag sagte") or a capital that opens the sentence ("Dazu
 * sagte").
 */
final class SubjectsBeforeVerb {
  private final CueWords words;
  private final ArticleView article;

  SubjectsBeforeVerb(CueWords words, ArticleView article) {
    this.words = words;
    this.article = article;
  }

  /**
   * The subject ending before {@code end}: a pronoun or a name ("Olaf Scholz sagte", "Olaf Scholz
   * (SPD) sagte": a party in parentheses after the name is passed over); not the object of a
   * preposition ("Am Montag sagte", "Über Scholz sagte").
   */
  List<Token> phraseBefore(List<Token> tokens, int end) {
    end = beforeParenthesis(tokens, end);
    int k = end - 1;
    if (k >= 0 && words.isPronoun(tokens.get(k))) {
      return List.of(tokens.get(k));
    }
    List<Token> apposed = nameInAppositionBefore(tokens, end);
    if (!apposed.isEmpty()) {
      return apposed;
    }
    List<Token> role = roleBefore(tokens, end);
    if (!role.isEmpty()) {
      return role;
    }
    List<Token> described = descriptionOpeningSentence(tokens, end);
    if (!described.isEmpty()) {
      return described;
    }
    if (k >= 1
        && !tokens.get(k).isCapitalized()
        && tokens.get(k).isWord()
        && words.determiners().contains(tokens.get(k - 1).lower())
        && (k == 1 || !tokens.get(k - 2).isWord())) {
      return tokens.subList(k - 1, end); // "Le ministre a assuré", "la préfète explique"
    }
    return nameBefore(tokens, end);
  }

  /** How many words a description opening a sentence runs to: "L’ ancien chef du gouvernement". */
  private static final int MAX_ELIDED_DESCRIPTION = 6;

  /**
   * "L’ancien Premier ministre l’a confirmé", "L’ancien chef du gouvernement a déclaré": a
   * description whose article is elided onto its first word opens the sentence and ends before
   * {@code end}; read with the article apart, as "Le ministre" is. Empty when there is none.
   */
  List<Token> elidedDescriptionBefore(List<Token> tokens, int end) {
    if (end < 2 || !ElidedArticles.joinsNoun(tokens.get(0), words)) {
      return List.of();
    }
    List<Token> apart = ElidedArticles.splitAt(tokens, 0);
    List<Token> subject = phraseBefore(apart, end + 1);
    if (!subject.isEmpty() || end + 1 > MAX_ELIDED_DESCRIPTION) {
      return subject;
    }
    for (Token token : apart.subList(1, end + 1)) {
      String lower = token.lower();
      if (!token.isWord() || words.isVerb(lower) || words.conjunctions().contains(lower)) {
        return List.of();
      }
    }
    return apart.subList(0, end + 1);
  }

  /**
   * "ministra podkreśliła", "była premier stwierdziła": in a language without articles, a role noun
   * (and an adjective before it) just before the verb; empty when a name follows the noun.
   */
  private List<Token> roleBefore(List<Token> tokens, int end) {
    Optional<RoleNouns> roles = RoleNouns.withoutArticles(words.language());
    int k = end - 1;
    // "Premier, który w sobotę odwiedził Kłodzko, mówił": a role opening the sentence too
    if (roles.isEmpty()
        || k < 0
        || !roles.get().isRole(tokens.get(k))
            && !(k == 0 && roles.get().namesRole(tokens.get(k)))) {
      return List.of();
    }
    boolean adjective =
        k > 0 && tokens.get(k - 1).isWord() && roles.get().isAdjective(tokens.get(k - 1));
    return tokens.subList(adjective ? k - 1 : k, end);
  }

  /**
   * "Le chef de l’État a estimé", "La ministre de la Santé a affirmé", "Der Chef der Bahn sagte": a
   * description with what it is of, opening the sentence, is the subject (a name inside it is what
   * it is of, not the speaker).
   */
  private List<Token> descriptionOpeningSentence(List<Token> tokens, int end) {
    for (int k = end - 1; k >= 0 && k >= end - MAX_DESCRIPTION; k--) {
      Token token = tokens.get(k);
      if (!token.isWord()
          || words.isVerb(token.lower())
          || words.conjunctions().contains(token.lower())
          || words.isPronoun(token)) {
        return List.of();
      }
      boolean opens = k == 0 || !tokens.get(k - 1).isWord() && !tokens.get(k - 1).is(",");
      if (opens) {
        return k + 2 < end && opensDescription(tokens, k) ? tokens.subList(k, end) : List.of();
      }
    }
    return List.of();
  }

  /** A determiner and a noun (a capital in German, lower case elsewhere) then a preposition. */
  private boolean opensDescription(List<Token> tokens, int k) {
    Token noun = tokens.get(k + 1);
    return words.determiners().contains(tokens.get(k).lower())
        && noun.isCapitalized() == words.language().equals("de")
        && !words.obliques().contains(noun.lower())
        && (words.obliques().contains(tokens.get(k + 2).lower())
            || words.genitives().contains(tokens.get(k + 2).lower()));
  }

  /** How many words a description opening a sentence runs to: "La ministre de la Santé". */
  private static final int MAX_DESCRIPTION = 8;

  /** "Olaf Scholz sagte", "der Minister sagte": capitalised words and the determiners before. */
  private List<Token> nameBefore(List<Token> tokens, int end) {
    int k = end - 1;
    int start = end;
    while (k >= 0
        && tokens.get(k).isWord()
        && (tokens.get(k).isCapitalized()
            || NameParticles.isParticle(tokens.get(k).lower()) && k + 1 < end)) {
      start = k--;
    }
    int adjectives = k;
    while (adjectives >= 0 && k - adjectives < 2 && isAdjectiveLike(tokens.get(adjectives))) {
      adjectives--; // "Der frühere SPD-Generalsekretär fügte hinzu"
    }
    if (adjectives < k
        && adjectives >= 0
        && start < end
        && words.determiners().contains(tokens.get(adjectives).lower())) {
      k = adjectives;
    }
    while (k >= 0 && start < end && words.determiners().contains(tokens.get(k).lower())) {
      start = k--; // "der Minister sagte"
    }
    if (k >= 0 && words.obliques().contains(tokens.get(k).lower())
        || start < end && words.obliques().contains(tokens.get(start).lower())) {
      return List.of(); // "mit Scholz sagte", "Am Montag sagte": a preposition's object
    }
    if (start == 0 && end == 1 && !article.resolver().knowsName(tokens.get(0))) {
      return List.of(); // "Dazu sagte …", "Dann meinte …": a capital that opens the sentence
    }
    return start < end && tokens.get(end - 1).isCapitalized()
        ? tokens.subList(start, end)
        : List.of();
  }

  /** "frühere", "neue": a lower-case word that may stand between an article and its noun. */
  private boolean isAdjectiveLike(Token token) {
    String lower = token.lower();
    return token.isWord()
        && !token.isCapitalized()
        && Character.isLetter(lower.charAt(0))
        && !words.isFunctionWord(lower)
        && !words.isVerb(lower)
        && !words.auxiliaries().contains(lower)
        && !words.pronouns().containsKey(lower);
  }

  /**
   * "La porte-parole du gouvernement, Prisca Thevenot, a affirmé", "Der Sprecher, Jan Vogt, sagte",
   * "La ministre, Amélie de Montchalin, a affirmé": two to four capitalised words, and the
   * particles between them, set off by commas just before the verb.
   */
  private static List<Token> nameInAppositionBefore(List<Token> tokens, int end) {
    if (end < 4 || !tokens.get(end - 1).is(",")) {
      return List.of();
    }
    int start = end - 1;
    int capitals = 0;
    while (start > 0 && tokens.get(start - 1).isWord() && end - start <= 6) {
      Token token = tokens.get(start - 1);
      if (token.isCapitalized()) {
        capitals++;
      } else if (!NameParticles.isParticle(token.lower()) || start == end - 1) {
        break; // "Amélie de Montchalin": a particle joins two capitals
      }
      start--;
    }
    while (start < end - 1 && !tokens.get(start).isCapitalized()) {
      start++; // "… le ministre, de Gaulle" is no name of particles first
    }
    return capitals >= 2 && capitals <= 4 && start > 0 && tokens.get(start - 1).is(",")
        ? tokens.subList(start, end - 1)
        : List.of();
  }

  /** Where "Olaf Scholz (SPD)" ends without its parenthesis of at most five words. */
  private static int beforeParenthesis(List<Token> tokens, int end) {
    if (end < 3 || !tokens.get(end - 1).is(")")) {
      return end;
    }
    for (int k = end - 2; k >= 0 && k >= end - 7; k--) {
      if (tokens.get(k).is("(")) {
        return k;
      }
    }
    return end;
  }
}
