package io.quotedesk.analysis;

import static io.quotedesk.analysis.NounPhrases.beforePreposition;
import static io.quotedesk.analysis.NounPhrases.properNames;
import static io.quotedesk.analysis.SpeechGrammar.looksPlural;
import static io.quotedesk.analysis.SubjectHeads.isDefiniteTitle;
import static io.quotedesk.analysis.SubjectHeads.isDescription;
import static io.quotedesk.analysis.SubjectHeads.nameAfterRoleOf;
import static io.quotedesk.analysis.SubjectHeads.trimToSubject;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the subject a cue names into a speaker: a pronoun into the person it refers to, a name into
 * the person the article knows by it, a description into its holder or into an unnamed source.
 */
final class CueResolver {
  /** Pronouns that stand for someone the text leaves unnamed: "another", "some", "most". */
  private static final Set<String> INDEFINITE_PRONOUNS =
      Lexicon.setOf(
          "another",
          "others",
          "one",
          "some",
          "most",
          "many",
          "few",
          "both",
          "several",
          "all",
          "each",
          "either",
          "neither",
          "someone",
          "somebody",
          "anyone",
          "everyone",
          "nobody");

  private static final Map<String, String> SUBJECT_FORMS =
      Map.of("him", "he", "her", "she", "them", "they");

  private final ArticleView article;
  private final SubjectReader subjects;
  private final SubjectHeads heads;
  private final LanguageSubjects inLanguage;
  private final SentenceTopics topics;
  private final Optional<String> byline;
  private final PronounReferents referents;
  private final LanguageDescribedPersons describedPersons;

  CueResolver(ArticleView article, SubjectReader subjects, Optional<String> byline) {
    this.article = article;
    this.subjects = subjects;
    this.heads = new SubjectHeads(article);
    this.inLanguage = new LanguageSubjects(article);
    this.topics = new SentenceTopics(article, inLanguage);
    this.byline = byline;
    this.referents = new PronounReferents(article, subjects, inLanguage);
    this.describedPersons = new LanguageDescribedPersons(article, inLanguage, referents);
  }

  /** A resolved speaker: the entity when the text names one, and how it shows. */
  record Resolved(Entity entity, Speaker speaker, Mention mention) {
    /** A person the text names, shown under their fullest name and role. */
    static Resolved person(Entity entity, Mention mention) {
      return new Resolved(entity, entity.asSpeaker(), mention);
    }

    Quote apply(Quote quote, String verb) {
      // "they said" with no one to refer to: the mention stands, the speaker stays unknown.
      return speaker == null
          ? quote.mentioned(mention, verb)
          : quote.attributed(speaker, mention, verb);
    }
  }

  /**
   * The speaker a cue names. {@code lastQuote} and {@code lastSpeaker} are the quote attributed
   * before and its speaker: a pronoun may go on with them.
   */
  Optional<Resolved> resolve(Cue cue, Quote lastQuote, Entity lastSpeaker) {
    if (cue.relative().isPresent()) {
      return byRelativePronoun(cue, lastQuote, lastSpeaker);
    }
    List<Token> written = heads.headChunk(trimToSubject(cue.subject()));
    // "comments he made in 2006 saying …", "Ella Marsh, 41": a bare number names no one
    if (written.isEmpty() || written.stream().noneMatch(CueResolver::hasLetter)) {
      return Optional.empty();
    }
    int start = written.get(0).start();
    int end = written.get(written.size() - 1).end();
    Mention mention = new Mention(article.text().substring(start, end), start, end);
    List<Token> subject =
        article.words().isPresent() ? ElidedArticles.withoutElidedArticle(written) : written;
    // "criticized him for saying": the object form names the same person as "he".
    String lower = Lexicon.withoutContraction(subject.get(0).lower());
    String first =
        article
            .words()
            .flatMap(w -> w.pronoun(lower, cue.verb()))
            .orElse(SUBJECT_FORMS.getOrDefault(lower, lower));
    if (subject.size() == 1 && (first.equals("i") || first.equals("we"))) {
      // "I asked him" in the writer's own words: the writer, when the byline names them.
      return Optional.of(
          byline
              .map(b -> new Resolved(null, new Speaker(b, Optional.of("writer")), mention))
              .orElse(new Resolved(null, null, mention)));
    }
    if (subject.size() == 1 && Lexicon.PRONOUNS.containsKey(first)) {
      return Optional.of(byPronoun(first, mention, lastQuote, lastSpeaker));
    }
    return byDescriptionOrName(subject, cue.verb(), mention, lastQuote, lastSpeaker);
  }

