package io.quotedesk.analysis;

import static io.quotedesk.analysis.WordsAroundQuote.capitalizedWordEndsAt;
import static io.quotedesk.analysis.WordsAroundQuote.capitalizedWordStartsAt;
import static io.quotedesk.analysis.WordsAroundQuote.containsAny;
import static io.quotedesk.analysis.WordsAroundQuote.wordAfter;
import static io.quotedesk.analysis.WordsAroundQuote.wordBefore;
import static io.quotedesk.analysis.WordsAroundQuote.wordCount;

import io.quotedesk.ingest.Whitespace;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides that quoted words name something rather than quote someone: the title of a work (on "Face
 * the Nation"), a title set off after a piece of writing (Davis' commentary, "Melania, tell your
 * immigrant story," is …), a headline credited to its writer ("Museum to close," by the Ledger's
 * Ann Lee) or a nickname (Dwayne "The Rock" Johnson). Nobody said them.
 */
final class QuotedNames {

  /** Small words that stay lower case in a title: "Face the Nation", "Harbor is the New Home". */
  private static final Pattern TITLE_SMALL_WORD =
      Pattern.compile("(?i)a|an|the|and|or|nor|of|in|on|at|to|for|by|with|from|is|vs\\.?|&");

  /**
   * Words that name what follows as a work: on "Meet the Press", the film "Jaws", Fox's "Hannity".
   */
  private static final Pattern WORK_CUE =
      Pattern.compile(
          "(?iu)on|show|series|program|programme|film|movie|documentary|book|novel|memoir|song"
              + "|album|play|musical|titled|entitled|column|podcast|episode|newspaper|magazine"
              + "|anthem|single|hit|spot|ad|video|clip|trailer|sketch|opera|poem|painting|broadcast|edition"
              + "|premiere|season|\\p{L}+['’]s"
              // the "War On Drugs", a "Commander-in-Chief Forum", his 1994 "Contract with America"
              + "|the|a|an|his|her|its|their|\\d{4}"
              // the nickname "Lyin' Ted", participating in "Barack Obama Election Day"
              + "|nickname|nicknamed|moniker|dubbed|slogan|motto|hashtag|headline|in"
              // the medical drama "Harbor Lights", author of "Cold Water", the host of "Night Desk"
              + "|drama|thriller|sitcom|tune|screening|author|co-author|host"
              // wrote under the pseudonym "Ann Lee": a name, as a nickname is
              + "|pseudonym|pen-name");

  /**
   * Nouns after a quoted title that say it is one: "Keepin' It Real" radio program, or name someone
   * by their part in it: "Silver Creek" star Ana Ruiz, "Night Desk" host Tom Bell.
   */
  private static final Pattern WORK_NOUN_AFTER =
      Pattern.compile(
          "(?iu)(?:[\\s,]*(?:an? |the )?(?:radio |television |tv |talk |web |news )?(?:show|series"
              + "|program|programme|podcast|documentary|film|movie|book|column|segment|forum|event)"
              // not after a comma: "Stop It Now," the actor said
              + "|\\s*(?:star|co-star|host|co-host|anchor|actor|actress|creator))\\b");

  /**
   * Told "Night Desk", in an interview with "Night Desk", speaking to "Night Desk": a programme
   * someone speaks on, where a quotation would follow a colon or a comma.
   */
  private static final Pattern PROGRAM_CUE =
      Pattern.compile("(?i).* told|(?:interview|appearance) with|(?:speaking|talking) to");

  /**
   * "Harbor First" (2009), "Vote Ruiz" (city poster, 2012): a year in parentheses right after the
   * closing mark dates a work or a slogan the writer cites.
   */
  private static final Pattern YEAR_AFTER =
      Pattern.compile("[ \\t\\u00A0]*\\((?:[^()\\n]{0,50}[ ,])?(?:1[89]|20)\\d\\d\\)");

  /** Words for something said: "…" was her answer, came the reply, rang out as a chant. */
  private static final Pattern SAID =
      Pattern.compile(
          "(?iu)answers?|repl(?:y|ies)|responses?|retorts?|verdict|cry|cries|chants?|refrain"
              + "|words?|message|rang|echoed");

  /** Pieces of writing whose title may stand in apposition: Davis' commentary, "Title," is … */
  private static final Pattern WRITING =
      Pattern.compile(
          "commentary|column|op-ed|essay|editorial|article|piece|headline|book|memoir|blog|poem"
              + "|song");

