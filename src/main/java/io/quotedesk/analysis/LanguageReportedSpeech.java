package io.quotedesk.analysis;

import io.quotedesk.analysis.CueResolver.Resolved;
import io.quotedesk.analysis.QuoteAttributor.Reported;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reported speech before an uncued quote in German, French and the other languages: "Kelle sagte,
 * sie habe lange gezögert. «Q»", and a quote standing alone after a sentence about a person ("Hans
 * Meier schüttelt den Kopf. „Q“"). English reads its reported speech in {@link QuoteAttributor}.
 */
final class LanguageReportedSpeech {
  private final ArticleView article;
  private final CueResolver cueResolver;

  LanguageReportedSpeech(ArticleView article, CueResolver cueResolver) {
    this.article = article;
    this.cueResolver = cueResolver;
  }

  /**
   * Kelle sagte, sie habe lange gezögert. «Q»: in German and French reported speech (a speech verb,
   * or a verb form of reported speech, beside its subject) before an uncued quote, since the last
   * quote and within a paragraph, names the quote's speaker; a sentence naming someone without
   * reporting them ends the search. Quotes inside those sentences are words they mention ("nach dem
   * Motto «Q»"), not speech that changes the speaker.
   */
  Optional<Reported> before(Quote quote, Quote lastQuote, Entity lastSpeaker, CueWords words) {
    int floor = lastQuote == null ? 0 : lastQuote.end();
    int first = article.sentences().indexOf(quote.start());
    boolean laterReportNoOne = false; // the sentences after this one, to the quote, report no one
    // the quote's own sentence too, up to the quote: "Sie habe gezögert. „Q“" may be one
    for (int s = first; s >= 0 && article.sentences().start(s) >= floor; s--) {
      int start = article.sentences().start(s);
      if (quote.paragraph() - article.paragraphs().indexOf(start) > 1) {
        break;
      }
      int end = Math.min(article.sentences().end(s), quote.start());
      List<Token> tokens = article.tokens(start, end);
      for (int k = 1; k < tokens.size(); k++) {
        Token token = tokens.get(k);
        String lower = token.lower();
        if (token.isCapitalized() || !(words.reported().contains(lower) || words.isVerb(lower))) {
          continue;
        }
        Optional<Token> subject = reportedSubject(tokens, k, words);
        if (subject.isEmpty()) {
          continue;
        }
        Optional<Resolved> resolved =
            cueResolver.resolve(
                new Cue(List.of(subject.get()), token.text()), lastQuote, lastSpeaker);
        if (resolved.isPresent() && resolved.get().speaker() != null) {
          return Optional.of(new Reported(resolved.get(), token.text()));
        }
      }
      boolean reports = tokens.stream().anyMatch(t -> words.reported().contains(t.lower()));
      if (s == first && (followsASentence(quote, start) || quote.partial())
          || s == first - 1 && opensItsSentence(quote, first)
          || s < first && laterReportNoOne) {
        // Trainer X haderte. Es habe ein Foul gegeben – „Q“ · Er ist zufrieden. Der Umsatz habe
        // sich verdoppelt. „Q“: reported speech with no one as its subject goes on from the person
        // the sentence before is about
        // … or is woven into a sentence whose subject it is: Merz hält das für „Q“
        Optional<Reported> subject = sentenceSubjectSpeaks(tokens, words, lastQuote, lastSpeaker);
        if (subject.isPresent()) {
          return subject;
        }
      }
      laterReportNoOne =
          reports
              && (s == first
                  || laterReportNoOne
                  || s == first - 1 && opensItsSentence(quote, first));
      if (!article.resolver().personsNamedBetween(start, end).isEmpty()) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * „So etwas habe ich nie erlebt.“ Josef X ist seit 2005 Bürgermeister: a quote of whole sentences
   * that opens its paragraph with no cue is said by the person the paragraph's next sentence opens
   * with as its subject (features name the speaker after the words).
   */
  Optional<Reported> namedAfter(Quote quote, Quote lastQuote, Entity lastSpeaker, CueWords words) {
    int paragraphStart = article.paragraphs().start(quote.paragraph());
    if (quote.partial()
        || quote.headline()
        || quote.start() - paragraphStart > 1
        || ".!?…".indexOf(quote.text().charAt(quote.text().length() - 1)) < 0) {
      return Optional.empty();
    }
    int s = article.sentences().indexOf(quote.end());
    int from = quote.end() + 1; // past the closing mark: a sentence may run on after it
    if (article.sentences().end(s) <= from + 1) {
      s++;
      if (s >= article.sentences().count()
          || article.paragraphs().indexOf(article.sentences().start(s)) != quote.paragraph()) {
        return Optional.empty();
      }
      from = article.sentences().start(s);
    }
    List<Token> tokens = article.tokens(from, article.sentences().end(s));
    if (tokens.isEmpty() || tokens.stream().anyMatch(Token::isQuote)) {
      return Optional.empty(); // the next sentence quotes someone of its own
    }
    return sentenceSubjectSpeaks(withoutAge(tokens), words, lastQuote, lastSpeaker);
  }

  /** "Rita, 67, trägt": the subject with the age set off by commas after it left out. */
  private static List<Token> withoutAge(List<Token> tokens) {
    if (tokens.size() > 4
        && tokens.get(1).is(",")
        && tokens.get(2).text().chars().allMatch(Character::isDigit)
        && tokens.get(3).is(",")) {
      List<Token> kept = new ArrayList<>(tokens.subList(0, 1));
      kept.addAll(tokens.subList(4, tokens.size()));
      return kept;
    }
    return tokens;
  }

  /**
   * „Q“ right after a full stop in what was read as its own sentence: "Meier schüttelt den Kopf.
   * „Q“" (a sentence is not always ended before a quotation mark).
   */
  private boolean followsASentence(Quote quote, int sentenceStart) {
    int k = quote.start() - 1;
    String text = article.text();
    while (k > sentenceStart
        && !Character.isLetterOrDigit(text.charAt(k))
        && ".!?".indexOf(text.charAt(k)) < 0) {
      k--;
    }
    return k > sentenceStart && ".!?".indexOf(text.charAt(k)) >= 0;
  }

  /**
   * The quote opens its sentence and the sentence before is in the same paragraph: "Meier schüttelt
   * den Kopf. „Q“".
   */
  private boolean opensItsSentence(Quote quote, int sentence) {
    int start = article.sentences().start(sentence);
    return quote.start() - start <= 2
        && sentence > 0
        && article.paragraphs().indexOf(article.sentences().start(sentence - 1))
            == quote.paragraph();
  }

  /**
   * Hans Meier schüttelt den Kopf. „Q“ · Sie ist müde. „Q“ · Sophie Martin secoue la tête. « Q »: a
   * quote standing alone right after a sentence about a person, who opens it as its subject (a
   * pronoun, or a name the text gives a person, then a verb), is that person's.
   */
  private Optional<Reported> sentenceSubjectSpeaks(
      List<Token> tokens, CueWords words, Quote lastQuote, Entity lastSpeaker) {
    if (tokens.size() < 3) {
      return Optional.empty();
    }
    int end = 0;
    int from = 0;
    if (words.pronouns().containsKey(tokens.get(0).lower())) {
      end = 1;
    } else if (words.determiners().contains(tokens.get(0).lower())
        && roleBeforeName(tokens, words) == 0) {
      // Le secrétaire national du PCF réclame « Q »: a description, not a name, opens it
      end = new SubjectPhrases(words).personDescriptionOpening(tokens).map(List::size).orElse(0);
      if (end == 0) {
        return Optional.empty();
      }
    } else {
      int name = roleBeforeName(tokens, words);
      if (name == 0 && LanguageCues.VIEW_PREPOSITIONS.contains(tokens.get(0).lower())) {
        from = 1; // Für Sportdirektor Beat X ist das Problem bekannt. «Q»
        name = 1;
      }
      end = name;
      while (end < tokens.size()
          && end < name + 4
          && tokens.get(end).isWord()
          && tokens.get(end).isCapitalized()) {
        end++;
      }
      // "Marine Le Pen": the whole run names the person
      if (end == name || !namesAPerson(tokens.subList(name, end))) {
        return Optional.empty();
      }
    }
    if (end >= tokens.size() || !tokens.get(end).isWord() || tokens.get(end).isCapitalized()) {
      return Optional.empty(); // no verb after it: "Anna, Tom und …"
    }
    return cueResolver
        .resolve(new Cue(tokens.subList(from, end), tokens.get(end).text()), lastQuote, lastSpeaker)
        .filter(resolved -> resolved.speaker() != null && resolved.entity() != null)
        .map(resolved -> new Reported(resolved, null));
  }

  /**
   * Where the name opens after "El ministro", "La ministra", "Il sindaco" (a determiner and one or
   * two lower-case words) at the sentence's start; 0 when the sentence opens otherwise.
   */
  private static int roleBeforeName(List<Token> tokens, CueWords words) {
    if (!words.determiners().contains(tokens.get(0).lower())) {
      return 0;
    }
    int k = 1;
    while (k < 3 && k < tokens.size() && tokens.get(k).isWord() && !tokens.get(k).isCapitalized()) {
      k++;
    }
    return k > 1 && k < tokens.size() && tokens.get(k).isCapitalized() ? k : 0;
  }

  /**
   * "sie habe", "habe sie", "Kelle sagte": a pronoun or known name beside the verb at {@code k}.
   */
  private Optional<Token> reportedSubject(List<Token> tokens, int k, CueWords words) {
    for (int j : new int[] {beforeParty(tokens, k - 1), k + 1}) {
      if (j < 0 || j >= tokens.size() || !tokens.get(j).isWord()) {
        continue;
      }
      Token candidate = tokens.get(j);
      if (words.pronouns().containsKey(candidate.lower()) || isPersonsName(tokens, j, words)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** "Merz (CDU) kritisierte": the word before a short parenthesis ending at {@code j}. */
  private static int beforeParty(List<Token> tokens, int j) {
    if (j < 0 || !tokens.get(j).is(")")) {
      return j;
    }
    for (int open = j - 1; open > 0 && open >= j - 4; open--) {
      if (tokens.get(open).is("(")) {
        return open - 1;
      }
    }
    return j;
  }

  /** "Kelle" in "Kelle sagte", not "Gottes" in "eine Funke Gottes sei": a person's name. */
  private boolean isPersonsName(List<Token> tokens, int j, CueWords words) {
    Token token = tokens.get(j);
    return token.isCapitalized()
        && (j == 0 || !words.determiners().contains(tokens.get(j - 1).lower()))
        && namesAPerson(List.of(token));
  }

  /** "Kelle", "Marine Le Pen": a run ending in a name the text gives, naming a person. */
  private boolean namesAPerson(List<Token> run) {
    return article.resolver().knowsName(run.get(run.size() - 1))
        && article
            .resolver()
            .resolveName(run, run.get(0).start())
            .map(entity -> entity.personLike)
            .orElse(false);
  }
}
