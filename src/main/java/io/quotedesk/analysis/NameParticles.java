package io.quotedesk.analysis;

import java.util.List;
import java.util.Set;

/**
 * Decides whether a word is a particle that joins the parts of a name (Ursula von der Leyen,
 * Charles de Gaulle, Lula da Silva, Vincent van Gogh, Luigi di Maio), and whether particles lead on
 * to the capitalised rest of one ("von der Leyen", not "zu den Interviews").
 */
final class NameParticles {
  /** Joins the parts of a name: von der Leyen, de Gaulle, da Silva, van Gogh, di Maio. */
  private static final Set<String> NAME_PARTICLES =
      Lexicon.setOf(
          "von", "van", "der", "den", "de", "du", "des", "da", "do", "dos", "di", "del", "della",
          "la", "le", "zu", "y", "d'", "d’");

  /** The particles that may take an article in a name: von der Leyen, van den Berg, de la Tour. */
  private static final Set<String> ARTICLE_AFTER_PARTICLE = Lexicon.setOf("von", "van", "de");

  private NameParticles() {}

  /** "von", "de", "da": a word, in lower case, that may join the parts of a name. */
  static boolean isParticle(String lower) {
    return NAME_PARTICLES.contains(lower);
  }

  /**
   * "von der Leyen", "de la Tour", "van der Bellen": a particle at {@code k}, perhaps the article
   * one of them takes, then a capitalised word; not "Olivier zu den Interviews".
   */
  static boolean reachCapital(List<Token> tokens, int k) {
    int j = k + 1;
    if (j < tokens.size()
        && ARTICLE_AFTER_PARTICLE.contains(tokens.get(k).lower())
        && NAME_PARTICLES.contains(tokens.get(j).lower())) {
      j++;
    }
    return j < tokens.size() && tokens.get(j).isCapitalized();
  }

  /**
   * Where a name of capitalised words and the particles between them that opens at {@code from}
   * ends, reading no further than {@code limit}: "Amélie de Montchalin", "Ursula von der Leyen",
   * "François Villeroy de Galhau"; a particle before a capital joins only after a first capital.
   */
  static int nameEnd(List<Token> tokens, int from, int limit) {
    int k = from;
    while (k < tokens.size() && k < limit && tokens.get(k).isWord()) {
      if (tokens.get(k).isCapitalized()) {
        k++;
      } else if (k > from && isParticle(tokens.get(k).lower()) && reachCapital(tokens, k)) {
        k += isParticle(tokens.get(k + 1).lower()) ? 2 : 1; // "von der", "de la"
      } else {
        break;
      }
    }
    return k;
  }
}
