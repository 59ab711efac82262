package io.quotedesk.analysis;

import io.quotedesk.analysis.Lexicon.Gender;
import io.quotedesk.analysis.NameMentions.NameMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The people a "he" or "she" that speaks could mean, and a model's choice among them. "Ann Ruiz met
 * Tom Hale on Monday. … "Q," he said": the rules take the pronoun's nearest fitting antecedent or
 * the last speaker; the candidates are every person of a fitting (or unknown) gender named within
 * reach, each described by where and how the text last named them, and the ranking model picks the
 * likeliest.
 */
final class PronounCandidates {
  /** The latest people named before the pronoun that are considered, besides the rules' choice. */
  private static final int CANDIDATES = 3;

  private final ArticleView article;
  private final SubjectReader subjects;
  private final AttributionModel ranking;

  PronounCandidates(ArticleView article, SubjectReader subjects, AttributionModel ranking) {
    this.article = article;
    this.subjects = subjects;
    this.ranking = ranking;
  }

  /** A candidate with its person, for the attributor. */
  record Ranked(Entity entity, SpeakerCandidate candidate) {}

  /**
   * The candidates for the he/she {@code mention} of {@code quote}, the rules' choice ({@code
   * chosen}) among them, best first when the ranking model has weights; empty for any other mention
   * or when the rules found no one.
   */
  List<Ranked> of(
      Quote quote,
      Mention mention,
      Entity chosen,
      Entity lastSpeaker,
      Quote lastQuote,
      Map<String, Integer> quotedSoFar) {
    String pronoun = Lexicon.withoutContraction(mention.text().toLowerCase(java.util.Locale.ROOT));
    if (chosen == null || !(pronoun.equals("he") || pronoun.equals("she"))) {
      return List.of();
    }
    Gender gender = Lexicon.PRONOUNS.get(pronoun);
    List<NameMention> people = peopleWithinReach(mention.start(), gender, chosen, lastSpeaker);
    if (people.size() < 2) {
      return List.of();
    }
    Setting setting = setting(quote, mention, gender, chosen, lastSpeaker, lastQuote, quotedSoFar);
    List<Ranked> ranked = new ArrayList<>(people.size());
    for (int rank = 0; rank < people.size(); rank++) {
      Entity entity = people.get(rank).entity();
      List<String> features = features(people.get(rank), rank, setting);
      ranked.add(new Ranked(entity, new SpeakerCandidate(entity.asSpeaker(), features)));
    }
    return best(ranked, chosen);
  }

  /**
   * What the text says around one he/she, shared by all of its candidates: computed once per
   * pronoun rather than once per candidate. {@code lastSpeaker} and {@code latestSubject} may be
   * null (no one yet), as the features compare them by identity.
   */
  private record Setting(
      Quote quote,
      Entity chosen,
      Entity lastSpeaker,
      Map<String, Integer> quotedSoFar,
      int sentence,
      List<Entity> subjectsSince,
      Entity latestSubject,
      List<Entity> namedAfter) {}

  /**
   * The latest people of a fitting gender named before {@code position}, then the rules' choice and
   * the last speaker when they fit and are not among them already: the model must be able to pick
   * either even when they were named long ago (a {@code -1} start marks "not named within reach").
   */
  private List<NameMention> peopleWithinReach(
      int position, Gender gender, Entity chosen, Entity lastSpeaker) {
    NameMentions mentions = article.resolver().mentions();
    List<NameMention> people = new ArrayList<>(mentions.recentPeople(position, gender, CANDIDATES));
    for (Entity extra : new Entity[] {chosen, lastSpeaker}) {
      if (extra != null
          && Referents.compatible(extra, gender)
          && people.stream().noneMatch(m -> m.entity() == extra)) {
        NameMention last = mentions.lastMentionOf(extra, position);
        people.add(last != null ? last : new NameMention(-1, -1, extra, false));
      }
    }
    return people;
  }

  /**
   * The pronoun's sentence, the subjects since the last quote (or within 600 characters), the
   * latest of them that fits the gender, and the people named after the pronoun in its sentence:
   * "Ruiz met Hale. "Q," she told him, Hale said" needs all three to tell the voices apart.
   */
  private Setting setting(
      Quote quote,
      Mention mention,
      Gender gender,
      Entity chosen,
      Entity lastSpeaker,
      Quote lastQuote,
      Map<String, Integer> quotedSoFar) {
    int position = mention.start();
    int sentence = article.sentences().indexOf(position);
    int sentenceEnd = article.sentences().end(sentence);
    int since = lastQuote == null ? position - 600 : lastQuote.end();
    List<Entity> sentenceSubjects = subjects.subjectsBetween(since, position);
    return new Setting(
        quote,
        chosen,
        lastSpeaker,
        quotedSoFar,
        sentence,
        sentenceSubjects,
        latestFitting(sentenceSubjects, gender),
        namedBetween(mention.end(), sentenceEnd));
  }

  /** The last of {@code subjects} the pronoun's gender fits, or null when none does. */
  private static Entity latestFitting(List<Entity> subjects, Gender gender) {
    Entity latest = null;
    for (Entity subject : subjects) {
      if (Referents.compatible(subject, gender)) {
        latest = subject;
      }
    }
    return latest;
  }

