package io.quotedesk.analysis;

import io.quotedesk.analysis.Lexicon.Gender;
import io.quotedesk.analysis.NameMentions.NameMention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The people an article names, grouped under the fullest form of each name, with their roles; and
 * the resolution of a mention ("Stoltenberg", "he", "the Secretary-General") to one of them.
 */
final class SpeakerResolver {

  private final Map<String, Entity> byFullName = new LinkedHashMap<>();
  // The first full name learnt with each surname and each first name: a page listing thousands
  // of names made scanning them all for every lone surname quadratic (434 KB took 11 s).
  private final Map<String, Entity> firstFullNameByLast = new HashMap<>();
  private final Map<String, Entity> firstFullNameByFirst = new HashMap<>();
  private final NameMentions mentions = new NameMentions();
  private final Referents referents = new Referents(mentions);
  private final AppositionRoles appositionRoles;
  private final Predicate<String> lowerCaseWords;
  private final Set<String> surnames;
  private final Optional<CueWords> words;
  private final Optional<NameCases> cases;
  private final DescribedNames described;

  /**
   * Reads the names in {@code paragraphs}; {@code captions} (photo captions and other furniture)
   * only teach full names and roles ("NATO Secretary General Jens Stoltenberg"): they are not
   * mentions in the story.
   */
  SpeakerResolver(String text, List<List<Token>> paragraphs, List<List<Token>> captions) {
    this(text, paragraphs, captions, Optional.empty());
  }