  /** "Tom Hale, who called it "Q"": Hale speaks; "who" is the mention as written. */
  private Optional<Resolved> byRelativePronoun(Cue cue, Quote lastQuote, Entity lastSpeaker) {
    Token relative = cue.relative().get();
    Mention mention =
        new Mention(
            article.text().substring(relative.start(), relative.end()),
            relative.start(),
            relative.end());
    return resolve(new Cue(cue.subject(), cue.verb()), lastQuote, lastSpeaker)
        .map(r -> new Resolved(r.entity(), r.speaker(), mention));
  }

  /**
   * "Q," she said: the person the pronoun refers to; "they" with no one, the group before; in
   * another language the unnamed person brought in before; else the mention alone.
   */
  private Resolved byPronoun(String first, Mention mention, Quote lastQuote, Entity lastSpeaker) {
    int start = mention.start();
    Optional<Entity> entity =
        referents
            .of(first, start, lastQuote, lastSpeaker)
            // "eine 81-jährige Frau … Sie habe …": another language's pronoun goes on with
            // the unnamed person brought in since
            .filter(
                e ->
                    article.words().isEmpty()
                        || !inLanguage.unnamedIntroducedSince(e, first, start));
    if (entity.isEmpty() && first.equals("they")) {
      return new Resolved(null, groupBefore(start).orElse(null), mention);
    }
    if (entity.isEmpty() && article.words().isPresent()) {
      // "Ein Sprecher der Stadtwerke bestätigte … „Q“, sagte er": the unnamed person as written
      Optional<String> unnamed = inLanguage.unnamedBefore(first, start);
      if (unnamed.isPresent()) {
        return new Resolved(null, new Speaker(unnamed.get(), Optional.empty()), mention);
      }
    }
    return entity.map(e -> Resolved.person(e, mention)).orElse(new Resolved(null, null, mention));
  }

  /**
   * A subject that is no pronoun, in order: another language's description of someone named before,
   * a body or document, a name, a description's holder, else the description as written.
   */
  private Optional<Resolved> byDescriptionOrName(
      List<Token> subject, String verb, Mention mention, Quote lastQuote, Entity lastSpeaker) {
    Optional<Resolved> described =
        article
            .words()
            .flatMap(
                w ->
                    describedPersons.describedPerson(
                        w, subject, verb, mention, lastQuote, lastSpeaker));
    if (described.isPresent()) {
      return described;
    }
    if (inLanguage.isBody(subject)) {
      // "„Q” – poinformowała policja": a body written in lower case speaks, described as written
      return Optional.of(
          new Resolved(null, new Speaker(mention.text(), Optional.empty()), mention));
    }
    if (inLanguage.isDocument(subject) || inLanguage.isNobody(subject)) {
      // "Dem Bericht zufolge", "selon le texte": a document speaks for someone it leaves unnamed
      return Optional.of(new Resolved(null, null, mention));
    }
    Optional<Resolved> named = byName(subject, mention);
    if (named.isPresent()) {
      return named;
    }
    return byDescription(subject, mention, lastSpeaker);
  }

  /** "Tom Hale said", "the chairman of the bank, Tom Hale,": the person the article knows by it. */
  private Optional<Resolved> byName(List<Token> subject, Mention mention) {
    List<Token> roleOfName = nameAfterRoleOf(subject);
    List<Token> names =
        !roleOfName.isEmpty()
            ? roleOfName
            : heads.isCommonNoun(beforePreposition(subject))
                    || heads.isCapitalisedDescription(subject)
                    || inLanguage.isCommonNoun(subject)
                ? List.of()
                : properNames(subject, article.resolver().surnames());
    if (!names.isEmpty()) {
      Optional<Entity> entity = article.resolver().resolveName(names, mention.start());
      if (entity.isPresent()) {
        inLanguage.learnRoleBeforeName(subject, entity.get());
        return Optional.of(Resolved.person(entity.get(), mention));
      }
    }
    return Optional.empty();
  }

