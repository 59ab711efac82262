package io.quotedesk.analysis;

import static io.quotedesk.analysis.WordsAroundQuote.wordCount;

import io.quotedesk.analysis.QuoteMarks.Family;
import io.quotedesk.analysis.QuoteMarks.Role;
import io.quotedesk.ingest.Article;
import io.quotedesk.ingest.TextRange;
import io.quotedesk.ingest.Whitespace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds quoted passages: pairs quotation marks paragraph by paragraph, carries a quote over
 * paragraphs that reopen it ("… / "… / …"), drops marks left open so they never swallow the rest of
 * the article, and leaves out markup, titles of works and nicknames ({@link QuotedNames}) and the
 * writer's own terms in marks ({@link ScareQuotes}).
 */
final class QuoteFinder {

  /**
   * because "she" is a "he": a lone pronoun or article in quotation marks is a word, not speech; so
   * is a lone letter: a lever for "R," or "D,".
   */
  private static final Pattern WORD_AS_WORD =
      Pattern.compile(
          "(?iu)(?:he|she|it|they|we|you|i|him|her|them|us|me|his|hers|its|their|the|a|an|\\p{L})"
              + "[.,!?]?");

  /** "their!": no longer quotation is a word named as a word, so the pattern is not tried. */
  private static final int LONGEST_WORD_AS_WORD = 6;

  /**
   * "WALLACE: …" / "PENCE: …": a transcript quoted turn by turn. Each turn is the labelled
   * person's, told by the label, not a quotation of the writer's, and a turn never continues the
   * one before.
   */
  private static final Pattern TRANSCRIPT_LABEL =
      Pattern.compile("\\p{Lu}[\\p{Lu}.'’ -]{1,30}\\p{Lu}:\\s");

  List<Quote> find(Article article, Paragraphs paragraphs) {
    Optional<CueWords> words = article.metadata().language().flatMap(CueWords::of);
    List<Quote> quotes = new ArrayList<>();
    int firstBody = 0;
    Optional<TextRange> headline = article.headline();
    if (headline.isPresent() && paragraphs.count() > 0) {
      firstBody = 1;
      quotes.addAll(headlineQuotes(article, paragraphs, headline.get(), words));
    }
    quotes.addAll(bodyQuotes(article, paragraphs, firstBody, words));
    return quotes;
  }

  /** The headline's quotes, in its own family of marks. */
  private static List<Quote> headlineQuotes(
      Article article, Paragraphs paragraphs, TextRange headline, Optional<CueWords> words) {
    String text = article.text();
    List<Quote> quotes = new ArrayList<>();
    Family family = familyOf(text, headline);
    for (MarkPair pair : match(text, paragraphs, 0, 1, family, article)) {
      toQuote(text, pair, paragraphs, true, false, words)
          // Neue Folge bei „Sturm der Liebe“: … names a series in a headline as in the body
          .filter(q -> words.isEmpty() || !InnerCues.isNameOrTitle(text, q, words.get()))
          .ifPresent(quotes::add);
    }
    return quotes;
  }

  /**
   * The quotes of paragraphs from {@code firstBody} on. Body text quotes with double marks; single
   * marks there are apostrophes or nested quotes.
   */
  private static List<Quote> bodyQuotes(
      Article article, Paragraphs paragraphs, int firstBody, Optional<CueWords> words) {
    String text = article.text();
    List<Quote> quotes = new ArrayList<>();
    int titleClose = -1; // the closing mark of the last title of a work
    Set<String> terms = new HashSet<>();
    Family family =
        firstBody < paragraphs.count()
            ? bodyFamily(text, paragraphs.start(firstBody))
            : Family.DOUBLE;
    for (MarkPair pair : match(text, paragraphs, firstBody, paragraphs.count(), family, article)) {
      boolean listed = continuesList(text, titleClose, pair.open());
      Optional<Quote> quote = toQuote(text, pair, paragraphs, false, listed, words);
      if (quote.isPresent()
          && words.isPresent()
          && isNameOrKnownTerm(text, quote.get(), words.get(), terms)) {
        continue; // «Telebasel» war da · die Serie «Sturm der Liebe» · (« A », « B » ou « C »)
      }
      if (quote.isEmpty() && words.isPresent() && wordCount(quoted(text, pair)) <= 2) {
        // Słowo „kalsarikänni” … jak twierdzi Rantanen, „kalsarikänni” zmieniło się: a term once
        // is a term again, a speech verb near it or not
        terms.add(quoted(text, pair).toLowerCase(Locale.ROOT));
      }
      if (quote.isPresent()) {
        // « A, affirme-t-elle. B »: two quotes, the cue between them the writer's
        quotes.addAll(
            words.isPresent()
                ? InnerCues.split(quote.get(), text, words.get())
                : List.of(quote.get()));
      } else if (QuotedNames.isTitleOfWork(text, pair, quoted(text, pair), listed)) {
        titleClose = pair.close();
      }
    }
    return quotes;
  }

  /**
   * In a story in another language: a name or title («Telebasel» war da), one of a list filling a
   * parenthesis, or a term the story already set in marks without a speech verb.
   */
  private static boolean isNameOrKnownTerm(
      String text, Quote quote, CueWords words, Set<String> terms) {
    return InnerCues.isNameOrTitle(text, quote, words)
        || QuotedLists.fillsParenthesis(text, quote)
        || terms.contains(quote.text().toLowerCase(Locale.ROOT));
  }

  /**
   * Appeared on "Night Desk" and "The Late Hour": a quote joined to a title by a comma, "and" or
   * "or" is the next title of the list.
   */
  private static boolean continuesList(String text, int titleClose, int open) {
    if (titleClose < 0 || open - titleClose > 8) {
      return false;
    }
    String between = Whitespace.normalize(text.substring(titleClose + 1, open).replace(',', ' '));
    return between.isEmpty() || between.equals("and") || between.equals("or");
  }

  /**
   * Bodies quote with double marks, and single marks there are apostrophes or nested quotes; a
   * British body that opens more quotes of speech with single marks ('We won,' he said) than with
   * double ones quotes with single marks. A quote of speech ends in a stop or comma before its
   * closing mark: words set apart ('giveaway', "closed") decide nothing, and the marks inside a
   * quote are nested ones. Two apostrophes (''Q'', as some archives write a double mark) count as a
   * double mark; PolNeAR's annotation reads such quotes as reported speech, so they stay unread.
   */
  static Family bodyFamily(String text, int from) {
    int doubleOpens = 0;
    int singleOpens = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
        doubleOpens += i == 0 || Character.isWhitespace(text.charAt(i - 1)) ? 1 : 0;
        i++;
      } else if (QuoteMarks.isDouble(c) || QuoteMarks.isSingle(c)) {
        Family family = QuoteMarks.isDouble(c) ? Family.DOUBLE : Family.SINGLE;
        if (QuoteMarks.role(text, i, family, false) != Role.OPEN) {
          continue;
        }
        int close = closingMark(text, i, family);
        boolean speech =
            close < text.length()
                && text.charAt(close) != '\n'
                && ",.?!".indexOf(text.charAt(close - 1)) >= 0;
        doubleOpens += speech && family == Family.DOUBLE ? 1 : 0;
        singleOpens += speech && family == Family.SINGLE ? 1 : 0;
        i = close; // on past the quote, or its paragraph when nothing closes it
      }
    }
    return singleOpens > doubleOpens ? Family.SINGLE : Family.DOUBLE;
  }

  /** The mark that closes the one opened at {@code open}, else where its paragraph ends. */
  private static int closingMark(String text, int open, Family family) {
    for (int j = open + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return j;
      }
      boolean ofFamily = family == Family.DOUBLE ? QuoteMarks.isDouble(c) : QuoteMarks.isSingle(c);
      if (ofFamily && QuoteMarks.role(text, j, family, true) == Role.CLOSE) {
        return j;
      }
    }
    return text.length();
  }

  /** Headlines quote with single marks ('Q', X says) unless they use double ones. */
  private static Family familyOf(String text, TextRange headline) {
    for (int i = headline.start(); i < headline.end(); i++) {
      if (QuoteMarks.isDouble(text.charAt(i))) {
        return Family.DOUBLE;
      }
    }
    return Family.SINGLE;
  }

  /** Matched pairs among paragraphs [from, to), outermost only, in text order. */
  private static List<MarkPair> match(
      String text, Paragraphs paragraphs, int from, int to, Family family, Article article) {
    List<MarkPair> pairs = new ArrayList<>();
    int[] stack = new int[16];
    int depth = 0;
    int skipMark = -1; // the reopening mark of a continued multi-paragraph quote
    for (int p = from; p < to; p++) {
      int start = paragraphs.start(p);
      int end = paragraphs.end(p);
      if (article.isFurniture(start)) {
        depth = 0;
        continue;
      }
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (!QuoteMarks.isMark(c, family) || i == skipMark) {
          continue;
        }
        Role role = QuoteMarks.role(text, i, family, depth > 0);
        if (role == Role.CLOSE || (role == Role.EITHER && depth > 0)) {
          if (depth > 0) {
            pairs.add(new MarkPair(stack[--depth], i));
          }
        } else if (role == Role.OPEN || role == Role.EITHER) {
          if (depth == stack.length) {
            stack = java.util.Arrays.copyOf(stack, depth * 2);
          }
          stack[depth++] = i;
        }
      }
      // "… ends a paragraph open / "reopens the next one …": the same quote goes on.
      int next = p + 1;
      if (depth > 0
          && next < to
          && reopens(text, stack[0], paragraphs.start(next), family, article)) {
        depth = 1;
        skipMark = paragraphs.start(next);
      } else {
        depth = 0;
      }
    }
    return outermost(pairs);
  }

  /**
   * A writer reopens a quote with the mark that opened it: straight with straight, curly with
   * curly.
   */
  private static boolean reopens(
      String text, int opener, int start, Family family, Article article) {
    char mark = text.charAt(start);
    if (article.isFurniture(start)
        || !QuoteMarks.isMark(mark, family)
        || (mark == '"' || mark == '\'')
            != (text.charAt(opener) == '"' || text.charAt(opener) == '\'')) {
      return false;
    }
    Role role = QuoteMarks.role(text, start, family, false);
    return (role == Role.OPEN || role == Role.EITHER)
        && !TRANSCRIPT_LABEL.matcher(text).region(start + 1, text.length()).lookingAt();
  }

  /** Marks nest properly, so a pair inside an earlier one is part of it. */
  private static List<MarkPair> outermost(List<MarkPair> pairs) {
    pairs.sort(Comparator.comparingInt(MarkPair::open));
    List<MarkPair> kept = new ArrayList<>();
    int reach = -1;
    for (MarkPair pair : pairs) {
      if (pair.open() > reach) {
        kept.add(pair);
        reach = pair.close();
      }
    }
    return kept;
  }

  private static Optional<Quote> toQuote(
      String text,
      MarkPair pair,
      Paragraphs paragraphs,
      boolean headline,
      boolean listed,
      Optional<CueWords> words) {
    int end = pair.close();
    int start = Whitespace.skip(text, pair.open() + 1, end);
    while (end > start && Whitespace.isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (start >= end || !hasLetterOrDigit(text, start, end)) {
      return Optional.empty();
    }
    String quoted = text.substring(start, end);
    if (isNotSpeech(text, pair, quoted, listed)
        || words.isEmpty() && QuotedNames.isTitleAsSubject(text, pair, quoted)) {
      return Optional.empty();
    }
    boolean partial = !headline && isPartial(text, pair, quoted);
    // Judge blocks state's 'free speech' law: a headline weaves scare quotes in as a body does
    boolean woven = partial || headline && isPartial(text, pair, quoted);
    if (woven && ScareQuotes.isScareQuote(text, pair, quoted, paragraphs, words)) {
      return Optional.empty();
    }
    return Optional.of(
        new Quote(
            quoted,
            start,
            end,
            paragraphs.indexOf(pair.open()),
            partial,
            headline,
            Optional.empty(),
            Optional.empty(),
            Optional.empty()));
  }

  /**
   * Quoted words nobody said: a transcript's label, a word named as a word, a heading, markup, or a
   * name or title ({@link QuotedNames}).
   */
  private static boolean isNotSpeech(String text, MarkPair pair, String quoted, boolean listed) {
    return TRANSCRIPT_LABEL.matcher(quoted).lookingAt()
        || quoted.length() <= LONGEST_WORD_AS_WORD && WORD_AS_WORD.matcher(quoted).matches()
        || isHeading(quoted)
        || isMarkup(text, pair, quoted)
        || QuotedNames.isNameOrTitle(text, pair, quoted, listed);
  }

  /** The text between the marks, without the white space at either end. */
  private static String quoted(String text, MarkPair pair) {
    int end = pair.close();
    int start = Whitespace.skip(text, pair.open() + 1, end);
    while (end > start && Whitespace.isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean hasLetterOrDigit(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** "Related:": one word ending in a colon introduces what follows; nobody says it. */
  private static boolean isHeading(String quoted) {
    return quoted.length() > 1
        && quoted.charAt(quoted.length() - 1) == ':'
        && wordCount(quoted) == 1;
  }

  /** href="…", {"key": …}, "https://…": attribute values and code, not speech. */
  private static boolean isMarkup(String text, MarkPair pair, String quoted) {
    char before = pair.open() > 0 ? text.charAt(pair.open() - 1) : ' ';
    return before == '='
        || quoted.startsWith("http://")
        || quoted.startsWith("https://")
        || quoted.indexOf('<') >= 0 && quoted.indexOf('>') >= 0
        || quoted.indexOf('{') >= 0 && quoted.indexOf('}') >= 0;
  }

  /**
   * A partial quote is woven into the writer's sentence: it starts in lower case ("dumb,") or
   * follows the writer's words without a colon and does not end a sentence.
   */
  private static boolean isPartial(String text, MarkPair pair, String quoted) {
    char first = firstLetter(quoted);
    if (Character.isLowerCase(first)) {
      return true;
    }
    int i = pair.open() - 1;
    while (i >= 0 && Whitespace.isSpace(text.charAt(i)) && text.charAt(i) != '\n') {
      i--;
    }
    boolean sentenceStart = i < 0 || ":.!?\n—–-(\"“”'‘’".indexOf(text.charAt(i)) >= 0;
    int last = quoted.length() - 1;
    if (last > 0 && (quoted.charAt(last) == ')' || quoted.charAt(last) == ']')) {
      last--;
    }
    boolean endsSentence = ".!?…,".indexOf(quoted.charAt(last)) >= 0;
    return !sentenceStart && !endsSentence;
  }

  private static char firstLetter(String quoted) {
    for (int i = 0; i < quoted.length(); i++) {
      if (Character.isLetter(quoted.charAt(i))) {
        return quoted.charAt(i);
      }
    }
    return ' ';
  }
}