  /**
   * As above, for a story in the language of {@code words} when it is not English: its source
   * words, prepositions and conjunctions open no name ("Laut Bericht", "Selon Reuters", "Im
   * Interview") and its first names name people alone.
   */
  SpeakerResolver(
      String text,
      List<List<Token>> paragraphs,
      List<List<Token>> captions,
      Optional<CueWords> words) {
    this.words = words;
    this.appositionRoles = new AppositionRoles(text, mentions, referents);
    Predicate<String> lowerCase = writtenInLowerCase(text);
    this.lowerCaseWords =
        words
            .map(
                w ->
                    lowerCase
                        .or(w.sources()::contains)
                        .or(w.sourcesAfter()::contains)
                        // "Im Interview sagte sie": a preposition opening a sentence is no name
                        .or(w.obliques()::contains)
                        .or(w.conjunctions()::contains)
                        .or(w.comparisons()::contains)
                        .or(w.pronouns()::containsKey))
            // "Audiences can expect him": a plural of a word the story writes in lower case
            .orElse(lowerCase.or(new CommonPlurals(text, lowerCase)));
    this.cases =
        words
            .filter(w -> !w.nameEndings().isEmpty() || !w.sureNameEndings().isEmpty())
            .map(w -> new NameCases(w, NameRuns.capitalisedWords(paragraphs, captions)));
    this.surnames = NameRuns.surnamesAfterFirstNames(paragraphs);
    List<List<Token>> captionRuns = new ArrayList<>();
    for (List<Token> tokens : captions) {
      captionRuns.addAll(NameRuns.in(tokens, lowerCaseWords, false, surnames));
    }
    List<List<Token>> runs = new ArrayList<>();
    List<Boolean> shownAsPeople = new ArrayList<>();
    Set<Integer> genitives = new HashSet<>();
    boolean german = words.map(w -> w.language().equals("de")).orElse(false);
    Optional<NamesInLanguage> inLanguage =
        words.map(w -> new NamesInLanguage(text, w, lowerCaseWords));
    List<String> rolesBefore = new ArrayList<>();
    // "Pence Endorses Paul Ryan": a headline's capitals describe no one
    Set<List<Token>> inTitleCase = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Boolean> employers = new ArrayList<>();
    for (List<Token> tokens : paragraphs) {
      for (List<Token> found :
          NameRuns.in(tokens, lowerCaseWords, NameRuns.isTitleCase(tokens), surnames)) {
        if (inLanguage.map(l -> l.namesNoOne(tokens, found)).orElse(false)) {
          continue; // "des Robert Koch-Instituts", "Bordeaux (AFP) -" name no one
        }
        List<Token> placed = inLanguage.map(l -> l.afterPlaceOfRole(tokens, found)).orElse(found);
        List<Token> run =
            german ? inLanguage.orElseThrow().untilGenitive(placed, lowerCase) : placed;
        if (run.get(run.size() - 1) != placed.get(placed.size() - 1)) {
          genitives.add(runs.size()); // "Birgit Kelles Buch": the run ends in an owner
        }
        runs.add(run);
        if (NameRuns.isTitleCase(tokens)) {
          inTitleCase.add(run);
        }
        rolesBefore.add(
            inLanguage
                .map(l -> l.roleBefore(tokens, run))
                .orElseGet(
                    () ->
                        words.isPresent()
                            ? null
                            : RolesBeforeNames.roleBefore(text, tokens, run, lowerCaseWords)));
        employers.add(words.isEmpty() && RolesBeforeNames.isEmployer(tokens, run));
        shownAsPeople.add(
            words
                .map(w -> PeopleByGrammar.isPerson(tokens, run, w))
                .orElseGet(() -> PeopleByGrammar.hasAgeAfter(tokens, run)));
      }
    }
    List<List<Token>> allRuns = new ArrayList<>(captionRuns);
    allRuns.addAll(runs);
    described = new DescribedNames(allRuns, lowerCaseWords, inTitleCase);
    learnFullNames(captionRuns);
    // Full names first, so that a surname met earlier (in a headline) still finds its person.
    List<NameParts> split = learnFullNames(runs);
    for (int r = 0; r < runs.size(); r++) {
      List<Token> run = runs.get(r);
      NameParts parts = split.get(r);
      if (parts.name().isEmpty()) {
        continue;
      }
      Entity entity = entityFor(parts, Integer.MAX_VALUE);
      inLanguage.ifPresent(l -> l.markFirstName(entity, parts.name()));
      String before = rolesBefore.get(r);
      if (before != null && words.isEmpty()) {
        entity.writtenRole = entity.writtenRole == null ? before : entity.writtenRole;
      } else if (before != null && parts.role() == null && entity.role == null) {
        referents.giveRole(entity, before); // "le président Emmanuel Macron"
        entity.personLike = true;
      }
      entity.notPerson |= employers.get(r);
      entity.personLike |= shownAsPeople.get(r);
      Token lastToken = run.get(run.size() - 1);
      entity.mentions++;
      boolean possessive = NameRuns.isPossessive(lastToken) || genitives.contains(r);
      mentions.add(new NameMention(run.get(0).start(), lastToken.end(), entity, possessive));
    }
    for (Entity entity : byFullName.values()) {
      entity.personLike &= !entity.notPerson;
    }
  }

  /** Learns the full names among {@code runs}; returns each run split into role and name. */
  private List<NameParts> learnFullNames(List<List<Token>> runs) {
    List<NameParts> split = new ArrayList<>(runs.size());
    for (List<Token> run : runs) {
      NameParts parts = partsOf(run);
      split.add(parts);
      if (parts.name().size() >= 2) {
        entityFor(parts, Integer.MAX_VALUE);
      }
    }
    return split;
  }

  /**
   * The run split into role and name, as the story's language writes a role before a name, and the
   * name in the case that names ("Zdaniem Kowalskiego" → Kowalski).
   */
  private NameParts partsOf(List<Token> written) {
    List<Token> run = cases.map(c -> c.nominative(written)).orElse(written);
    return words
        .map(w -> NamesInLanguage.parts(run, w, lowerCaseWords))
        .orElseGet(() -> described.parts(run));
  }

  /**
   * Surnames that read like other words ("Fleming"): see {@link NameRuns#surnamesAfterFirstNames}.
   */
  Set<String> surnames() {
    return surnames;
  }