  /**
   * "the senator said": the description's holder, the last speaker taking up a title, an indefinite
   * pronoun naming no one, the person the sentences are about, else as written.
   */
  private Optional<Resolved> byDescription(
      List<Token> subject, Mention mention, Entity lastSpeaker) {
    String description = mention.text();
    Optional<Entity> holder = descriptionHolder(subject, mention);
    if (holder.isPresent()) {
      return Optional.of(Resolved.person(holder.get(), mention));
    }
    if (lastSpeaker != null
        && lastSpeaker.role == null
        && lastSpeaker.personLike
        && isDefiniteTitle(subject)
        && !article.text().startsWith(" of ", mention.end())) {
      // ""Q1," Jens Stoltenberg said. "Q2," the Secretary-General said": a title no one in the
      // text holds, right after a quote from someone with no role yet, is that speaker's ("the
      // leader of a big country" is someone else).
      article
          .resolver()
          .learnRole(
              lastSpeaker,
              article
                  .text()
                  .substring(subject.get(1).start(), subject.get(subject.size() - 1).end()));
      return Optional.of(Resolved.person(lastSpeaker, mention));
    }
    if (!isDescription(subject) && !inLanguage.isDescription(subject)) {
      // "Another said", "Most say", "one wrote": a pronoun that leaves the speaker unsaid is how
      // the text names them; no one is named.
      return subject.size() == 1 && INDEFINITE_PRONOUNS.contains(subject.get(0).lower())
          ? Optional.of(new Resolved(null, null, mention))
          : Optional.empty();
    }
    Optional<Entity> topic = topics.takenUpBy(subject, mention.start());
    if (topic.isPresent()) {
      return Optional.of(Resolved.person(topic.get(), mention)); // „Q“, gab der Tiroler zu
    }
    // "a senior official said": unnamed, described as written.
    return Optional.of(new Resolved(null, new Speaker(description, Optional.empty()), mention));
  }

  /** "the senator from Ohio": the role is "senator", the rest says which one. */
  private Optional<Entity> descriptionHolder(List<Token> subject, Mention mention) {
    int start = mention.start();
    List<Token> head = beforePreposition(subject);
    // "la toxicologue" is looked up as "toxicologue", as "the senator" is as "senator"
    String role =
        inLanguage.isDescription(subject)
            ? inLanguage.withoutDeterminer(subject, mention.end())
            : mention.text();
    return article
        .resolver()
        .resolveDescription(role, start)
        .or(
            () ->
                head.size() < subject.size()
                    ? article
                        .resolver()
                        .resolveDescription(
                            article.text().substring(start, head.get(head.size() - 1).end()), start)
                    : Optional.empty());
  }

  /**
   * "The union called a strike. "Q," they said": "they" are the group that is the subject of the
   * sentence before, when it is a group (plural or collective); anyone else there and it stays
   * unknown.
   */
  private Optional<Speaker> groupBefore(int position) {
    int s = article.sentences().indexOf(position);
    // "Clinton's campaign is seeking … what they call": the subject of the same sentence first
    Optional<List<Token>> subject =
        subjects
            .sentenceSubject(article.tokens(article.sentences().start(s), position), true)
            .filter(phrase -> phrase.get(0).start() < position);
    if (subject.isEmpty()) {
      if (s < 1
          || article.paragraphs().indexOf(position)
                  - article.paragraphs().indexOf(article.sentences().start(s - 1))
              > 1) {
        return Optional.empty();
      }
      subject =
          subjects.sentenceSubject(
              article.tokens(article.sentences().start(s - 1), article.sentences().end(s - 1)),
              true);
    }
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    List<Token> group = subject.get();
    String head = group.get(group.size() - 1).lower();
    if (!looksPlural(head) && !SourceNouns.COLLECTIVES.contains(head)
        || Lexicon.PRONOUNS.containsKey(head)) {
      return Optional.empty();
    }
    int start = group.get(0).start();
    return Optional.of(
        new Speaker(
            article.text().substring(start, group.get(group.size() - 1).end()), Optional.empty()));
  }

  private static boolean hasLetter(Token token) {
    return token.text().chars().anyMatch(Character::isLetter);
  }
}
