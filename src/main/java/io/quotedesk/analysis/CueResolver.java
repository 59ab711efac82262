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

  CueResolver(ArticleView article, SubjectReader subjects, Optional<String> byline) {
    this.article = article;
    this.subjects = subjects;
    this.heads = new SubjectHeads(article);
    this.inLanguage = new LanguageSubjects(article);
    this.topics = new SentenceTopics(article, inLanguage);
    this.byline = byline;
    this.referents = new PronounReferents(article, subjects, inLanguage);
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
      // "Tom Hale, who called it "Q"": Hale speaks; "who" is the mention as written.
      Token relative = cue.relative().get();
      Mention mention =
          new Mention(
              article.text().substring(relative.start(), relative.end()),
              relative.start(),
              relative.end());
      return resolve(new Cue(cue.subject(), cue.verb()), lastQuote, lastSpeaker)
          .map(r -> new Resolved(r.entity(), r.speaker(), mention));
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
        return Optional.of(new Resolved(null, groupBefore(start).orElse(null), mention));
      }
      if (entity.isEmpty() && article.words().isPresent()) {
        // "Ein Sprecher der Stadtwerke bestätigte … „Q“, sagte er": the unnamed person as written
        Optional<String> unnamed = inLanguage.unnamedBefore(first, start);
        if (unnamed.isPresent()) {
          return Optional.of(
              new Resolved(null, new Speaker(unnamed.get(), Optional.empty()), mention));
        }
      }
      return Optional.of(
          entity.map(e -> Resolved.person(e, mention)).orElse(new Resolved(null, null, mention)));
    }
    Optional<Resolved> described =
        article
            .words()
            .flatMap(w -> describedPerson(w, subject, cue.verb(), mention, lastQuote, lastSpeaker));
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
      Optional<Entity> entity = article.resolver().resolveName(names, start);
      if (entity.isPresent()) {
        inLanguage.learnRoleBeforeName(subject, entity.get());
        return Optional.of(Resolved.person(entity.get(), mention));
      }
    }
    String description = mention.text();
    List<Token> head = beforePreposition(subject);
    // "la toxicologue" is looked up as "toxicologue", as "the senator" is as "senator"
    String role =
        inLanguage.isDescription(subject)
            ? inLanguage.withoutDeterminer(subject, end)
            : description;
    // "the senator from Ohio": the role is "senator", the rest says which one.
    Optional<Entity> holder =
        article
            .resolver()
            .resolveDescription(role, start)
            .or(
                () ->
                    head.size() < subject.size()
                        ? article
                            .resolver()
                            .resolveDescription(
                                article.text().substring(start, head.get(head.size() - 1).end()),
                                start)
                        : Optional.empty());
    if (holder.isPresent()) {
      return Optional.of(Resolved.person(holder.get(), mention));
    }
    if (lastSpeaker != null
        && lastSpeaker.role == null
        && lastSpeaker.personLike
        && isDefiniteTitle(subject)
        && !article.text().startsWith(" of ", end)) {
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
    Optional<Entity> topic = topics.takenUpBy(subject, start);
    if (topic.isPresent()) {
      return Optional.of(Resolved.person(topic.get(), mention)); // „Q“, gab der Tiroler zu
    }
    // "a senior official said": unnamed, described as written.
    return Optional.of(new Resolved(null, new Speaker(description, Optional.empty()), mention));
  }

  /**
   * "„Q“, schrieb der 46-Jährige", "so die vielseitige Buchautorin": in German a definite article
   * with a nominalised adjective or a feminine agent noun and nothing that says which one ("der
   * Journalist von «Nau»" is someone new) describes a person named before, of the article's gender,
   * found as a pronoun of that gender would be. Empty when the words are no such description.
   */
  private Optional<Resolved> describedPerson(
      CueWords words,
      List<Token> subject,
      String verb,
      Mention mention,
      Quote lastQuote,
      Entity lastSpeaker) {
    Optional<String> pronoun =
        words.describedPerson(subject, verb).or(() -> inLanguage.demonym(subject));
    if (pronoun.isPresent() && inLanguage.specifiedAfter(words, mention.end())) {
      // "Die Präsidentin des Umweltbundesamts": the role written out again names its holder
      return inLanguage
          .holderOfRoleWrittenOn(subject, mention.start(), mention.end())
          .map(e -> Resolved.person(e, mention));
    }
    if (pronoun.isEmpty()) {
      return Optional.empty();
    }
    // "la premier": the person the text gave the role, else the one the pronoun would be; for a
    // role noun only when the story has named no one else it could be ("Sánchez … Feijóo … dijo
    // el presidente" is a guess). No one fits: the mention stays and no one is named.
    Optional<Entity> holder =
        (inLanguage.isDescription(subject)
                ? article
                    .resolver()
                    .resolveDescription(
                        inLanguage.withoutDeterminer(subject, mention.end()), mention.start())
                : pronoun.get().equals(RoleNouns.ANY)
                    // "Burmistrz Tomasz Zając … – mówi burmistrz": a role alone, no article
                    ? article.resolver().resolveDescription(mention.text(), mention.start())
                    : Optional.<Entity>empty())
            .or(() -> inLanguage.soleHolderOfRoleNoun(subject, mention.start()));
    boolean articles = RoleNouns.withoutArticles(words.language()).isEmpty();
    Optional<Resolved> found =
        holder
            .or(
                () ->
                    pronoun.get().equals(RoleNouns.ANY)
                        // "– mówi burmistrz": no gender to look back by; "sagte das
                        // Staatsoberhaupt": the one person named before, whatever the gender
                        ? articles
                            ? referents
                                .soleNamed(mention.start())
                                .or(() -> referents.soleSubjectBefore(mention.start()))
                            : Optional.empty()
                        : words.beforeComplement(subject).size() < subject.size()
                            // "Olivier Faure … le premier secrétaire du PS": the one person of
                            // the gender named before, unless the text gave them another role
                            ? referents
                                .sole(pronoun.get(), mention.start(), lastQuote, lastSpeaker)
                                .filter(e -> mayHold(e, words.beforeComplement(subject)))
                            // "die Schauspielerin": a noun whose ending describes a person is read
                            // as a pronoun is, a role noun only when no one else fits
                            : namesRole(words, subject) && words.describedPerson(subject).isEmpty()
                                ? referents
                                    .sole(pronoun.get(), mention.start(), lastQuote, lastSpeaker)
                                    .or(
                                        () ->
                                            referents.soleSinceLastQuote(
                                                pronoun.get(), mention.start(), lastQuote))
                                : referents.of(
                                    pronoun.get(), mention.start(), lastQuote, lastSpeaker))
            .filter(e -> article.resolver().isNamedPerson(e))
            // "– powiedział rzecznik Państwowej Straży Pożarnej": in a language without articles
            // a role with what it is of is not someone the text gave another role
            .filter(
                e ->
                    holder.isPresent()
                        || subject.size() <= 2
                        || articles
                        || mayHoldRole(words, e, subject))
            .map(e -> Resolved.person(e, mention));
    // "eine 81-jährige Frau … sagte die Rentnerin": someone unnamed came in since, described
    if (found.isPresent()
        && holder.isEmpty()
        && inLanguage.unnamedIntroducedSince(
            found.get().entity(), pronoun.get(), mention.start())) {
      return Optional.of(
          new Resolved(null, new Speaker(mention.text(), Optional.empty()), mention));
    }
    // A role no one named holds ("le ministre", "der Kanzler") is described as written, below
    // "– mówi prezydent Krakowa": a role alone in a language without articles, as the endings
    boolean roleAlone =
        words.describedPerson(subject).isEmpty()
            && RoleNouns.withoutArticles(words.language()).isPresent();
    if (found.isPresent() || words.describedPerson(subject).isEmpty() && !roleAlone) {
      return found;
    }
    return Optional.of(
        namesNoOneBefore(subject, mention)
            ? new Resolved(null, new Speaker(mention.text(), Optional.empty()), mention)
            : new Resolved(null, null, mention));
  }

  /**
   * "„Q“, beteuerte der Angeklagte", "versprach die Oberbürgermeisterin" in a story that has named
   * no one before: the description is the only way the text names the speaker, as "der Sprecher"
   * is; an age ("die 43-Jährige") says nothing of who speaks and stays unnamed.
   */
  private boolean namesNoOneBefore(List<Token> subject, Mention mention) {
    return subject.stream().noneMatch(t -> t.text().chars().anyMatch(Character::isDigit))
        && article.resolver().personsNamedBetween(0, mention.start()).isEmpty();
  }

  /** The person has no role yet, or one with the description's last word ("secrétaire"). */
  private static boolean mayHold(Entity entity, List<Token> description) {
    String noun = description.get(description.size() - 1).lower();
    return entity.role == null || entity.role.toLowerCase(java.util.Locale.ROOT).contains(noun);
  }

  /** The person has no role yet, or one holding the subject's role noun ("rzecznik"). */
  private static boolean mayHoldRole(CueWords words, Entity entity, List<Token> subject) {
    Optional<RoleNouns> roles = RoleNouns.of(words.language());
    return entity.role == null
        || subject.stream()
            .filter(t -> roles.map(r -> r.namesRole(t)).orElse(false))
            .findFirst()
            .map(t -> entity.role.toLowerCase(java.util.Locale.ROOT).contains(t.lower()))
            .orElse(true);
  }

  private static boolean namesRole(CueWords words, List<Token> subject) {
    return RoleNouns.of(words.language()).map(roles -> roles.namesRole(subject)).orElse(false);
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