  /** True when the text names someone with this word as a first name or surname. */
  boolean knowsName(Token written) {
    Token token = cases.map(c -> c.nominative(List.of(written)).get(0)).orElse(written);
    String word = NameRuns.bareName(token);
    if (mentions.hasNameWord(word)) {
      return true; // words of full names the text gives
    }
    Entity alone = byFullName.get(word); // "Reto": a person the text names by one name
    return alone != null && alone.personLike && alone.first.equals(alone.last);
  }

  /**
   * A capital that only starts a sentence: "Calls", "Keeping" — words the text also writes in lower
   * case.
   */
  boolean isSentenceCapital(Token token) {
    return !surnames.contains(token.lower()) && NameRuns.isOrdinaryWord(token, lowerCaseWords);
  }

  /** Roles written beside a name: "Joe Biden, the US president," → "US president". */
  void addAppositionRoles(List<Token> tokens) {
    appositionRoles.addFrom(tokens);
  }

  /** "the Secretary-General", "the former president": the latest entity whose role ends so. */
  Optional<Entity> resolveDescription(String description, int position) {
    return referents.description(description, position);
  }

  /** "he", "she": see {@link Referents#pronoun}. */
  Optional<Entity> resolvePronoun(
      String pronoun, int position, int sentenceStart, Entity lastSpeaker, Set<Entity> excluded) {
    return referents.pronoun(pronoun, position, sentenceStart, lastSpeaker, excluded);
  }

