package io.quotedesk.analysis;

import java.util.List;
import java.util.Optional;

/**
 * One article as the attribution rules read it, shared by them: the text, the text with its quotes
 * masked, paragraphs, sentences, the people it names, and its tokens by range.
 */
final class ArticleView {
  private final String text;
  private final String masked;
  private final Paragraphs paragraphs;
  private final Sentences sentences;
  private final SpeakerResolver resolver;
  private final List<Token> articleTokens;
  private final Optional<CueWords> words;

  ArticleView(
      String text,
      String masked,
      Paragraphs paragraphs,
      Sentences sentences,
      SpeakerResolver resolver,
      List<Token> articleTokens,
      Optional<CueWords> words) {
    this.text = text;
    this.masked = masked;
    this.paragraphs = paragraphs;
    this.sentences = sentences;
    this.resolver = resolver;
    this.articleTokens = articleTokens;
    this.words = words;
  }

  /** The cue words of the story's language when it is not English; empty for English. */
  Optional<CueWords> words() {
    return words;
  }

  String text() {
    return text;
  }

  String masked() {
    return masked;
  }

  Paragraphs paragraphs() {
    return paragraphs;
  }

  Sentences sentences() {
    return sentences;
  }

  SpeakerResolver resolver() {
    return resolver;
  }

  /**
   * The tokens of masked[from, to): a view of the article's tokens (read once, paragraph by
   * paragraph) when the range lies in one paragraph and starts and ends between tokens, as
   * sentences do; read afresh otherwise.
   */
  List<Token> tokens(int from, int to) {
    int first = firstStartingAtOrAfter(from);
    int end = firstStartingAtOrAfter(to);
    boolean cutsFirst = first > 0 && articleTokens.get(first - 1).end() > from;
    boolean cutsLast = end > 0 && articleTokens.get(end - 1).end() > to;
    // A quote running over paragraphs is one token read across them, two when read by paragraph.
    boolean crossesParagraphs = to > from && paragraphs.indexOf(from) != paragraphs.indexOf(to - 1);
    return cutsFirst || cutsLast || crossesParagraphs
        ? Token.of(masked, from, to)
        : articleTokens.subList(first, end);
  }

  private int firstStartingAtOrAfter(int position) {
    return Ranges.firstStartingAtOrAfter(articleTokens, Token::start, position);
  }
}