  /** " by the Ledger's", " by Times' ": a credit to a writer or an outlet after a headline. */
  private static final Pattern CREDIT = Pattern.compile(",?[ \\t]+by[ \\t]+(?:the[ \\t]+)?\\p{Lu}");

  private QuotedNames() {}

  /**
   * The quoted words are a nickname, a title of a work, a title in apposition or a credited
   * headline; {@code listed} when they follow a title in a list ("Night Desk" and "The Late Hour").
   */
  static boolean isNameOrTitle(String text, MarkPair pair, String quoted, boolean listed) {
    return isNickname(text, pair, quoted)
        || isTitleOfWork(text, pair, quoted, listed)
        || isTitleInApposition(text, pair, quoted)
        || isCreditedHeadline(text, pair, quoted)
        || isDated(text, pair);
  }

  /** "Harbor First" (2009): a title or slogan the writer dates with a year in parentheses. */
  private static boolean isDated(String text, MarkPair pair) {
    int from = pair.close() + 1;
    return YEAR_AFTER.matcher(text).region(from, Math.min(text.length(), from + 70)).lookingAt();
  }

  /**
   * "Harbor Lights" follows a ferry captain: up to six capitalised words, without the punctuation
   * of speech, open an English sentence and its verb follows them; they name what the sentence is
   * about. "Never" he said, "Go Home," the crowd chanted, "No Justice, No Peace" rang out and
   * "Never" was her answer stay quotes: a word of saying in the sentence says they were said.
   */
  static boolean isTitleAsSubject(String text, MarkPair pair, String quoted) {
    if (containsAny(quoted, ".,!?;…")
        || quoted.endsWith(":")
        || wordCount(quoted) > 6
        || !isTitleCased(quoted)
        || !opensSentence(text, pair.open())
        || pair.close() + 2 >= text.length()
        || text.charAt(pair.close() + 1) != ' ') {
      return false;
    }
    return isPredicate(wordAfter(text, pair.close() + 1)) && !saysItWasSaid(text, pair.close() + 1);
  }

  /**
   * The word after a quote begins what the sentence says of it ("follows", "is"), in lower case and
   * neither a pronoun nor a determiner, which would begin a speaker ("…" she said, the mayor).
   */
  private static boolean isPredicate(String next) {
    return !next.isEmpty()
        && Character.isLowerCase(next.charAt(0))
        && !Lexicon.PRONOUNS.containsKey(next)
        && !Lexicon.DETERMINERS.contains(next);
  }

