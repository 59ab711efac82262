package io.quotedesk.analysis;

import static io.quotedesk.analysis.NounPhrases.beforePreposition;
import static io.quotedesk.analysis.NounPhrases.properNames;
import static io.quotedesk.analysis.SpeechGrammar.looksPlural;
import static io.quotedesk.analysis.SubjectReader.isDescription;
import static io.quotedesk.analysis.SubjectReader.trimToSubject;

import io.quotedesk.analysis.SpeakerResolver.Entity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the subject a cue names into a speaker: a pronoun into the person it refers to, a name into
 * the person the article knows by it, a description into its holder or into an unnamed source.
 */
final class CueResolver {
  private static final Map<String, String> SUBJECT_FORMS =
      Map.of("him", "he", "her", "she", "them", "they");

  private final ArticleView article;
  private final SubjectReader subjects;
  private final Optional<String> byline;

  CueResolver(ArticleView article, SubjectReader subjects, Optional<String> byline) {
    this.article = article;
    this.subjects = subjects;
    this.byline = byline;
  }

  /** A resolved speaker: the entity when the text names one, and how it shows. */
  record Resolved(Entity entity, Speaker speaker, Mention mention) {
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
    List<Token> subject = subjects.headChunk(trimToSubject(cue.subject()));
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    int start = subject.get(0).start();
    int end = subject.get(subject.size() - 1).end();
    Mention mention = new Mention(article.text().substring(start, end), start, end);
    // "criticized him for saying": the object form names the same person as "he".
    String lower = Lexicon.withoutContraction(subject.get(0).lower());
    String first =
        article
            .words()
            .flatMap(w -> w.pronoun(lower))
            .orElse(SUBJECT_FORMS.getOrDefault(lower, lower));
    if (subject.size() == 1 && (first.equals("i") || first.equals("we"))) {
      // "I asked him" in the writer's own words: the writer, when the byline names them.
      return Optional.of(
          byline
              .map(b -> new Resolved(null, new Speaker(b, Optional.of("writer")), mention))
              .orElse(new Resolved(null, null, mention)));
    }
    if (subject.size() == 1 && Lexicon.PRONOUNS.containsKey(first)) {
      // "Q," Merkley said. … Hillary Clinton was more circumspect. She called …: the subject
      // named since the last quote comes before its speaker.
      List<Entity> since =
          lastSpeaker == null || lastQuote == null || article.words().isPresent()
              ? List.of() // other languages: the English reading of subjects does not apply
              : subjects.subjectsBetween(lastQuote.end(), start);
      Entity antecedent = since.isEmpty() ? lastSpeaker : since.get(since.size() - 1);
      if (article.words().isPresent() && lastQuote != null) {
        // « Q1 », glisse Zineb. Marie-Pierre Dausse défend … « Q2, affirme-t-elle »: the person
        // named since, outside a prepositional phrase; English stories have subjects read instead.
        List<SpeakerResolver.Named> named =
            article.resolver().personsNamedBetween(lastQuote.end(), start).stream()
                .filter(n -> namedAsSubject(n.start()))
                .toList();
        antecedent = named.isEmpty() ? antecedent : named.get(named.size() - 1).entity();
      }
      Optional<Entity> entity =
          article
              .resolver()
              .resolvePronoun(
                  first,
                  start,
                  article.sentences().start(article.sentences().indexOf(start)),
                  antecedent);
      if (entity.isEmpty() && first.equals("they")) {
        return Optional.of(new Resolved(null, groupBefore(start).orElse(null), mention));
      }
      return Optional.of(
          entity
              .map(e -> new Resolved(e, speakerOf(e), mention))
              .orElse(new Resolved(null, null, mention)));
    }
    List<Token> names =
        subjects.isCommonNoun(beforePreposition(subject)) ? List.of() : properNames(subject);
    if (!names.isEmpty()) {
      Optional<Entity> entity = article.resolver().resolveName(names, start);
      if (entity.isPresent()) {
        return Optional.of(new Resolved(entity.get(), speakerOf(entity.get()), mention));
      }
    }
    String description = mention.text();
    List<Token> head = beforePreposition(subject);
    // "the senator from Ohio": the role is "senator", the rest says which one.
    Optional<Entity> described =
        article
            .resolver()
            .resolveDescription(description, start)
            .or(
                () ->
                    head.size() < subject.size()
                        ? article
                            .resolver()
                            .resolveDescription(
                                article.text().substring(start, head.get(head.size() - 1).end()),
                                start)
                        : Optional.empty());
    if (described.isPresent()) {
      return Optional.of(new Resolved(described.get(), speakerOf(described.get()), mention));
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
      return Optional.of(new Resolved(lastSpeaker, speakerOf(lastSpeaker), mention));
    }
    if (!isDescription(subject) && !isDescriptionInLanguage(subject)) {
      return Optional.empty();
    }
    // "a senior official said": unnamed, described as written.
    return Optional.of(new Resolved(null, new Speaker(description, Optional.empty()), mention));
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
    if (!looksPlural(head) && !Lexicon.COLLECTIVES.contains(head)
        || Lexicon.PRONOUNS.containsKey(head)) {
      return Optional.empty();
    }
    int start = group.get(0).start();
    return Optional.of(
        new Speaker(
            article.text().substring(start, group.get(group.size() - 1).end()), Optional.empty()));
  }

  /** "the Secretary-General", "the former minister": "the", then words ending in a title. */
  /**
   * A person named outside a prepositional phrase: "Marie-Pierre Dausse défend …", not "les études
   * du biologiste Séralini" (the two words before the name are looked at).
   */
  private boolean namedAsSubject(int start) {
    CueWords words = article.words().orElseThrow();
    int s = article.sentences().indexOf(start);
    List<Token> before = article.tokens(article.sentences().start(s), start);
    for (int k = Math.max(0, before.size() - 2); k < before.size(); k++) {
      if (words.obliques().contains(before.get(k).lower())) {
        return false;
      }
    }
    return true;
  }

  /** "der Sprecher", "la toxicologue", "eine Sprecherin": the story's language's determiner. */
  private boolean isDescriptionInLanguage(List<Token> subject) {
    return subject.size() >= 2
        && article.words().map(w -> w.determiners().contains(subject.get(0).lower())).orElse(false);
  }

  private static boolean isDefiniteTitle(List<Token> subject) {
    if (subject.size() < 2 || subject.size() > 4 || !subject.get(0).lower().equals("the")) {
      return false;
    }
    for (Token token : subject) {
      if (!token.isWord()) {
        return false;
      }
    }
    return Lexicon.isTitle(subject.get(subject.size() - 1).bare());
  }

  private static Speaker speakerOf(Entity entity) {
    return new Speaker(entity.name, Optional.ofNullable(entity.role));
  }
}
