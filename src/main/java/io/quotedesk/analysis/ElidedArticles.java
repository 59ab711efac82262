package io.quotedesk.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides what an article elided onto the next word does there, in a language that elides one
 * (French "l’", "d’"): it joins a name or a capitalised word ("l’AFP", "le ministre de
 * l’Économie"), or a lower-case noun ("l’agence"), which is split off to read as "la agence" would;
 * a subject written "l’Insee" is looked up as "Insee".
 */
final class ElidedArticles {
  private static final Pattern ELIDED_NAME = Pattern.compile("[dlDL]['’]\\p{Lu}.*");

  /** "l’agence", "l’avocat": an elided article joined to a lower-case noun. */
  private static final Pattern ELIDED_NOUN = Pattern.compile("[lL]['’]\\p{Ll}+");

  private ElidedArticles() {}

  /** "l’AFP", "l’Économie", "d’Estaing": an elided article joined to a capitalised word. */
  static boolean joinsCapital(Token token) {
    return ELIDED_NAME.matcher(token.text()).matches();
  }

  /** "l’agence", not "l’a" or "l’explique" (the object pronoun before a verb). */
  static boolean joinsNoun(Token token, CueWords words) {
    if (!ELIDED_NOUN.matcher(token.text()).matches()) {
      return false;
    }
    String rest = token.lower().substring(2);
    return rest.length() > 2 && !words.auxiliaries().contains(rest) && !words.isVerb(rest);
  }

  /**
   * "l’a" → "a", "l’affirme" → "affirme": a French object pronoun elided onto the auxiliary or the
   * verb ("Le ministre l’a confirmé : « Q »"); other words in lower case as written.
   */
  static String withoutObject(Token token) {
    String lower = token.lower();
    return lower.length() > 2 && lower.charAt(0) == 'l' && "'’".indexOf(lower.charAt(1)) >= 0
        ? lower.substring(2)
        : lower;
  }

  /** The tokens with the one at {@code i} ("l’agence") read as two: "l’" and "agence". */
  static List<Token> splitAt(List<Token> tokens, int i) {
    Token joined = tokens.get(i);
    List<Token> apart = new ArrayList<>(tokens.subList(0, i));
    apart.add(
        new Token(
            joined.start(),
            joined.start() + 2,
            joined.text().substring(0, 2),
            Token.Kind.WORD,
            joined.lower().substring(0, 2)));
    apart.add(
        new Token(
            joined.start() + 2,
            joined.end(),
            joined.text().substring(2),
            Token.Kind.WORD,
            joined.lower().substring(2)));
    apart.addAll(tokens.subList(i + 1, tokens.size()));
    return apart;
  }

  /**
   * "selon l’AFP", "a indiqué l’Insee": an organisation's name written with an elided article is
   * looked up without it (AFP), in a language that elides one.
   */
  static List<Token> withoutElidedArticle(List<Token> subject) {
    if (subject.size() != 1) {
      return subject;
    }
    Token token = subject.get(0);
    String text = token.text();
    boolean elided =
        text.length() > 3
            && "lL".indexOf(text.charAt(0)) >= 0
            && "'’".indexOf(text.charAt(1)) >= 0
            && Character.isUpperCase(text.charAt(2));
    return elided
        ? List.of(
            new Token(
                token.start() + 2,
                token.end(),
                text.substring(2),
                token.kind(),
                token.lower().substring(2)))
        : subject;
  }
}
