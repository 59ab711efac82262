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
  /**
   * A comma, or a dash as Polish sets off the writer's words inside a quote („A – mówi X. – B”) or
   * Spanish joins to them («A —afirmó X—, b»), then a word that may be the cue's verb (or its
   * auxiliary).
   */
  private static final Pattern AFTER_COMMA =
      Pattern.compile("(?:,\\s+|\\s[–—]\\s*)(\\p{L}[\\p{L}’'-]*)");

  /**
   * The end of the cue: a full stop, then the quote goes on; a dash joined to the cue's last word,
   * as Spanish closes the writer's words («A —afirmó X—, b»); else a comma, or the quote's end.
   */
  private static final Pattern CUE_END =
      Pattern.compile("[.;!?]\\s+(?:[–—]\\s+)?|(?<=\\p{L})[–—][.,;]?\\s*|[.;!?]?\\s*$");

  private static final Pattern CUE_END_AT_COMMA = Pattern.compile("(?:,|\\s[–—])\\s+");

  /** A cue inside the marks names a speaker briefly: longer, it is the speaker's own clause. */
  private static final int MAX_CUE_CHARS = 90;

  private InnerCues() {}

  /**
   * Articles and particles a title or name may hold: «Sturm der Liebe», «Fragen des Tages», „Bild
   * am Sonntag“, „Zeit zum Handeln“.
   */
  private static final java.util.Set<String> SMALL_WORDS =
      Lexicon.setOf(
          "der", "die", "das", "des", "den", "dem", "und", "für", "von", "mit", "im", "am", "an",
          "auf", "aus", "vom", "zum", "zur", "de", "du", "la", "le", "les", "et", "en", "au", "aux",
          "i", "w", "z", "na", "y", "del", "el", "di", "e", "da", "do", "a");

  /**
   * Pronouns of the speaker and the one spoken to, which open a sentence, not a title: „Wir
   * schaffen das“ wurde berühmt, « Je suis Charlie ».
   */
  private static final java.util.Set<String> SPEAKING_PRONOUNS =
      Lexicon.setOf(
          "ich",
          "wir",
          "du",
          "je",
          "nous",
          "tu",
          "vous",
          "yo",
          "nosotros",
          "io",
          "noi",
          "eu",
          "nós",
          "ja",
          "my");

  /**
   * Indefinite articles and "als", after which capitalised words say what someone called something
   * (sprach von einer „Zumutung“, bezeichnete ihn als „Lügner“), not a title's name.
   */
  private static final java.util.Set<String> KIND_OF =
      Lexicon.setOf("ein", "eine", "einen", "einem", "einer", "eines", "als");

  /** What one speaks of or warns against, right after the verb: sprach von »Trickserei«. */
  private static final java.util.Set<String> SPOKEN_OF = Lexicon.setOf("von", "vor");

  /** "sprach von »X«", "sprach dagegen von »X«": a speech verb a word or two before the quote. */
  private static boolean speechVerbRightBefore(String text, int at, CueWords words) {
    return speechVerbAmongWordsBefore(text, at, words, 1, 3, ".!?,:;\n");
  }

  /** How many words before a quote a speech verb is looked for in its sentence. */
  private static final int VERB_REACH = 12;

  /** A speech verb of the story's language among the words of its sentence before {@code at}. */
  private static boolean speechVerbBefore(String text, int at, CueWords words) {
    return speechVerbAmongWordsBefore(text, at, words, 0, VERB_REACH, ".!?\n");
  }

  /**
   * A speech verb among the words {@code first} to {@code reach} (0 the word right before {@code
   * at}), read back from {@code at} and no further than a mark in {@code stops}.
   */
  private static boolean speechVerbAmongWordsBefore(
      String text, int at, CueWords words, int first, int reach, String stops) {
    int end = at;
    for (int seen = 0; seen < reach && end > 0; seen++) {
      while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
        if (stops.indexOf(text.charAt(end - 1)) >= 0) {
          return false; // the clause or sentence starts here
        }
        end--;
      }
      int begin = end;
      while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
        begin--;
      }
      if (seen >= first
          && words.isVerb(text.substring(begin, end).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
      end = begin;
    }
    return false;
  }

  /** How many words a name or title in quotation marks runs to, at most. */
  private static final int MAX_TITLE_WORDS = 4;

  /**
   * «Telebasel» war da · die Serie «Sturm der Liebe» · «Madame Moneypenny»: a few capitalised words
   * without a sentence's punctuation name a thing, unless a colon or cue joins them to a speaker
   * („Arschloch“: Danni Büchner …), unless a preposition governs them (Neue Folge bei „Sturm der
   * Liebe“: …). Names in guillemets are common where quotes take them too.
   */
  static boolean isNameOrTitle(String text, Quote quote, CueWords words) {
    String quoted = quote.text();
    String[] parts = quoted.split("\\s+");
    if (parts.length > MAX_TITLE_WORDS
        || !Character.isUpperCase(quoted.charAt(0))
        || ".!?…,;:".indexOf(quoted.charAt(quoted.length() - 1)) >= 0
        || quoted.indexOf(',') >= 0) {
      return false;
    }
    if (parts.length > 1
        && SPEAKING_PRONOUNS.contains(parts[0].toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    String preceding = wordBefore(text, quote.start());
    if (parts.length <= 2
        && (KIND_OF.contains(preceding) && speechVerbBefore(text, quote.start(), words)
            || SPOKEN_OF.contains(preceding)
                && speechVerbRightBefore(text, quote.start(), words))) {
      // sprach von einer «Machtdemonstration», nannte den Plan einen „Skandal“, sprach von
      // »Trickserei«
      return false;
    }
    boolean allCapitalised = true;
    for (String part : parts) {
      allCapitalised &=
          Character.isUpperCase(part.charAt(0))
              || SMALL_WORDS.contains(part.toLowerCase(java.util.Locale.ROOT));
    }
    if (allCapitalised
        && (words.obliques().contains(wordBefore(text, quote.start()))
            || isAddressee(text, quote.start(), words))) {
      return true;
    }
    char after = nextVisible(text, quote.end());
    char before = previousVisible(text, quote.start());
    // „Rozmawiałem z Dudą” – powiedział Tusk: a dash after the marks leads to a cue, as a comma
    if (after == ':' || after == ',' || after == '–' || after == '—' || before == ':') {
      return false;
    }
    return allCapitalised || Character.isLetterOrDigit(after);
  }

  /**
   * Sagte der „Rheinpfalz“, man werde … · sagte dem „Weser-Kurier“: „Q“ · powiedział
   * „Rzeczpospolitej”, że …: capitalised words right after a speech verb and its object's article
   * (in Polish, which has none, right after the verb) are the paper spoken to, not a quote.
   */
  private static boolean isAddressee(String text, int start, CueWords words) {
    String before = wordBefore(text, start);
    if (words.determiners().isEmpty()) {
      return words.isVerb(before);
    }
    int article = start;
    while (article > 0 && !Character.isLetter(text.charAt(article - 1))) {
      article--; // back over the mark and the spaces to the article's last letter
    }
    article -= before.length();
    return article > 0
        && (words.determiners().contains(before) || words.objects().contains(before))
        && words.isVerb(wordBefore(text, article));
  }

  /** The word in lower case right before the opening mark: "bei" in bei „Sturm der Liebe“. */
  private static String wordBefore(String text, int start) {
    int end = start;
    while (end > 0 && (Whitespace.isSpace(text.charAt(end - 1)) || isMark(text.charAt(end - 1)))) {
      end--;
    }
    int begin = end;
    while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    return text.substring(begin, end).toLowerCase(java.util.Locale.ROOT);
  }

  /** The first character after the closing mark and its spaces. */
  private static char nextVisible(String text, int end) {
    int i = end;
    while (i < text.length() && (Whitespace.isSpace(text.charAt(i)) || isMark(text.charAt(i)))) {
      i++;
    }
    return i < text.length() ? text.charAt(i) : '\n';
  }

  private static char previousVisible(String text, int start) {
    int i = start - 1;
    while (i >= 0 && (Whitespace.isSpace(text.charAt(i)) || isMark(text.charAt(i)))) {
      i--;
    }
    return i >= 0 ? text.charAt(i) : '\n';
  }

  private static boolean isMark(char c) {
    return QuoteMarks.isDouble(c) || QuoteMarks.isSingle(c);
  }

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
    if (words.isVerb(word)
        && words.droppedSubject(word).isPresent()
        && after < quoted.length()
        && ".,".indexOf(quoted.charAt(after)) >= 0) {
      return true; // „A – dodał. – B”: the verb's ending says who
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
