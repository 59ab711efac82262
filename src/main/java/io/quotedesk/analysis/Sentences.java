package io.quotedesk.analysis;

import io.quotedesk.ingest.Whitespace;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Splits paragraphs into sentences. A sentence ends at . ! ? or … (with any closing quotes or
 * brackets after it) before a capital, a digit or an opening quote; "Mr.", "Sen.", "U.S." and
 * initials do not end one.
 */
final class Sentences {
  /** Abbreviations that end in a period without ending the sentence. */
  private static final Set<String> ABBREVIATIONS =
      Lexicon.setOf(
          "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "lt", "gen", "col", "maj", "capt",
          "sgt", "adm", "cmdr", "rev", "hon", "pres", "st", "jr", "sr", "no", "vs", "v", "inc",
          "corp", "co", "ltd", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
          "dec", "u.s", "u.k", "u.n", "d.c", "e.g", "i.e", "a.m", "p.m", "ft", "mt", "ave", "blvd",
          "dept", "est", "approx", "fig", "al", "gens", "reps", "sens", "govs", "supt", "atty");

  /** A company's name ends with these: "Apple Inc.", "News Corp.", "Tour Co.", "Acme Ltd." */
  private static final Set<String> COMPANY_ENDINGS = Lexicon.setOf("inc", "corp", "co", "ltd");

  /** Capitalized words that open a sentence and never go on with a company, a place or a time. */
  private static final Set<String> OPENING_WORDS =
      Set.of(
          "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those",
          "His", "Her", "Its", "Their", "But", "And", "In", "On", "At");

  /**
   * No sentence of news runs this long; past it, a sentence is cut at the next space outside a
   * quotation. A text without periods would otherwise be one sentence, and reading each of its
   * quotes against all of it makes analysis quadratic (a 300 KB paragraph took 5.7 s).
   */
  static final int LONGEST_SENTENCE = 2_000;

  private final Ranges ranges;

  private Sentences(Ranges ranges) {
    this.ranges = ranges;
  }

  /**
   * Sentences of {@code text}; {@code masked} is the same text with quotations blanked out, so a
   * quotation never splits (its own sentences are the speaker's), though one that ends in a period
   * can end the writer's sentence.
   */
  static Sentences of(String text, String masked, Paragraphs paragraphs) {
    return of(text, masked, paragraphs, 0, paragraphs.count(), null);
  }

  /**
   * The same, in a story's language: with its abbreviations ("Mrd. Euro", "Nr. 5") and, in German,
   * ordinal days ("am 3. März"), which end no sentence.
   */
  static Sentences of(
      String text, String masked, Paragraphs paragraphs, Optional<String> language) {
    FigureWords local = language.flatMap(FigureWords::of).orElse(null);
    return of(text, masked, paragraphs, 0, paragraphs.count(), local);
  }

  /**
   * The sentences of paragraphs [from, to) only: a paragraph's sentences never cross into another.
   */
  static Sentences of(String text, String masked, Paragraphs paragraphs, int from, int to) {
    return of(text, masked, paragraphs, from, to, null);
  }