  /**
   * The rest of the sentence from {@code from} has a speech verb ("…" Hale replied, says Hale) or a
   * word for something said ("…" was her answer, came the reply, became the rallying cry).
   */
  private static boolean saysItWasSaid(String text, int from) {
    int end = from;
    while (end < text.length() && end - from < 200 && ".!?\n".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    for (String word : text.substring(from, end).split("[^\\p{L}'’-]+")) {
      // "a show called "Brokers,"": calling names a thing, it quotes nobody
      boolean naming = word.regionMatches(true, 0, "call", 0, 4);
      if (!naming && SpeechVerbs.isSpeechVerb(word) || SAID.matcher(word).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Only white space, or the end of a sentence or paragraph, stands before {@code mark}. */
  private static boolean opensSentence(String text, int mark) {
    int i = mark - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
      i--;
    }
    return i < 0 || ".!?;\n".indexOf(text.charAt(i)) >= 0;
  }

  /** Dwayne "The Rock" Johnson: a capitalised name on both sides makes a nickname. */
  private static boolean isNickname(String text, MarkPair pair, String quoted) {
    return Character.isUpperCase(quoted.charAt(0))
        && ".,!?;:".indexOf(quoted.charAt(quoted.length() - 1)) < 0
        && capitalizedWordEndsAt(text, pair.open() - 1)
        && capitalizedWordStartsAt(text, pair.close() + 1)
        && pair.close() - pair.open() < 40;
  }

  /**
   * On "Face the Nation", the documentary "13th", Springsteen's "American Skin": capitalised words
   * named as a work by the word before them are a title; nobody said them.
   */
  static boolean isTitleOfWork(String text, MarkPair pair, String quoted, boolean listed) {
    String bare =
        quoted.endsWith(",") || quoted.endsWith(".")
            ? quoted.substring(0, quoted.length() - 1)
            : quoted;
    // the book "Cold Harbor: A Life at Sea": a colon before a capital opens a subtitle
    int colon = bare.indexOf(": ");
    boolean subtitle =
        colon > 0 && colon + 2 < bare.length() && !Character.isLowerCase(bare.charAt(colon + 2));
    String main = subtitle ? bare.substring(0, colon) + bare.substring(colon + 1) : bare;
    if (containsAny(main, ".!?;:") || wordCount(main) > (subtitle ? 12 : 8)) {
      return false;
    }
    // The words' case first: most short quotes fail it, and it costs less than the cues around.
    return isTitleCased(main)
        && (listed || namesAWork(text, pair))
        && !characterizes(text, pair, quoted);
  }

  /**
   * Every word capitalised but the small words a title leaves in lower case: "Face the Nation".
   * Read in place: a copy of each quote, split into words, cost more than the test.
   */
  private static boolean isTitleCased(String words) {
    int i = Whitespace.skip(words, 0, words.length());
    while (i < words.length()) {
      int end = i;
      while (end < words.length() && !Whitespace.isSpace(words.charAt(end))) {
        end++;
      }
      if (Character.isLowerCase(words.charAt(i))
          && !TITLE_SMALL_WORD.matcher(words.substring(i, end)).matches()) {
        return false;
      }
      i = Whitespace.skip(words, end, words.length());
    }
    return true;
  }

  /**
   * Davis' commentary, "Melania, tell your immigrant story," is thoughtful: a quote set off by
   * commas right after a noun for a piece of writing names that piece, in whatever case it is
   * written, unless a speech verb or its subject follows ("…," she wrote).
   */
  private static boolean isTitleInApposition(String text, MarkPair pair, String quoted) {
    int comma = pair.open() - 1;
    while (comma >= 0 && Whitespace.isSpace(text.charAt(comma))) {
      comma--;
    }
    if (comma < 0 || text.charAt(comma) != ',' || !quoted.endsWith(",")) {
      return false;
    }
    String noun = wordBefore(text, comma).toLowerCase(Locale.ROOT);
    if (!WRITING.matcher(noun).matches()) {
      return false;
    }
    String next = wordAfter(text, pair.close() + 1);
    return isPredicate(next)
        && !SpeechVerbs.isSpeechVerb(next) // "…," wrote the mayor
        && !next.equals("i")
        && !next.equals("we");
  }

  /**
   * "Museum to close in May," by the Ledger's Ann Lee: a story's headline credited to its writer,
   * as a newsletter lists the stories it links to; nobody said it. It stands apart from any
   * sentence, and the word after "by" is capitalised: "a "triumph," by all accounts" is no credit.
   */
  private static boolean isCreditedHeadline(String text, MarkPair pair, String quoted) {
    boolean comma =
        quoted.endsWith(",")
            || pair.close() + 1 < text.length() && text.charAt(pair.close() + 1) == ',';
    int before = pair.open() - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    // it stands apart, opening its paragraph or after a label: "FAREWELL—"…," by …"
    boolean apart = before < 0 || "\n—–-:".indexOf(text.charAt(before)) >= 0;
    if (!comma || !apart) {
      return false;
    }
    Matcher credit = CREDIT.matcher(text);
    credit.region(pair.close() + 1, Math.min(text.length(), pair.close() + 40));
    return credit.lookingAt();
  }

  /**
   * Called him a "Stalinist." / an "Outsider," says Lee: after "a" or "an", quoted words that end
   * their clause describe someone; a title after "a" names a kind of thing the next word gives (a
   * "Stop Trump" movement).
   */
  private static boolean characterizes(String text, MarkPair pair, String quoted) {
    String before = wordBefore(text, pair.open());
    char last = quoted.charAt(quoted.length() - 1);
    return (before.equalsIgnoreCase("a") || before.equalsIgnoreCase("an"))
        && ".,!?".indexOf(last) >= 0;
  }

  /** The word before names a work ("on", "film", "Fox's"), or the word after does ("program"). */
  private static boolean namesAWork(String text, MarkPair pair) {
    String before = wordBefore(text, pair.open());
    if (before.equalsIgnoreCase("of")) {
      before = wordBefore(text, pair.open() - 3);
    }
    String cue = wordBefore(text, pair.open() - before.length() - 1) + " " + before;
    return WORK_CUE.matcher(before).matches()
        || PROGRAM_CUE.matcher(cue).matches()
        || WORK_NOUN_AFTER
            .matcher(text.substring(pair.close() + 1, Math.min(text.length(), pair.close() + 40)))
            .lookingAt();
  }
}
