package io.quotedesk.analysis;

import static io.quotedesk.analysis.NounPhrases.leftPhrase;
import static io.quotedesk.analysis.PhrasesAfterVerb.rightPhrase;
import static io.quotedesk.analysis.SpeechGrammar.cueWord;
import static io.quotedesk.analysis.SpeechGrammar.isDash;
import static io.quotedesk.analysis.SpeechGrammar.isSpeechVerbAt;

import java.util.List;
import java.util.Optional;

/**
 * The cues a quote's paragraphs give rather than its sentence: a transcript's label at the
 * paragraph's start ("PENCE: …"), a paragraph before ending "… he said:", a sign-off line after it
 * ("— Ann Ruiz.").
 */
final class ParagraphLayoutCues {
  private final ArticleView article;
  private final SubjectReader subjects;

  ParagraphLayoutCues(ArticleView article, SubjectReader subjects) {
    this.article = article;
    this.subjects = subjects;
  }

  /** PENCE: … — the label of a transcript line names the speaker. */
  Optional<Cue> transcriptLabel(Quote quote) {
    int p = quote.paragraph();
    int start = article.paragraphs().start(p);
    List<Token> tokens = article.tokens(start, Math.min(article.paragraphs().end(p), start + 60));
    int i = 0;
    while (i < tokens.size() && tokens.get(i).kind() == Token.Kind.PUNCT) {
      i++; // "PENCE: … — a transcript quoted paragraph by paragraph
    }
    int label = i;
    while (i < tokens.size()
        && tokens.get(i).isWord()
        && tokens.get(i).isUpperCase()
        && Character.isLetter(tokens.get(i).text().charAt(0))) {
      i++;
    }
    if (i > label
        && i < tokens.size()
        && tokens.get(i).is(":")
        && tokens.get(i).end() <= quote.start()) {
      return Optional.of(new Cue(tokens.subList(label, i), ":"));
    }
    return Optional.empty();
  }

  /** A paragraph ending "… he said:" introduces the quote in the next one. */
  Optional<Cue> colonEndingPreviousParagraph(Quote quote) {
    int p = quote.paragraph();
    if (p == 0
        || article.paragraphs().start(p) != quote.start() - 1
            && article.paragraphs().start(p) != quote.start()) {
      return Optional.empty();
    }
    int end = article.paragraphs().end(p - 1);
    if (article.text().charAt(end - 1) != ':') {
      return Optional.empty();
    }
    int s = article.sentences().indexOf(end - 1);
    List<Token> tokens = article.tokens(article.sentences().start(s), end);
    for (int k = tokens.size() - 1; k >= 0; k--) {
      if (isSpeechVerbAt(tokens, k)) {
        List<Token> subject = leftPhrase(tokens, k, 0);
        if (!subject.isEmpty()) {
          return Optional.of(new Cue(subject, cueWord(tokens, k)));
        }
      }
    }
    return subjects.sentenceCue(tokens, true, null);
  }

  /**
   * A paragraph that is only a quote, then "— Ann Ruiz." as a paragraph of its own: the line under
   * a quoted claim, as fact checks print them, names who said it.
   */
  Optional<Cue> signedInNextParagraph(Quote quote) {
    int p = article.paragraphs().indexOf(quote.end() - 1);
    if (quote.partial() || p + 1 >= article.paragraphs().count()) {
      return Optional.empty();
    }
    List<Token> rest = article.tokens(quote.end(), article.paragraphs().end(p));
    if (rest.stream().anyMatch(Token::isWord)) {
      return Optional.empty();
    }
    List<Token> line =
        article.tokens(article.paragraphs().start(p + 1), article.paragraphs().end(p + 1));
    if (line.size() < 2 || !isDash(line.get(0))) {
      return Optional.empty();
    }
    List<Token> name = rightPhrase(line, 1);
    int after = 1 + name.size();
    boolean alone =
        !name.isEmpty()
            && name.size() <= 5
            && name.stream().allMatch(Token::isCapitalized)
            && (after == line.size() || after + 1 == line.size() && line.get(after).is("."));
    return alone ? Optional.of(new Cue(name, line.get(0).text())) : Optional.empty();
  }
}
