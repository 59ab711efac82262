package io.quotedesk.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The role nouns of a language without articles (Polish), read from {@code roles/LANG.txt}: a role
 * written in lower case before a name ("premier Donald Tusk": the role is "premier") and a role
 * that stands alone for a person named before ("„Q” – mówił prezes PiS"), with the gender its noun,
 * an adjective before it ("była premier") or the verb's ending ("zapewniła minister") gives.
 */
final class RoleNouns {
  private static final Map<String, Optional<RoleNouns>> LOADED = new ConcurrentHashMap<>();

  /** How many lower-case words a role may take after its noun: "minister rolnictwa i rozwoju". */
  private static final int MAX_COMPLEMENT = 3;

  /** The gender of a role noun for either, where nothing else in the sentence tells which. */
  static final String ANY = "any";

  private final String language;
  private final Map<String, String> genders;
  private final Map<String, String> adjectiveEndings;
  private final List<String> organisationEndings;
  private final List<String> placeEndings;
  private final Map<String, String> determiners;
  private final Set<String> bodies;
  private final Map<String, String> heads;
  private final Map<String, String> epithets;
  private final List<String> feminineEndings;

  private RoleNouns(
      String language,
      Map<String, String> genders,
      Map<String, String> heads,
      Map<String, String> epithets,
      List<String> feminineEndings,
      Map<String, String> adjectiveEndings,
      List<String> organisationEndings,
      List<String> placeEndings,
      Map<String, String> determiners,
      Set<String> bodies) {
    this.language = language;
    this.bodies = Set.copyOf(bodies);
    this.genders = Map.copyOf(genders);
    this.heads = Map.copyOf(heads);
    this.epithets = Map.copyOf(epithets);
    this.feminineEndings = List.copyOf(feminineEndings);
    this.adjectiveEndings = Map.copyOf(adjectiveEndings);
    this.organisationEndings = List.copyOf(organisationEndings);
    this.placeEndings = List.copyOf(placeEndings);
    this.determiners = Map.copyOf(determiners);
  }

  /** The role nouns of {@code language}, if it has a list. */
  static Optional<RoleNouns> of(String language) {
    return LOADED.computeIfAbsent(language, RoleNouns::load);
  }

  /** The role nouns of a language that writes no articles (Polish), where a noun alone is one. */
  static Optional<RoleNouns> withoutArticles(String language) {
    return of(language).filter(roles -> roles.determiners.isEmpty());
  }

  /** "Kanzler", "presidente", "premier": a role noun of the list, written in either case. */
  boolean namesRole(Token token) {
    return token.isWord() && genderOf(token.lower()) != null;
  }

  /**
   * "der Kanzler", "il capo dello Stato": a phrase whose last word is a role noun, or an article
   * and a set phrase for an office.
   */
  boolean namesRole(List<Token> phrase) {
    return namesRole(phrase.get(phrase.size() - 1)) || isEpithet(phrase);
  }

  /** "il capo dello Stato": an article and a set phrase for an office. */
  boolean isEpithet(List<Token> phrase) {
    return phrase.size() > 1 && epithetGender(phrase.subList(1, phrase.size())) != null;
  }

  /**
   * The gender a role noun gives, or null for none: a listed noun, or a compound whose last part is
   * a listed head (German "Verbandschef", "Vereinspräsident": a head after two letters or more).
   */
  private String genderOf(String lower) {
    String listed = genders.get(lower);
    if (listed == null) {
      // "Sängerin", "Kanzlerin": a feminine ending on a listed noun
      for (String ending : feminineEndings) {
        if (lower.endsWith(ending)
            && genderOf(lower.substring(0, lower.length() - ending.length())) != null) {
          return "she";
        }
      }
    }
    if (listed != null || heads.isEmpty()) {
      return listed;
    }
    for (Map.Entry<String, String> head : heads.entrySet()) {
      if (lower.endsWith(head.getKey()) && lower.length() > head.getKey().length() + 2) {
        return head.getValue();
      }
    }
    return null;
  }

  /** "premier", "posłanka": a role noun in lower case. */
  boolean isRole(Token token) {
    return namesRole(token) && !token.isCapitalized();
  }

  /**
   * "policja", "prokuratura": a body written in lower case, which speaks as itself ("„Q” –
   * poinformowała policja").
   */
  boolean isBody(Token token) {
    return token.isWord() && bodies.contains(token.lower());
  }