  private static Sentences of(
      String text, String masked, Paragraphs paragraphs, int from, int to, FigureWords local) {
    List<int[]> found = new ArrayList<>();
    for (int p = from; p < to; p++) {
      int start = paragraphs.start(p);
      int end = paragraphs.end(p);
      int sentenceStart = start;
      BitSet closing = null; // read once a sentence end meets a quotation mark
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (i - sentenceStart >= LONGEST_SENTENCE
            && Whitespace.isSpace(c)
            && masked.charAt(i) != Masked.MARK) {
          int next = Whitespace.skip(text, i, end);
          if (next < end) {
            found.add(new int[] {sentenceStart, i});
            sentenceStart = next;
            i = next - 1;
          }
          continue;
        }
        if (c != '.' && c != '!' && c != '?' && c != '…') {
          continue;
        }
        if (masked.charAt(i) == Masked.MARK && !endsMaskedRun(text, masked, i + 1, end)) {
          continue;
        }
        int after = i + 1;
        while (after < end && isCloser(text.charAt(after))) {
          after++;
        }
        if (after >= end || !Whitespace.isSpace(text.charAt(after))) {
          continue;
        }
        int next = Whitespace.skip(text, after, end);
        if (next < end && isQuoteMark(text.charAt(next))) {
          if (closing == null) {
            closing = DetachedQuotes.closingStraightMarks(text, start, end);
          }
          if (DetachedQuotes.closesAlone(text, next, end, closing)) {
            // "stop. ' another said": the mark closes the sentence before it.
            int following = Whitespace.skip(text, next + 1, end);
            if (endsBefore(text, i, following, end, local, true)) {
              found.add(new int[] {sentenceStart, next + 1});
              sentenceStart = following;
              i = following - 1;
            }
            continue;
          }
        }
        if (endsBefore(text, i, next, end, local, false)) {
          found.add(new int[] {sentenceStart, after});
          sentenceStart = next;
          i = next - 1;
        }
      }
      found.add(new int[] {sentenceStart, end});
    }
    return new Sentences(new Ranges(found));
  }

  int count() {
    return ranges.count();
  }

  int start(int i) {
    return ranges.start(i);
  }

  int end(int i) {
    return ranges.end(i);
  }

  /** The sentence holding {@code offset}. */
  int indexOf(int offset) {
    return ranges.indexOf(offset);
  }

  private static boolean endsMaskedRun(String text, String masked, int from, int end) {
    int i = from;
    while (i < end && masked.charAt(i) == Masked.MARK) {
      if (!isCloser(text.charAt(i))) {
        return false;
      }
      i++;
    }
    return true;
  }

  /**
   * The . ! ? or … at {@code mark} ends a sentence before the word at {@code next}: one that opens
   * a sentence, unless the period ends an abbreviation ("Mr. Lee"). After a quotation mark standing
   * apart has closed it, a period ends one before lower case too ("stop. ' another said").
   */
  private static boolean endsBefore(
      String text, int mark, int next, int end, FigureWords local, boolean closedApart) {
    boolean period = text.charAt(mark) == '.';
    return next < end
        && (startsSentence(text.charAt(next)) || closedApart && period)
        && !(period && isAbbreviation(text, mark, next))
        && !(period && local != null && keptBy(local, text, mark, next));
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '\'' || c == '’' || c == '”';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '"'
        || c == '“'
        || c == '\''
        || c == '‘'
        || c == '('
        || c == '['
        || c == '«';
  }

  /**
   * "Apple Inc. Apple declined": after a company's name, a capitalised word followed by one in
   * lower case is the subject of a new clause, not a title that goes on with the name ("Apple Inc.
   * Chief executive" is one) nor a word of time ("Acme Co. Tonight …").
   */
  private static boolean opensClause(String text, String word, int end) {
    String lower = word.toLowerCase(Locale.ROOT);
    return !word.isEmpty()
        && Character.isUpperCase(word.charAt(0))
        && end + 1 < text.length()
        && text.charAt(end) == ' '
        && Character.isLowerCase(text.charAt(end + 1))
        && !Titles.isTitle(lower)
        && !Lexicon.TIME_WORDS.contains(lower);
  }

  /**
   * The same test on words: {@code tokens.get(i)} opens a clause after a company's "Inc." or
   * "Corp." ("Apple Inc. Apple declined"), so that no name runs across the sentence's end.
   */
  static boolean opensClauseAfterCompany(List<Token> tokens, int i) {
    if (i == 0 || i + 1 >= tokens.size()) {
      return false;
    }
    Token company = tokens.get(i - 1);
    Token word = tokens.get(i);
    Token next = tokens.get(i + 1);
    return company.text().endsWith(".")
        && COMPANY_ENDINGS.contains(company.bare())
        && word.isCapitalized()
        && next.isWord()
        && !next.isCapitalized()
        && next.start() == word.end() + 1
        && !Titles.isTitle(word.lower())
        && !Lexicon.TIME_WORDS.contains(word.lower())
        && !OPENING_WORDS.contains(word.text());
  }

  /** "Apple Inc.", "News Corp.": a name ending as a company's does, no person's. */
  static boolean isCompanyName(List<Token> name) {
    Token last = name.get(name.size() - 1);
    return name.size() >= 2 && last.text().endsWith(".") && COMPANY_ENDINGS.contains(last.bare());
  }

  /** "3,5 Mrd. Euro", "am 3. März": the word before the period and the one after it. */
  private static boolean keptBy(FigureWords local, String text, int period, int next) {
    int start = period;
    while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      start--;
    }
    int end = next;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return local.keepsSentence(text.substring(start, period), text.substring(next, end));
  }

  /**
   * "Mr." "U.S." "C." (an initial): the word before the period is an abbreviation, and the word at
   * {@code next} goes on with it. A letter after an apostrophe ends a word ("bought m&m's. Olly
   * …"), and a company's "Corp." or "Inc." ends the sentence before a word that opens one ("bought
   * by News Corp. He …", "Apple Inc. Apple declined …").
   */
  private static boolean isAbbreviation(String text, int period, int next) {
    int start = period;
    while (start > 0
        && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    String word = text.substring(start, period).toLowerCase(Locale.ROOT);
    // "m&m's." ends a word; in "'Gen. Lee Street'" the mark opens a quotation instead
    if (start > 1
        && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '’')
        && Character.isLetter(text.charAt(start - 2))) {
      return false;
    }
    if (word.equals("no")) {
      return Character.isDigit(text.charAt(next)); // "No. 10", but "the answer was no. She left."
    }
    boolean dotted = word.indexOf('.') > 0 && word.length() <= 5; // u.s., d.c., a.m.
    if (COMPANY_ENDINGS.contains(word) || dotted) {
      // "into the U.S. They …", "at 9 a.m. He …": a place or a time ends one as a company does
      int end = next;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      String after = text.substring(next, end);
      return !OPENING_WORDS.contains(after)
          && !(COMPANY_ENDINGS.contains(word) && opensClause(text, after, end));
    }
    return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
  }
}