  /** The people named between {@code start} and {@code end}, in order. */
  private List<Entity> namedBetween(int start, int end) {
    List<Entity> named = new ArrayList<>();
    article.resolver().mentions().personsBetween(start, end).forEach(n -> named.add(n.entity()));
    return named;
  }

  /**
   * The ranking model's features of one candidate, in a fixed order (the model sums their weights
   * in this order, so reordering could change a score's last bit): first what we know of the
   * person, then where and how the text last named them.
   */
  private List<String> features(NameMention named, int rank, Setting setting) {
    Entity entity = named.entity();
    List<String> features = new ArrayList<>(16);
    features.add("rules=" + (entity == setting.chosen()));
    features.add("last-speaker=" + (entity == setting.lastSpeaker()));
    features.add("recency=" + AttributionFeatures.bucket(rank, 0, 1, 2));
    features.add("latest-subject=" + (entity == setting.latestSubject()));
    features.add("subject-since=" + setting.subjectsSince().contains(entity));
    features.add("named-later-in-sentence=" + setting.namedAfter().contains(entity));
    features.add("gender-known=" + (entity.gender != Gender.UNKNOWN));
    features.add("full-name=" + !entity.first.equals(entity.last));
    features.add("first-name-known=" + NameWords.isFirstName(entity.first));
    features.add("role=" + (entity.role != null));
    features.add("spoke-before=" + entity.quoted);
    features.add("mentions=" + AttributionFeatures.bucket(entity.mentions, 1, 2, 4));
    int quoted = setting.quotedSoFar().getOrDefault(entity.name, 0);
    features.add("quoted-before=" + AttributionFeatures.bucket(quoted, 0, 1, 3));
    if (named.start() >= 0) {
      addMentionFeatures(features, named, rank, setting);
    } else {
      features.add("not-named-within-reach");
    }
    return features;
  }

  /** Where and how the text last named the candidate: the words around it and how far back. */
  private void addMentionFeatures(
      List<String> features, NameMention named, int rank, Setting setting) {
    Entity entity = named.entity();
    String opens = MentionSurroundings.before(article.text(), named.start());
    String follows = MentionSurroundings.after(article.text(), named.end());
    int sentences = setting.sentence() - article.sentences().indexOf(named.start());
    int paragraphs = setting.quote().paragraph() - article.paragraphs().indexOf(named.start());
    // "Stoltenberg's caveat comes after Trump …": an owner opening the sentence is no subject
    String as = named.possessive() ? "owner" : "mention";
    features.add("before-" + as + "=" + opens);
    features.add("after-" + as + "=" + follows);
    features.add("around-" + as + "=" + opens + "*" + follows);
    features.add("speech-verb-follows=" + speechVerbFollows(named, sentenceEndOf(named)));
    features.add("sentences=" + AttributionFeatures.bucket(sentences, 0, 1, 2, 5));
    features.add("paragraphs=" + AttributionFeatures.bucket(paragraphs, 0, 1));
    features.add("rules*recency=" + (entity == setting.chosen()) + "*" + Math.min(rank, 2));
    // The speaker of the quote just before, named in the sentence before: the voice goes on.
    features.add(
        "last-speaker*sentences="
            + (entity == setting.lastSpeaker())
            + "*"
            + AttributionFeatures.bucket(sentences, 0, 1, 2, 5));
  }

  /**
   * The candidates with the model's best first; the rules' choice stays first on a tie, or when the
   * model has no weights.
   */
  private List<Ranked> best(List<Ranked> ranked, Entity chosen) {
    int bestIndex = ranking.isEmpty() ? indexOf(ranked, chosen) : bestScored(ranked, chosen);
    List<Ranked> ordered = new ArrayList<>(ranked);
    ordered.add(0, ordered.remove(bestIndex));
    return ordered;
  }

  /** The index of the candidate the model scores highest, the rules' choice winning a tie. */
  private int bestScored(List<Ranked> ranked, Entity chosen) {
    int bestIndex = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < ranked.size(); i++) {
      double score = ranking.probability(ranked.get(i).candidate().features());
      boolean rules = ranked.get(i).entity() == chosen;
      if (score > bestScore || score == bestScore && rules) {
        bestScore = score;
        bestIndex = i;
      }
    }
    return bestIndex;
  }

  private int sentenceEndOf(NameMention named) {
    return article.sentences().end(article.sentences().indexOf(named.start()));
  }

  /**
   * The name is the subject of a speech verb: "… after Trump, who is running again, suggested …",
   * "Ruiz also said": the verb after the name, past a clause set off by commas and an adverb.
   */
  private boolean speechVerbFollows(NameMention named, int sentenceEnd) {
    List<Token> tokens = article.tokens(named.end(), Math.max(named.end(), sentenceEnd));
    int k = 0;
    if (k < tokens.size() && tokens.get(k).is(",")) {
      k++;
      while (k < tokens.size() && !tokens.get(k).is(",") && !tokens.get(k).isQuote()) {
        k++;
      }
      k++;
    }
    for (int words = 0; k < tokens.size() && words < 2; k++, words++) {
      Token token = tokens.get(k);
      if (!token.isWord()) {
        return false;
      }
      if (SpeechVerbs.isSpeechVerb(token.lower())) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(List<Ranked> ranked, Entity entity) {
    for (int i = 0; i < ranked.size(); i++) {
      if (ranked.get(i).entity() == entity) {
        return i;
      }
    }
    return 0;
  }
}
