package io.quotedesk.analysis;

import static io.quotedesk.analysis.NounPhrases.leftPhrase;
import static io.quotedesk.analysis.SpeechGrammar.endOfCapitals;
import static io.quotedesk.analysis.SpeechGrammar.isParticiple;
import static io.quotedesk.analysis.SpeechGrammar.isSubjectPronoun;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cues whose verb the speech-verb lists lack, for {@link CueFinder}: ""Q," Tom Hale barked." The
 * verb is known only by its shape (-ed, -s) and its place beside the quote and a name the article
 * gives, so these guesses are kept apart from the cues read off listed verbs and tried after them.
 */
final class UnlistedVerbCues {
  private static final Set<String> PARTICLES = Lexicon.setOf("out", "back", "up");

  /**
   * Verbs whose subject after a quote is a work, not a speaker: ""Harbor Lights" stars Ann Ruiz",
   * "… features Tom Hale".
   */
  private static final Set<String> WORK_VERBS =
      Lexicon.setOf(
          "features",
          "featured",
          "stars",
          "starred",
          "includes",
          "included",
          "follows",
          "followed",
          "presents",
          "presented",
          "introduces",
          "introduced",
          "hosts",
          "hosted",
          "shows",
          "showed",
          "plays",
          "played",
          "depicts",
          "depicted",
          "profiles",
          "profiled");

  private final ArticleView article;

  UnlistedVerbCues(ArticleView article) {
    this.article = article;
  }

  /**
   * "Q," Tom Hale barked. · Hale, in an interview, blurted out, "Q": a verb in -ed that the lists
   * lack, between the quote and a named subject (or he, she) directly beside it.
   */
  Optional<Cue> cueFor(List<Token> tokens, int q, Quote quote) {
    int j = q + 1;
    while (j < tokens.size() && tokens.get(j).is(",")) {
      j++;
    }
    char last = quote.text().charAt(quote.text().length() - 1);
    boolean clauseEnds = ",?!".indexOf(last) >= 0 || j > q + 1;
    // not a name given to something: "At an event billed as "Q," Ruiz unveiled a plan"
    boolean ownClause = q == 0 || !tokens.get(q - 1).lower().equals("as");
    if (clauseEnds && ownClause && j < tokens.size()) {
      int end = j;
      int names = endOfCapitals(tokens, j);
      if (isSubjectPronoun(tokens.get(j)) && !tokens.get(j).is("I")) {
        end = j + 1;
      } else if (names > j
          && names - j <= 4
          && article.resolver().knowsName(tokens.get(names - 1))) {
        end = names;
      }
      if (end > j && end < tokens.size() && isParticiple(tokens.get(end))) {
        return Optional.of(new Cue(tokens.subList(j, end), tokens.get(end).text()));
      }
      Optional<Cue> inverted = invertedUnlistedVerb(tokens, j);
      if (inverted.isPresent()) {
        return inverted;
      }
    }
    if (q < 2 || !(tokens.get(q - 1).is(",") || tokens.get(q - 1).is(":"))) {
      return Optional.empty();
    }
    int v = q - 2;
    if (v > 0 && PARTICLES.contains(tokens.get(v).lower())) {
      v--; // "blurted out"
    }
    if (!isParticiple(tokens.get(v))) {
      return Optional.empty();
    }
    List<Token> subject = leftPhrase(tokens, v, 0);
    boolean named =
        subject.size() == 1 && isSubjectPronoun(subject.get(0))
            || !subject.isEmpty()
                && article.resolver().knowsName(subject.get(subject.size() - 1))
                && subject.stream().allMatch(Token::isCapitalized);
    return named ? Optional.of(new Cue(subject, tokens.get(v).text())) : Optional.empty();
  }

  /**
   * "Hale pressed." · "She shot back.": a sentence that is only a name the article gives (or he,
   * she) and a verb in -ed the lists lack, the cue of the quote that ends the sentence before.
   */
  boolean isOnlyCue(List<Token> tokens) {
    int end = tokens.size();
    if (end > 0 && tokens.get(end - 1).is(".")) {
      end--;
    }
    if (end < 2 || end > 5) {
      return false;
    }
    int verb = PARTICLES.contains(tokens.get(end - 1).lower()) ? end - 2 : end - 1;
    if (verb < 1 || !isParticiple(tokens.get(verb))) {
      return false;
    }
    List<Token> subject = tokens.subList(0, verb);
    return subject.size() == 1 && isSubjectPronoun(subject.get(0)) && !subject.get(0).is("I")
        || subject.stream().allMatch(Token::isCapitalized)
            && article.resolver().knowsName(subject.get(subject.size() - 1));
  }

  /**
   * ""Q," beamed Ann Ruiz of Tulsa." · ""Q," agrees Tom Hale, 30.": a verb the lists lack, in -ed
   * or -s, between the quote and a name the article gives, which ends the clause. English puts a
   * verb before its subject after a quote only when the verb reports the words.
   */
  private Optional<Cue> invertedUnlistedVerb(List<Token> tokens, int j) {
    Token verb = tokens.get(j);
    String lower = verb.lower();
    boolean verbShape =
        verb.isWord()
            && !verb.isCapitalized()
            && lower.length() > 4
            && !WORK_VERBS.contains(lower)
            && (lower.endsWith("ed") || lower.endsWith("s") && !lower.endsWith("ss"));
    int names = endOfCapitals(tokens, j + 1);
    if (!verbShape || names == j + 1 || names - j > 5) {
      return Optional.empty();
    }
    boolean clauseEnds =
        names == tokens.size()
            || tokens.get(names).is(",")
            || tokens.get(names).is(".")
            || tokens.get(names).lower().equals("of");
    boolean named =
        article.resolver().knowsName(tokens.get(names - 1))
            && tokens.subList(j + 1, names).stream().allMatch(Token::isWord);
    return clauseEnds && named
        ? Optional.of(new Cue(tokens.subList(j + 1, names), verb.text()))
        : Optional.empty();
  }
}