  /** Resolves a run of name tokens met at {@code position} to its entity. */
  Optional<Entity> resolveName(List<Token> nameTokens, int position) {
    NameParts parts = partsOf(nameTokens);
    if (parts.name().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(entityFor(parts, position));
  }

  /** A role the text gives a person in a description only ("the Secretary-General said"). */
  void learnRole(Entity entity, String role) {
    referents.giveRole(entity, role);
  }

  /** Where persons are named in [from, to); see {@link NameMentions#personsBetween}. */
  List<NameMentions.Named> personsNamedBetween(int from, int to) {
    return mentions.personsBetween(from, to);
  }

  /** Rivals named in [from, to); see {@link NameMentions#othersNamed}. */
  int othersNamed(int from, int to, Entity except, Gender gender, int cap) {
    return mentions.othersNamed(from, to, except, gender, cap);
  }

  /** Where the text names people, in text order: for the candidates of a pronoun. */
  NameMentions mentions() {
    return mentions;
  }

  /** How far back the text last names {@code entity}; see {@link NameMentions}. */
  int distanceToLastMention(Entity entity, int position) {
    return mentions.distanceToLastMention(entity, position);
  }

  /**
   * A person the text names: by a full name, or by one name that is a first name of the story's
   * language ("Samuel"); not a noun that spoke as a description ("der Journalist sagte").
   */
  boolean isNamedPerson(Entity entity) {
    return entity.personLike
        && (!entity.first.equals(entity.last)
            || words.flatMap(w -> FirstNames.inLanguage(w.language(), entity.last)).isPresent());
  }

  /** A speaker named as the subject of a speech verb is a person (or speaks for one). */
  static void markSpeaking(Entity entity) {
    entity.personLike = true;
    entity.quoted = true;
  }

  /** The people the article names, in order of first mention. */
  List<Person> people() {
    List<Person> people = new ArrayList<>();
    for (Entity entity : byFullName.values()) {
      if (entity.personLike && entity.mentions > 0) {
        people.add(
            new Person(
                entity.name,
                shownRole(entity),
                Roles.organisationOf(shownRole(entity).orElse(null)),
                entity.mentions,
                entity.quoted));
      }
    }
    return people;
  }

  /**
   * The role shown with a person: the one written before their name when it holds the role their
   * name's own words give ("state Sen." for "Sen."), else that role.
   */
  private static Optional<String> shownRole(Entity entity) {
    String written = entity.writtenRole;
    boolean fuller = written != null && (entity.role == null || written.endsWith(entity.role));
    return Optional.ofNullable(
        fuller ? written : entity.role != null ? entity.role : entity.description);
  }

  /** {@code speaker} with the role shown for the person of that name ("city fire chief"). */
  Speaker withShownRole(Speaker speaker) {
    for (Entity entity : byFullName.values()) {
      if (entity.name.equals(speaker.name()) && entity.writtenRole != null) {
        Optional<String> shown = shownRole(entity);
        boolean fuller = speaker.role().map(r -> shown.get().endsWith(r)).orElse(true);
        return fuller ? new Speaker(speaker.name(), shown, speaker.confidence()) : speaker;
      }
    }
    return speaker;
  }

  private Entity entityFor(NameParts parts, int position) {
    List<Token> name = parts.name();
    String first = NameRuns.bareName(name.get(0));
    String last = NameRuns.bareName(name.get(name.size() - 1));
    String written = parts.nameText();
    Entity entity;
    if (name.size() >= 2) {
      // "John F. Kerry" is "John Kerry"; but the "House Oversight and Government Reform
      // Committee" is not the "House Benghazi Committee": a body is known by its whole name.
      boolean body = name.stream().anyMatch(t -> NameRuns.BODY_JOINERS.contains(t.text()));
      String key = body ? written.toLowerCase(Locale.ROOT) : first + " " + last;
      entity = byFullName.get(key);
      if (entity == null) {
        entity = new Entity(written, first, last);
        byFullName.put(key, entity);
        if (!first.equals(last)) {
          firstFullNameByLast.putIfAbsent(last, entity);
          firstFullNameByFirst.putIfAbsent(first, entity);
        }
      } else if (written.length() > entity.name.length()) {
        entity.name = written;
      }
    } else {
      entity = bySingleName(last, position);
      if (entity == null) {
        entity = byFullName.computeIfAbsent(last, k -> new Entity(written, last, last));
      }
    }
    if (parts.role() != null && entity.role == null) {
      referents.giveRole(entity, parts.role());
    }
    if (entity.description == null) {
      entity.description = described.descriptionOf(first, last);
    }
    if (parts.honorific() != Gender.UNKNOWN) {
      Referents.learn(entity, parts.honorific());
    }
    if (entity.gender == Gender.UNKNOWN && name.size() >= 2) {
      // looked up only here: a lone surname, the most frequent mention, tells no gender
      Referents.learn(entity, NameWords.genderOfFirstName(first));
    }
    entity.notPerson |=
        words.isEmpty() && (WeatherNames.isWeatherSystem(name) || Sentences.isCompanyName(name));
    entity.personLike |=
        !entity.notPerson
            && (parts.role() != null
                || parts.honorific() != Gender.UNKNOWN
                // "Jordan Ellis": a first name of either gender; a lone "Miami" or "Israel" is in
                // the list of names too, so a lone word needs other evidence
                || (name.size() >= 2 && NameWords.isFirstName(first))
                || (name.size() >= 3
                    // "Affordable Care Act", "Democratic National Convention": words the text also
                    // writes in lower case are a thing's name
                    && !written.equals(written.toUpperCase(Locale.ROOT))
                    // German capitalises its nouns: "in der Tat der Debatte" is no one's name
                    && !(words.isPresent() && name.stream().anyMatch(t -> !t.isCapitalized()))));
    return entity;
  }

  /** A surname or first name: the full name with it mentioned last before, else the first one. */
  private Entity bySingleName(String word, int position) {
    Optional<Entity> named = mentions.withNameWord(word, position);
    if (named.isPresent()) {
      return named.get();
    }
    Entity bySurname = firstFullNameByLast.get(word);
    return bySurname != null ? bySurname : firstFullNameByFirst.get(word);
  }

  /**
   * Whether the text writes a word in lower case somewhere, as a whole word. It is asked of the few
   * capitals that open sentences, so each is looked up once with a fast search; a text that asks of
   * many (a page listing names: 434 KB took 11 s) gets an index of its words instead.
   */
  static Predicate<String> writtenInLowerCase(String text) {
    return new WholeWords(text);
  }
}
