package io.quotedesk.analysis;

import io.quotedesk.ingest.Whitespace;
import java.util.regex.Pattern;

/**
 * Decides, from its glyph and its neighbours, whether a quotation mark can open or close a quote.
 * Curly marks are trusted unless their position says the opposite (a ” before a word opens, as in
 * text that went through a bad converter); straight marks are read from position alone.
 */
final class QuoteMarks {

  /** The two quoting conventions: "double" (US) and 'single' (headlines, British bodies). */
  enum Family {
    DOUBLE,
    SINGLE
  }

  enum Role {
    OPEN,
    CLOSE,
    EITHER,
    NONE
  }

  /** 'em, 'til, 'cause: elisions whose apostrophe stands where an opening mark would. */
  private static final Pattern ELISION =
      Pattern.compile("(?i)(?:em|til|cause|cos|n|tis|twas|bout|round|nuff|ya)(?![\\p{L}\\p{N}]).*");

  private QuoteMarks() {}

  static boolean isDouble(char c) {
    return c == '"'
        || c == '\u201C'
        || c == '\u201D'
        || c == '\u201E'
        || c == '\u201F'
        || c == '\u00AB'
        || c == '\u00BB';
  }

  static boolean isSingle(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
  }

  static boolean isMark(char c, Family family) {
    return family == Family.DOUBLE ? isDouble(c) : isSingle(c);
  }

  /**
   * The role of the mark at {@code i}; {@code open} tells whether a quote of this family is open,
   * which decides whether "allies' " closes a quote or is a possessive.
   */
  static Role role(String text, int i, Family family, boolean open) {
    char c = text.charAt(i);
    char before = i > 0 ? text.charAt(i - 1) : '\n';
    char after = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
    boolean canOpen = opensBefore(before) && !Whitespace.isSpace(after);
    boolean canClose = closesAfter(after) && !Whitespace.isSpace(before);
    if (family == Family.SINGLE) {
      if (isWordChar(before) && isWordChar(after)) {
        return Role.NONE; // NATO's, don't
      }
      if (canOpen
          && (Character.isDigit(after)
              || ELISION
                  .matcher(text.subSequence(i + 1, Math.min(text.length(), i + 8)))
                  .matches())) {
        return Role.NONE; // '90s, 'em
      }
    }
    if (c == '\u00AB' || c == '\u00BB') {
      return guillemet(c, before, after);
    }
    Role role =
        switch (c) {
          case '\u201C', '\u201E', '\u00AB', '\u2018', '\u201A' ->
              canClose && !canOpen || closesAfterASpace(c, before, after, open)
                  ? Role.CLOSE
                  : Role.OPEN;
          case '\u201D', '\u00BB', '\u2019' -> canOpen && !canClose ? Role.OPEN : Role.CLOSE;
          default -> canOpen == canClose ? Role.EITHER : canOpen ? Role.OPEN : Role.CLOSE;
        };
    if (family == Family.SINGLE && role != Role.OPEN && !open) {
      return Role.NONE; // allies' interests: nothing to close, so an apostrophe
    }
    return role;
  }

  /**
   * Guillemets point either way: « Q » (French, with spaces inside, thin or not), «Q» (Swiss,
   * Italian), »Q« (German). A word right after the mark opens, a word right before it closes;
   * between two spaces the glyph decides.
   */
  private static Role guillemet(char c, char before, char after) {
    boolean wordAfter = Character.isLetterOrDigit(after) || isDouble(after) || isSingle(after);
    boolean wordBefore = !Whitespace.isSpace(before) && !opensBefore(before);
    if (wordAfter && !wordBefore) {
      return Role.OPEN; // « Q · «Q · »Q
    }
    if (wordBefore && !wordAfter) {
      return Role.CLOSE; // Q» · Q«
    }
    return c == '\u00AB' ? Role.OPEN : Role.CLOSE; // « Il faut … », glisse-t-elle
  }

  /**
   * German closes with “, and a writer may leave a space before it („… werden können. “ at the end
   * of a paragraph, „Q. “, sagte X): a “ after a space and before a space or punctuation closes the
   * quote that is open.
   */
  private static boolean closesAfterASpace(char c, char before, char after, boolean open) {
    return c == '\u201C'
        && open
        && Whitespace.isSpace(before)
        && (Whitespace.isSpace(after) || ".,;:!?)…".indexOf(after) >= 0);
  }

  private static boolean opensBefore(char c) {
    return Whitespace.isSpace(c) || "([{<—–-/:".indexOf(c) >= 0 || isDouble(c) || isSingle(c);
  }

  private static boolean closesAfter(char c) {
    return Whitespace.isSpace(c)
        || ".,;:!?)]}>—–-/…*".indexOf(c) >= 0
        || isDouble(c)
        || isSingle(c);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
