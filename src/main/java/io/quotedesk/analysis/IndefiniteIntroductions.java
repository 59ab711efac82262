package io.quotedesk.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * People a story in another language than English brings in with an indefinite article and leaves
 * unnamed ("eine 81-jährige Frau", "un homme de 40 ans", "Ein Sprecher der Stadtwerke"), for {@link
 * LanguageSubjects}: whom a later description or pronoun goes on with when no one named fits. Kept
 * apart because reading such introductions is one rule with its own word lists and its own cache.
 */
final class IndefiniteIntroductions {
  private final ArticleView article;

  IndefiniteIntroductions(ArticleView article) {
    this.article = article;
  }

  /** Indefinite articles by the pronoun of their gender: "eine 81-jährige Frau", "un homme". */
  private static final Map<String, Set<String>> INDEFINITE =
      Map.of(
          "she", Set.of("eine", "une", "una", "uma"),
          "he", Set.of("ein", "un", "uno", "um"));

  /**
   * Adjectives the Romance languages write before a noun ("une jeune retraitée"); any other word
   * after an indefinite article is its noun, the adjectives after it ("une performance saluée").
   */
  private static final Set<String> PRENOMINAL =
      Set.of(
          "jeune",
          "ancienne",
          "ancien",
          "vieille",
          "vieux",
          "nouvelle",
          "nouveau",
          "autre",
          "simple",
          "seule",
          "seul",
          "grande",
          "grand",
          "petite",
          "petit",
          "joven",
          "vieja",
          "viejo",
          "nueva",
          "nuevo",
          "antigua",
          "antiguo",
          "giovane",
          "vecchia",
          "vecchio",
          "nuova",
          "nuovo",
          "ex",
          "jovem",
          "velha",
          "velho",
          "nova",
          "novo",
          "antiga",
          "antigo");

  /** German writes its adjectives before the noun, and any number of them. */
  private boolean germanic() {
    return article.words().map(w -> w.language().equals("de")).orElse(false);
  }

  /** Nouns for a person that name no role: "eine Frau aus Altona", "un homme de 40 ans". */
  private static final Set<String> PERSON_NOUNS =
      Set.of(
          "frau",
          "mann",
          "sprecher",
          "sprecherin",
          "femme",
          "homme",
          "porte-parole",
          "mujer",
          "hombre",
          "portavoz",
          "donna",
          "uomo",
          "portavoce",
          "mulher",
          "homem",
          "porta-voz");

  /** How many words may stand between an indefinite article and its noun: "eine 81-jährige". */
  private static final int MAX_ADJECTIVES = 3;

  /**
   * "Als erste Zeugin sagte eine 81-jährige Frau aus. … „Q“, sagte die Rentnerin": a person of the
   * pronoun's gender brought in with an indefinite article after {@code entity} was last named is
   * whom the description goes on with, someone the text leaves unnamed, not {@code entity}.
   */
  boolean unnamedIntroducedSince(Entity entity, String pronoun, int start) {
    int last = -1;
    for (NameMentions.Named named : article.resolver().personsNamedBetween(0, start)) {
      if (named.entity() == entity) {
        last = named.start();
      }
    }
    return last >= 0 && introducedBetween(last, start, pronoun);
  }

  /** Per pronoun, the article's indefinite descriptions of a person of its gender: read once. */
  private final Map<String, List<Introduction>> introductions = new HashMap<>();

  /** "eine 81-jährige Frau": where its article starts and where its noun starts and ends. */
  private record Introduction(int start, int nounStart, int end) {}

  /**
   * Whether an indefinite description lies in [from, start), found among the article's, read once:
   * reading the words again from the person's last mention at each quote grew with the square of
   * the story (3,000 quotes after one name took 11 s).
   */
  private boolean introducedBetween(int from, int start, String pronoun) {
    List<Introduction> all =
        introductions.computeIfAbsent(
            pronoun, p -> introductions(article.tokens(0, article.text().length()), p));
    int first = Ranges.firstStartingAtOrAfter(all, Introduction::start, from);
    return first < all.size() && all.get(first).nounStart() < start;
  }

  /**
   * "Ein Sprecher der Stadtwerke bestätigte den Ausfall. „Q“, sagte er": the person brought in with
   * an indefinite article in the sentence before {@code start} or in its own, as written ("Ein
   * Sprecher"), when a pronoun of that gender finds no one the text names.
   */
  Optional<String> unnamedBefore(String pronoun, int start) {
    int s = article.sentences().indexOf(start);
    int from = article.sentences().start(Math.max(0, s - 1));
    return unnamedIntroduced(from, start, pronoun);
  }

  /** The indefinite description of a person of the pronoun's gender in [from, start), if any. */
  private Optional<String> unnamedIntroduced(int from, int start, String pronoun) {
    if (from >= start) {
      return Optional.empty();
    }
    return introductions(article.tokens(from, start), pronoun).stream()
        .findFirst()
        .map(found -> article.text().substring(found.start(), found.end()));
  }

  /** The indefinite descriptions of a person of the pronoun's gender among {@code tokens}. */
  private List<Introduction> introductions(List<Token> tokens, String pronoun) {
    Set<String> indefinite = INDEFINITE.get(pronoun);
    List<Introduction> found = new ArrayList<>();
    for (int i = 0; indefinite != null && i < tokens.size(); i++) {
      if (!indefinite.contains(tokens.get(i).lower())) {
        continue;
      }
      for (int k = i + 1; k < tokens.size() && k <= i + MAX_ADJECTIVES; k++) {
        Token noun = tokens.get(k);
        if (!noun.isWord()) {
          break;
        }
        if (PERSON_NOUNS.contains(noun.lower()) || describesPerson(tokens.get(i), noun, pronoun)) {
          found.add(new Introduction(tokens.get(i).start(), noun.start(), noun.end()));
          break;
        }
        if (!germanic() && !PRENOMINAL.contains(noun.lower())) {
          break; // "une enveloppe supplémentaire": the noun came first, no person's
        }
      }
    }
    return found;
  }

  /**
   * "Zeugin" after "eine": a noun of a person of that gender, a role noun or a German age ("eine
   * 81-Jährige"; not the adjective of "eine 81-jährige Frau"), or a feminine agent noun ("eine
   * Anwohnerin"); in French one whose ending the {@code describes} line gives ("une retraitée"),
   * read as "la retraitée" would be. German's endings there are too loose for an indefinite noun
   * ("eine Debatte").
   */
  private boolean describesPerson(Token indefinite, Token noun, String pronoun) {
    CueWords words = article.words().orElseThrow();
    String lower = noun.lower();
    if (RoleNouns.of(words.language()).map(r -> r.namesRole(noun)).orElse(false)
        || noun.isCapitalized() && (lower.endsWith("jährige") || lower.endsWith("jähriger"))) {
      return true;
    }
    if (words.language().equals("de")) {
      return pronoun.equals("she") && lower.endsWith("in") && lower.length() > 6;
    }
    String definite =
        words.describes().entrySet().stream()
            .filter(e -> e.getValue().get(0).equals(pronoun))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(null);
    if (definite == null) {
      return false;
    }
    Token article =
        new Token(indefinite.start(), indefinite.end(), definite, Token.Kind.WORD, definite);
    return words.describedPerson(List.of(article, noun)).filter(pronoun::equals).isPresent();
  }
}
