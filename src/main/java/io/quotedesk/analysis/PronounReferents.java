package io.quotedesk.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Whom "he" or "she" ("er", "elle", "ona" …) stands for as a cue's subject. */
final class PronounReferents {
  /** How far back, in characters, a pronoun with no quote before it looks for a subject. */
  private static final int SUBJECT_REACH = 600;

  private final ArticleView article;
  private final SubjectReader subjects;
  private final LanguageSubjects inLanguage;

  PronounReferents(ArticleView article, SubjectReader subjects, LanguageSubjects inLanguage) {
    this.article = article;
    this.subjects = subjects;
    this.inLanguage = inLanguage;
  }

  /**
   * The person a pronoun of the English form {@code pronoun} ("he", "she") at {@code start} refers
   * to, {@code lastQuote} and {@code lastSpeaker} being the quote attributed before and its
   * speaker.
   */
  Optional<Entity> of(String pronoun, int start, Quote lastQuote, Entity lastSpeaker) {
    // "Q," Merkley said. … Hillary Clinton was more circumspect. She called …: the subject
    // named since the last quote comes before its speaker.
    // With no quote before, the subjects of the sentences before it: "Tom Hale is drawing
    // contrasts with Ann Ruiz. He said they differ on a choice for the Supreme Court. He also
    // asked …": Hale, the last subject a pronoun of its gender can mean, not the latest name.
    Lexicon.Gender pronounGender = Lexicon.PRONOUNS.get(pronoun);
    List<Entity> since =
        article.words().isPresent()
            ? List.of() // other languages: the English reading of subjects does not apply
            : lastSpeaker == null || lastQuote == null
                ? subjects.subjectsBetween(start - SUBJECT_REACH, start)
                : subjects.subjectsBetween(lastQuote.end(), start);
    Set<Entity> namedInClause = namedLaterInClause(start);
    Entity antecedent = namedInClause.contains(lastSpeaker) ? null : lastSpeaker;
    for (Entity subject : since) {
      if ((pronounGender == null || Referents.compatible(subject, pronounGender))
          && !namedInClause.contains(subject)) {
        antecedent = subject;
      }
    }
    if (article.words().isPresent() && lastQuote != null) {
      // « Q1 », glisse Zineb. Marie-Pierre Dausse défend … « Q2, affirme-t-elle »: the person
      // named since, outside a prepositional phrase and of the pronoun's gender ("il" is not
      // Marie-Pierre); English stories have subjects read instead. Names in the sentence that
      // holds the last quote's cue ("«Q1», findet Olivier zu dem, was Renato sagte") are not since.
      Lexicon.Gender gender = Lexicon.PRONOUNS.get(pronoun);
      int after = afterCueOf(lastQuote, start);
      List<NameMentions.Named> named =
          article.resolver().personsNamedBetween(after, start).stream()
              .filter(n -> inLanguage.namedAsSubject(n.start()))
              .filter(n -> Referents.compatible(n.entity(), gender))
              .toList();
      antecedent = named.isEmpty() ? antecedent : named.get(named.size() - 1).entity();
      if (antecedent != null
          && !namedInClause.contains(antecedent)
          && isSameGender(antecedent, gender)) {
        // « Q1 », a regretté Stefano X. Interrogé sur un penalty refusé au Real, il a refusé de
        // polémiquer : « Q2 »: a name after a preposition in the pronoun's sentence is no subject
        return Optional.of(antecedent);
      }
      if (named.isEmpty() && lastSpeaker == null && describedSpeakerJustBefore(lastQuote, start)) {
        // «Q1», kommentiert der Journalist. «Q2», ruft der Gezeichnete: no one named since, the
        // pronoun goes on with the unnamed speaker, not with someone named further back.
        return Optional.empty();
      }
      if (named.isEmpty() && lastSpeaker != null && !Referents.compatible(lastSpeaker, gender)) {
        // « Q1 », glisse-t-il. … discutant avec Yanis. « Q2 », soupire-t-elle: she is not the last
        // speaker, and no subject named since is hers; the latest person of her gender named
        // since, after a preposition too, is; someone named further back is a guess.
        return article.resolver().personsNamedBetween(after, start).stream()
            .map(NameMentions.Named::entity)
            .filter(e -> Referents.compatible(e, gender))
            .reduce((earlier, later) -> later);
      }
    }
    return article
        .resolver()
        .resolvePronoun(
            pronoun,
            start,
            article.sentences().start(article.sentences().indexOf(start)),
            antecedent,
            namedInClause);
  }

  /** The person's gender is known and is the pronoun's: "il" for a man the text names. */
  private static boolean isSameGender(Entity entity, Lexicon.Gender gender) {
    return gender != null && gender != Lexicon.Gender.UNKNOWN && entity.gender == gender;
  }

