package io.quotedesk.analysis;

import io.quotedesk.ingest.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a quotation whose attribution stands inside its marks into the quotes on either side: « A,
 * affirme-t-elle. B » · « A, explique Antony Fastier, toxicologue. B » · « A, dit-il, b ». The
 * words between are the writer's, left for the cue finder to read.
 */
final class InnerCues {
  /** A comma, then a word that may be the cue's verb (or its auxiliary). */
  private static final Pattern AFTER_COMMA = Pattern.compile(",\\s+(\\p{L}[\\p{L}’'-]*)");

  /** The end of the cue: a full stop, then the quote goes on; else a comma, or the quote's end. */
  private static final Pattern CUE_END = Pattern.compile("[.;!?]\\s+|[.;!?]?\\s*$");

  private static final Pattern CUE_END_AT_COMMA = Pattern.compile(",\\s+");

  /** A cue inside the marks names a speaker briefly: longer, it is the speaker's own clause. */
  private static final int MAX_CUE_CHARS = 90;

  private InnerCues() {}

  /** The quote itself, or its parts on either side of the cue inside it. */
  static List<Quote> split(Quote quote, String text, CueWords words) {
    String quoted = quote.text();
    Matcher comma = AFTER_COMMA.matcher(quoted);
    while (comma.find()) {
      String word = comma.group(1).toLowerCase(java.util.Locale.ROOT);
      if (!isCue(word, quoted, comma.end(1), words)) {
        continue;
      }
      Matcher end = CUE_END.matcher(quoted).region(comma.end(1), quoted.length());
      if (!end.find() || end.start() - comma.start() > MAX_CUE_CHARS) {
        // « A, dit-il, b »: the cue ends at a comma when no full stop comes soon
        end = CUE_END_AT_COMMA.matcher(quoted).region(comma.end(1), quoted.length());
        if (!end.find() || end.start() - comma.start() > MAX_CUE_CHARS) {
          continue;
        }
      }
      List<Quote> parts = new ArrayList<>();
      part(quote, text, quote.start(), quote.start() + comma.start()).ifPresent(parts::add);
      part(quote, text, quote.start() + end.end(), quote.end()).ifPresent(parts::add);
      return parts.isEmpty() ? List.of(quote) : parts;
    }
    return List.of(quote);
  }

  /**
   * "affirme-t-elle", "explique", "a déclaré", "a-t-il dit": a verb, or an auxiliary before one.
   */
  private static boolean isCue(String word, String quoted, int after, CueWords words) {
    if (words.isVerb(word)
        && (words.pronoun(word).isPresent() || nextIsCapital(quoted, after, words))) {
      return true; // "affirme-t-elle", "explique Antony Fastier"
    }
    if (!words.auxiliaries().contains(CueWords.verbOf(word))) {
      return false;
    }
    Matcher next = Pattern.compile("\\s+(\\p{L}+)").matcher(quoted).region(after, quoted.length());
    return next.lookingAt() && words.isVerb(next.group(1).toLowerCase(java.util.Locale.ROOT));
  }

  /** "explique Antony": a name or a determiner follows the verb, not the rest of a clause. */
  private static boolean nextIsCapital(String quoted, int after, CueWords words) {
    int i = Whitespace.skip(quoted, after, quoted.length());
    if (i >= quoted.length() || i == after) {
      return false;
    }
    int wordEnd = i;
    while (wordEnd < quoted.length() && Character.isLetter(quoted.charAt(wordEnd))) {
      wordEnd++;
    }
    String next = quoted.substring(i, wordEnd).toLowerCase(java.util.Locale.ROOT);
    return Character.isUpperCase(quoted.charAt(i)) || words.determiners().contains(next);
  }

  private static Optional<Quote> part(Quote quote, String text, int start, int end) {
    int from = Whitespace.skip(text, start, end);
    int to = end;
    while (to > from && Whitespace.isSpace(text.charAt(to - 1))) {
      to--;
    }
    if (to - from < 2) {
      return Optional.empty();
    }
    return Optional.of(
        new Quote(
            text.substring(from, to),
            from,
            to,
            quote.paragraph(),
            false,
            quote.headline(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()));
  }
}
