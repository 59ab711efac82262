package io.quotedesk.analysis;

import static io.quotedesk.analysis.DescribedSubjects.describedSubject;
import static io.quotedesk.analysis.NounPhrases.properNames;
import static io.quotedesk.analysis.SpeechGrammar.isDeterminer;
import static io.quotedesk.analysis.SpeechGrammar.isSpeechVerb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads who a sentence is about, without a tagger: the subject that opens it ("Several
 * environmental groups granted …"), and the people who are the subjects of the sentences between
 * two quotes. {@link SubjectHeads} reads the head of a cue's subject.
 */
final class SubjectReader {
  private final ArticleView article;
  private final SentenceOpenings openings;

  SubjectReader(ArticleView article) {
    this.article = article;
    this.openings = new SentenceOpenings(article);
  }

  /** The subject of the sentence in {@code tokens} as a cue with {@code verb} (null for none). */
  Optional<Cue> sentenceCue(List<Token> tokens, boolean speaking, String verb) {
    return sentenceSubject(tokens, speaking).map(subject -> new Cue(subject, verb));
  }

  /**
   * The noun phrase that opens a sentence, after any opening adverbial ("On Wednesday, "). A
   * described subject ("several environmental groups") counts only when the sentence has it {@code
   * speaking}; otherwise "The window had "Closed" painted on it" would name a window.
   */
  Optional<List<Token>> sentenceSubject(List<Token> tokens, boolean speaking) {
    List<Token> subject = leadingNounPhrase(tokens, openings.subjectStart(tokens));
    if (!subject.isEmpty() && NameRuns.isPossessive(subject.get(subject.size() - 1))) {
      // "The Ledger's Ann Ruiz sees …": the outlet's or the body's person is the subject
      int after = tokens.indexOf(subject.get(subject.size() - 1)) + 1;
      int end = SpeechGrammar.endOfCapitals(tokens, after);
      if (end - after >= 2
          && end - after <= 4
          && article.resolver().knowsName(tokens.get(end - 1))
          && !NameRuns.isPossessive(tokens.get(end - 1))) {
        subject = new ArrayList<>(tokens.subList(after, end));
      }
    }
    if (subject.size() > 1 && isDeterminer(subject.get(0))) {
      // "the prominent Jewish rights group the Harbor League denounced": the name it describes
      List<Token> named =
          DescribedSubjects.namedAfterDescription(
              tokens, tokens.indexOf(subject.get(subject.size() - 1)) + 1);
      if (!named.isEmpty()) {
        subject = new ArrayList<>(named);
      }
    }
    if (subject.size() == 1 && isDeterminer(subject.get(0))) {
      subject = describedSubject(tokens, tokens.indexOf(subject.get(0)), speaking);
    } else if (!subject.isEmpty() && NameRuns.isPossessive(subject.get(subject.size() - 1))) {
      // "Clinton's campaign is seeking …": the owner works like a determiner
      Token owner = subject.get(subject.size() - 1);
      List<Token> owned = describedSubject(tokens, tokens.indexOf(owner), speaking);
      if (!owned.isEmpty() && owned.get(0) == owner) {
        subject.addAll(owned.subList(1, owned.size()));
      }
    }
    if (subject.size() > 1
        && article.resolver().isSentenceCapital(subject.get(0))
        && subject.get(1).isCapitalized()) {
      // "Rival Hillary Clinton had mocked …"; a view, as the subject may be one of the sentence
      subject = subject.subList(1, subject.size());
    }
    return namesNoOne(tokens, subject) ? Optional.empty() : Optional.of(subject);
  }

  /**
   * The words from {@code from} that may name the subject: capitals, titles, a determiner, a
   * pronoun, up to a possessive ("Clinton's") unless a name follows it.
   */
  private static List<Token> leadingNounPhrase(List<Token> tokens, int from) {
    List<Token> subject = new ArrayList<>();
    for (int k = from; k < tokens.size(); k++) {
      Token token = tokens.get(k);
      if (!token.isWord()) {
        break;
      }
      String lower = token.lower();
      if (!isNounish(tokens, k, subject)
          || (subject.isEmpty()
              && Lexicon.PHRASE_STOPS.contains(lower)
              && !Lexicon.PRONOUNS.containsKey(lower))) {
        break;
      }
      subject.add(token);
      if (NameRuns.isPossessive(token) && namedAfter(tokens, k + 1)) {
        subject.clear(); // "Hillary Clinton's campaign manager Robby Mook": Mook is the subject
        continue;
      }
      if (NameRuns.isPossessive(token)
          || (subject.size() == 1 && Lexicon.PRONOUNS.containsKey(lower))) {
        break;
      }
    }
    return subject;
  }

  /** Whether the word at {@code k} may belong to a subject that has read {@code subject} so far. */
  private static boolean isNounish(List<Token> tokens, int k, List<Token> subject) {
    Token token = tokens.get(k);
    String lower = token.lower();
    return token.isCapitalized()
        || (k > 0 && subject.isEmpty() && NameRuns.isPossessive(tokens.get(k - 1)))
        || Lexicon.DETERMINERS.contains(lower)
        || Titles.isTitle(token.bare())
        || (k + 1 < tokens.size()
            && (tokens.get(k + 1).isCapitalized() || Titles.isTitle(tokens.get(k + 1).bare()))
            && subject.size() < 4
            && !lower.endsWith("ed") // "Ann Ruiz cited Tom Hale": a verb, then its object
            && !isSpeechVerb(token));
  }

  /** "Calls men names…", "CONGRESS HAS INVESTIGATED HIM", "The": no subject after all. */
  private boolean namesNoOne(List<Token> tokens, List<Token> subject) {
    return subject.isEmpty()
        || NameRuns.isPossessive(subject.get(subject.size() - 1))
        || subject.get(0).isCapitalized()
            && !isDeterminer(subject.get(0))
            && article.resolver().isSentenceCapital(subject.get(0))
            && !namedAfter(subject, 1) // "Campaign chair Tom Hale dismissed …" names Hale
        || isHeading(subject)
        || opensWithAVerb(tokens, subject)
        || subject.size() == 1 && Lexicon.DETERMINERS.contains(subject.get(0).lower());
  }

  private static boolean isHeading(List<Token> subject) {
    return subject.size() >= 3 && subject.stream().allMatch(Token::isUpperCase);
  }

  /**
   * "Preys on our fears and calls people …": a list item that opens with its verb. A lone capital
   * in -s before a preposition, which the text names no one by, is that verb, not a name.
   */
  private boolean opensWithAVerb(List<Token> tokens, List<Token> subject) {
    if (subject.size() != 1 || tokens.isEmpty() || subject.get(0) != tokens.get(0)) {
      return false;
    }
    Token word = subject.get(0);
    String lower = word.lower();
    return lower.endsWith("s")
        && !lower.endsWith("ss")
        && tokens.size() > 1
        && Lexicon.PREPOSITIONS.contains(tokens.get(1).lower())
        && !article.resolver().knowsName(word)
        && NameWords.genderOfFirstName(lower) == Lexicon.Gender.UNKNOWN;
  }

  /**
   * A few lower-case words and then a name: "campaign manager Robby Mook"; not a verb and its
   * object ("Ryan's campaign shrugged off Trump's comments", "Lee's campaign called Hale …").
   */
  private static boolean namedAfter(List<Token> tokens, int from) {
    for (int k = from; k < tokens.size() && k < from + 4; k++) {
      Token token = tokens.get(k);
      if (token.isCapitalized() && !(k == from && Titles.isTitle(token.bare()))) {
        // "Germany's Chancellor Ann Ruiz": a title, then the name; an owner is no name
        return k > from && !NameRuns.isPossessive(token);
      }
      if (!token.isWord() || Lexicon.PHRASE_STOPS.contains(token.lower()) || isSpeechVerb(token)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The people who are the subjects of the whole sentences between two offsets, in order; a
   * negative {@code from} takes the text's first sentence too.
   */
  List<Entity> subjectsBetween(int from, int to) {
    List<Entity> subjects = new ArrayList<>();
    if (to <= from) {
      return subjects;
    }
    int last = article.sentences().indexOf(to);
    for (int s = from < 0 ? 0 : article.sentences().indexOf(from) + 1; s < last; s++) {
      List<Token> tokens = article.tokens(article.sentences().start(s), article.sentences().end(s));
      Optional<List<Token>> subject = sentenceSubject(tokens, false);
      if (subject.isEmpty()) {
        continue;
      }
      List<Token> names = properNames(subject.get(), article.resolver().surnames());
      if (names.isEmpty()) {
        continue;
      }
      article
          .resolver()
          .resolveName(names, names.get(0).start())
          .filter(entity -> entity.personLike)
          .ifPresent(subjects::add);
    }
    return subjects;
  }
}