  /**
   * The people named after the pronoun at {@code start} in its own clause, before a quotation, a
   * comma or a subordinate clause: "He says Obama "knows full well …"" is not Obama, as a pronoun
   * that opens a clause never means a name that follows it there.
   */
  private Set<Entity> namedLaterInClause(int start) {
    int end = article.sentences().end(article.sentences().indexOf(start));
    int k = start;
    for (Token token : article.tokens(start, end)) {
      // "… he said after the prosecutor read the charges against Lazar": a clause of its own
      if (token.isQuote()
          || token.is(",")
          || token.lower().equals("as")
          || Lexicon.SUBORDINATORS.contains(token.lower())) {
        break;
      }
      k = token.end();
    }
    Set<Entity> named = new HashSet<>();
    for (NameMentions.Named mention : article.resolver().personsNamedBetween(start, k)) {
      named.add(mention.entity());
    }
    return named;
  }

  /**
   * The quote before {@code start}, close by, has a speaker (and, the caller knows, no one the text
   * names): "der Reporter", a group, the writer.
   */
  private boolean describedSpeakerJustBefore(Quote lastQuote, int start) {
    return lastQuote.speaker().isPresent()
        && article.paragraphs().indexOf(start) - lastQuote.paragraph() <= 1;
  }

  /** Where the sentence holding the end of {@code lastQuote} (and its cue) ends, before start. */
  private int afterCueOf(Quote lastQuote, int start) {
    int sentenceEnd = article.sentences().end(article.sentences().indexOf(lastQuote.end()));
    return sentenceEnd <= start ? sentenceEnd : lastQuote.end();
  }

  /**
   * "Bundespräsident Frank-Walter Steinmeier … sagte das Staatsoberhaupt": the one person the text
   * names before {@code start}, of either gender; empty when it names none or several.
   */
  Optional<Entity> soleNamed(int start) {
    List<Entity> named =
        article.resolver().personsNamedBetween(0, start).stream()
            .map(NameMentions.Named::entity)
            .filter(e -> article.resolver().isNamedPerson(e))
            .distinct()
            .toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  /**
   * « Q1 », a savouré Lucas X. Son entraîneur, Franck Y, se montrait plus nuancé. « Q2 », a reconnu
   * le technicien: the one person of the pronoun's gender (any for "any") named, outside a
   * prepositional phrase, since the sentence of the last quote; empty with no quote before ("Merz
   * hat am Montag Macron empfangen. „Q“, sagte der Kanzler" is a guess), or none or several named.
   */
  Optional<Entity> soleSinceLastQuote(String pronoun, int start, Quote lastQuote) {
    if (lastQuote == null || article.words().isEmpty()) {
      return Optional.empty();
    }
    return soleSubjectBetween(pronoun, afterCueOf(lastQuote, start), start);
  }

  /**
   * "C’est officiel. L’ancien Premier ministre Jean-Marc X sera candidat … L’ancien chef du
   * gouvernement l’a confirmé : « Q »": the one person named as a subject before {@code start}, for
   * an office's set phrase that stands for anyone.
   */
  Optional<Entity> soleSubjectBefore(int start) {
    return article.words().isEmpty()
        ? Optional.empty()
        : soleSubjectBetween(RoleNouns.ANY, 0, start);
  }

  /**
   * Stops at a second person, and reads a mention's sentence only for a person not yet found: read
   * for every mention before each quote, a story of 10,000 names and quotes took 11 s (3 before).
   */
  private Optional<Entity> soleSubjectBetween(String pronoun, int from, int start) {
    Lexicon.Gender gender = Lexicon.PRONOUNS.get(pronoun);
    Entity found = null;
    for (NameMentions.Named named : article.resolver().personsNamedBetween(from, start)) {
      Entity entity = named.entity();
      if (entity == found
          || !article.resolver().isNamedPerson(entity)
          || gender != null && !Referents.compatible(entity, gender)
          || !inLanguage.namedAsSubject(named.start())) {
        continue;
      }
      if (found != null) {
        return Optional.empty();
      }
      found = entity;
    }
    return Optional.ofNullable(found);
  }

  /** The pronoun's person, when no one else of its gender is named before {@code start}. */
  Optional<Entity> sole(String pronoun, int start, Quote lastQuote, Entity lastSpeaker) {
    Lexicon.Gender gender = Lexicon.PRONOUNS.get(pronoun);
    Optional<Entity> found =
        of(pronoun, start, lastQuote, lastSpeaker)
            .filter(e -> article.resolver().othersNamed(0, start, e, gender, 1) == 0);
    if (found.isPresent()) {
      return found;
    }
    // "Valérie Hayer et Raphaël Glucksmann … « Q », a répondu l’eurodéputé": the one person of the
    // gender named anywhere before, where no pronoun would reach back so far
    List<Entity> fitting =
        article.resolver().personsNamedBetween(0, start).stream()
            .map(NameMentions.Named::entity)
            .filter(e -> article.resolver().isNamedPerson(e))
            .filter(e -> Referents.compatible(e, gender))
            .distinct()
            .toList();
    return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
  }
}