  /** "była", "nowy": an adjective, by an ending that gives a gender, in lower case. */
  boolean isAdjective(Token token) {
    return !token.isCapitalized() && adjectiveGender(token.lower()).isPresent();
  }

  /**
   * "rzecznik Państwowej Straży Pożarnej": a body of several capitalised words, one of them ending
   * as a body's genitive, and none a first name (not "posłanka Lewicy Anna X").
   */
  private boolean isBodyOfSeveralWords(List<Token> rest) {
    return rest.size() >= 2
        && rest.stream().allMatch(t -> t.isWord() && t.isCapitalized())
        && rest.stream().anyMatch(this::namesBody)
        && rest.stream()
            .noneMatch(
                t ->
                    NameWords.isFirstName(NameRuns.bareName(t))
                        || FirstNames.inLanguage(language, NameRuns.bareName(t)).isPresent());
  }

  /** "premier", and "Premier" opening a sentence ("Premier mówił, że …"). */
  private boolean isRoleOpening(Token token) {
    return token.isWord() && genders.containsKey(token.lower());
  }

  /**
   * The English pronoun ("he", "she") for a phrase that is a role and nothing but a role: an
   * adjective or none, the noun, lower-case words of its complement and the body it belongs to
   * ("była premier", "prezes PiS", "posłanka Lewicy", "minister zdrowia"); the gender from the
   * noun, else the adjective, else {@code verbGender}. Empty when the phrase holds a name ("premier
   * Tusk") or no role.
   */
  Optional<String> describedPerson(List<Token> phrase, Optional<String> verbGender) {
    if (!determiners.isEmpty()) {
      return definiteRole(phrase);
    }
    int noun = 0;
    if (phrase.size() > 1 && !isRoleOpening(phrase.get(0)) && isRole(phrase.get(1))) {
      noun = 1; // "była premier"
    }
    if (phrase.isEmpty() || !isRoleOpening(phrase.get(noun))) {
      return Optional.empty();
    }
    List<Token> rest = phrase.subList(noun + 1, phrase.size());
    if (rest.size() > MAX_COMPLEMENT
        || !rest.stream().allMatch(t -> t.isWord() && (!t.isCapitalized() || namesBody(t)))
            && !endsInPlace(rest)
            && !isBodyOfSeveralWords(rest)) {
      return Optional.empty();
    }
    String gender = genders.get(phrase.get(noun).lower());
    if (gender.equals("any") && noun == 1) {
      gender = adjectiveGender(phrase.get(0).lower()).orElse("any");
    }
    if (gender.equals("any")) {
      // "– mówi burmistrz": a present tense says no gender; only who holds the role can be meant
      return verbGender.filter(g -> g.equals("he") || g.equals("she")).or(() -> Optional.of(ANY));
    }
    return Optional.of(gender);
  }

  /**
   * Where the role written just before a name at {@code nameStart} opens: "premier" in "premier
   * Donald Tusk", "minister" in "minister zdrowia Izabela X"; -1 when the words before are none.
   */
  int roleStart(List<Token> tokens, int nameStart, Predicate<Token> complement) {
    for (int k = nameStart - 1; k >= 0 && k >= nameStart - 1 - MAX_COMPLEMENT; k--) {
      Token token = tokens.get(k);
      // "Warszawa (PAP) - Minister zdrowia Anna X": a dateline's dash opens the sentence too
      boolean opensSentence =
          k == 0
              || tokens.get(k - 1).is(".")
              || tokens.get(k - 1).is("\n")
              || SpeechGrammar.isDash(tokens.get(k - 1));
      boolean complemented =
          tokens.subList(k + 1, nameStart).stream().allMatch(t -> t.isWord() && complement.test(t));
      if (opensSentence && namesRole(token) && complemented) {
        // "Burmistrz Tomasz Zając krytykuje …", "Starosta powiatu hajnowskiego Piotr X
        // podkreślił": the role opens the sentence, its complement in lower case after it (not
        // "Minister odwiedziła w piątek Radom": a verb and a preposition)
        return k;
      }
      if (!token.isWord() || token.isCapitalized() && !namesBody(token)) {
        return -1;
      }
      if (isRole(token)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "le ministre", "la premier", "la presidenta madrileña", "der Kanzler": a definite article, a
   * role noun and at most two adjectives, nothing that says which one; the gender from the noun,
   * else the article.
   */
  private Optional<String> definiteRole(List<Token> phrase) {
    String article = determiners.get(phrase.get(0).lower());
    if (article == null || phrase.size() < 2) {
      return Optional.empty();
    }
    String epithet = epithetGender(phrase.subList(1, phrase.size()));
    if (epithet != null) {
      return Optional.of(epithet.equals(ANY) ? article : epithet);
    }
    if (phrase.size() > 4) {
      return Optional.empty();
    }
    String gender = null;
    for (Token token : phrase.subList(1, phrase.size())) {
      String noun = genderOf(token.lower());
      if (!token.isWord() || noun == null && token.isCapitalized()) {
        return Optional.empty(); // "le ministre Dupont", "la ministre de la Santé"
      }
      if (noun != null && gender == null) {
        gender = noun;
      }
    }
    if (gender == null) {
      return Optional.empty();
    }
    return Optional.of(gender.equals("any") ? article : gender);
  }

  /**
   * "capo dello Stato", "ancien chef de l’État": a set phrase for an office, perhaps after one
   * lower-case adjective, read by its letters alone (so "l’État" and "l' État" are one); its
   * gender, or null when the words are no such phrase.
   */
  private String epithetGender(List<Token> words) {
    if (epithets.isEmpty() || words.isEmpty()) {
      return null;
    }
    for (int from = 0; from < Math.min(2, words.size()); from++) {
      if (from == 1 && (words.get(0).isCapitalized() || !words.get(0).isWord())) {
        return null;
      }
      String gender = epithets.get(lettersOf(words.subList(from, words.size())));
      if (gender != null) {
        return gender;
      }
    }
    return null;
  }

  private static String lettersOf(List<Token> words) {
    StringBuilder letters = new StringBuilder();
    for (Token token : words) {
      token.lower().codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
    }
    return letters.toString();
  }

  /**
   * "prezydent Warszawy", "wojewoda miasta Krakowa": the role's only capital ends the phrase and
   * ends as a place's name does in the genitive, where no first name or nominative surname does.
   */
  private boolean endsInPlace(List<Token> rest) {
    Token last = rest.get(rest.size() - 1);
    return rest.stream().filter(Token::isCapitalized).count() == 1
        && last.isCapitalized()
        && placeEndings.stream().anyMatch(last.lower()::endsWith);
  }

  /** "PiS", "MSZ", "Lewicy", "Sejmu": initials, or a body's name in the genitive. */
  private boolean namesBody(Token token) {
    long capitals = token.text().chars().filter(Character::isUpperCase).count();
    return capitals >= 2 || organisationEndings.stream().anyMatch(token.lower()::endsWith);
  }

  private Optional<String> adjectiveGender(String adjective) {
    return adjectiveEndings.entrySet().stream()
        .filter(e -> adjective.endsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private static Optional<RoleNouns> load(String language) {
    try (InputStream in = RoleNouns.class.getResourceAsStream("roles/" + language + ".txt")) {
      if (in == null) {
        return Optional.empty();
      }
      Map<String, String> genders = new HashMap<>();
      Map<String, String> heads = new HashMap<>();
      Map<String, String> epithets = new HashMap<>();
      List<String> feminine = new ArrayList<>();
      Map<String, String> adjectives = new HashMap<>();
      List<String> organisations = new ArrayList<>();
      List<String> places = new ArrayList<>();
      Map<String, String> determiners = new HashMap<>();
      Set<String> bodies = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 1; i < parts.length; i++) {
          String[] pair = parts[i].split("=", 2);
          switch (parts[0]) {
            case "role" -> genders.put(pair[0], pair[1]);
            case "head" -> heads.put(pair[0], pair[1]);
            case "feminine-ending" -> feminine.add(pair[0]);
            case "epithet" -> epithets.put(pair[0].replaceAll("[^\\p{L}]", ""), pair[1]);
            case "adjective-ending" -> adjectives.put(pair[0], pair[1]);
            case "organisation-ending" -> organisations.add(pair[0]);
            case "place-ending" -> places.add(pair[0]);
            case "determiner" -> determiners.put(pair[0], pair[1]);
            case "body" -> bodies.add(pair[0]);
            default -> throw new IllegalStateException("roles/" + language + ": " + parts[0]);
          }
        }
      }
      return Optional.of(
          new RoleNouns(
              language,
              genders,
              heads,
              epithets,
              feminine,
              adjectives,
              organisations,
              places,
              determiners,
              bodies));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
