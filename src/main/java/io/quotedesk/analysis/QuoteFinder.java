package io.quotedesk.analysis;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quoted passages: pairs quotation marks paragraph by paragraph, carries a quote over
 * paragraphs that reopen it ("… / "… / …"), drops marks left open so they never swallow the rest of
 * the article, and leaves out titles of works, nicknames and markup.
 */
final class QuoteFinder {

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
              + "|drama|thriller|sitcom|tune|screening|author|co-author|host");

  /**
   * because "she" is a "he": a lone pronoun or article in quotation marks is a word, not speech.
   */
  private static final Pattern WORD_AS_WORD =
      Pattern.compile(
          "(?iu)(?:he|she|it|they|we|you|i|him|her|them|us|me|his|hers|its|their|the|a|an)[.,!?]?");

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

  /** Pieces of writing whose title may stand in apposition: Davis' commentary, "Title," is … */
  private static final Pattern WRITING =
      Pattern.compile(
          "commentary|column|op-ed|essay|editorial|article|piece|headline|book|memoir|blog|poem"
              + "|song");

  /**
   * "so-called", and the words of six languages that name a term, call it so or give it as an
   * example: sogenannte „X“, der Begriff „X“, tzw. „X”, słowo „X”, le terme « X », il cosiddetto
   * «X», el llamado «X», zum Beispiel «X».
   */
  private static final Pattern SO_CALLED =
      Pattern.compile(
          "(?iu)so-called|sogenannte[nmrs]?|genannte[nmrs]?|begriff|wort|stichwort|tzw\\."
              + "|zwan\\p{L}*|słowo|termin|pojęcie|określenie|soi-disant|terme|mot"
              + "|cosiddett[oaie]|termine|parola|llamad[oa]s?|término|palabra"
              + "|chamad[oa]s?|palavra"
              // the concept "X": filozofia „zero waste”, das Prinzip „Fördern und Fordern“
              + "|koncepcj\\p{L}*|filozofi\\p{L}*|zasad\\p{L}*|ide[aęią]|konzepts?|prinzips?"
              + "|philosophie|idee|concept|principe|notion|idée|concetto|principio|filosofia"
              + "|concepto|conceito"
              // an example of a word: zum Beispiel «die Schauspieler», par exemple « X »
              + "|beispiel|exemple|przykład|ejemplo|esempio|exemplo");

  /** "means" in five languages, before the meaning of a word: oznacza „…”, bedeutet „…“. */
  private static final Pattern MEANS =
      Pattern.compile("(?iu)oznacza|znaczy|bedeutet|signifie|significa|significano|significam");

  /** " by the Ledger's", " by Times' ": a credit to a writer or an outlet after a headline. */
  private static final Pattern CREDIT = Pattern.compile(",?[ \\t]+by[ \\t]+(?:the[ \\t]+)?\\p{Lu}");

  private static final Pattern SCARE_DETERMINER =
      Pattern.compile("(?i)the|a|an|its|their|his|her|our|this|these|those|separate|only");
  private static final Pattern CHARACTERIZATION =
      Pattern.compile("(?i)as|like|to|be|being|was|is|were|are|called|calling|of");

  /**
   * "WALLACE: …" / "PENCE: …": a transcript quoted turn by turn. Each turn is the labelled
   * person's, told by the label, not a quotation of the writer's, and a turn never continues the
   * one before.
   */
  private static final Pattern TRANSCRIPT_LABEL =
      Pattern.compile("\\p{Lu}[\\p{Lu}.'’ -]{1,30}\\p{Lu}:\\s");

  /** How many tokens either side of a short quote a cue of another language is looked for. */
  private static final int NEAR_CUE_TOKENS = 12;

  /** How far back {@link #wordBefore} looks: no cue word is longer. */
  private static final int WORD_REACH = 60;

  /** One pair of matched marks: the quote runs between them. */
  private record Pair(int open, int close) {}

  List<Quote> find(Article article, Paragraphs paragraphs) {
    String text = article.text();
    Optional<CueWords> words = article.metadata().language().flatMap(CueWords::of);
    List<Quote> quotes = new ArrayList<>();
    int firstBody = 0;
    Optional<TextRange> headline = article.headline();
    if (headline.isPresent() && paragraphs.count() > 0) {
      firstBody = 1;
      Family family = familyOf(text, headline.get());
      for (Pair pair : match(text, paragraphs, 0, 1, family, article)) {
        toQuote(text, pair, paragraphs, true, false, words)
            // Neue Folge bei „Sturm der Liebe“: … names a series in a headline as in the body
            .filter(q -> words.isEmpty() || !InnerCues.isNameOrTitle(text, q, words.get()))
            .ifPresent(quotes::add);
      }
    }
    // Body text quotes with double marks; single marks there are apostrophes or nested quotes.
    int titleClose = -1; // the closing mark of the last title of a work
    Set<String> terms = new HashSet<>();
    for (Pair pair :
        match(text, paragraphs, firstBody, paragraphs.count(), Family.DOUBLE, article)) {
      boolean listed = continuesList(text, titleClose, pair.open());
      Optional<Quote> quote = toQuote(text, pair, paragraphs, false, listed, words);
      if (quote.isPresent()
          && words.isPresent()
          && (InnerCues.isNameOrTitle(text, quote.get(), words.get())
              || QuotedLists.fillsParenthesis(text, quote.get())
              || terms.contains(quote.get().text().toLowerCase(Locale.ROOT)))) {
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
      } else if (isTitleOfWork(text, pair, quoted(text, pair), listed)) {
        titleClose = pair.close();
      }
    }
    return quotes;
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
  private static List<Pair> match(
      String text, Paragraphs paragraphs, int from, int to, Family family, Article article) {
    List<Pair> pairs = new ArrayList<>();
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
            pairs.add(new Pair(stack[--depth], i));
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
  private static List<Pair> outermost(List<Pair> pairs) {
    pairs.sort(Comparator.comparingInt(Pair::open));
    List<Pair> kept = new ArrayList<>();
    int reach = -1;
    for (Pair pair : pairs) {
      if (pair.open() > reach) {
        kept.add(pair);
        reach = pair.close();
      }
    }
    return kept;
  }

  private static Optional<Quote> toQuote(
      String text,
      Pair pair,
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
    if (TRANSCRIPT_LABEL.matcher(quoted).lookingAt()
        || WORD_AS_WORD.matcher(quoted).matches()
        || isHeading(quoted)
        || isMarkup(text, pair, quoted)
        || isNickname(text, pair, quoted)
        || isTitleOfWork(text, pair, quoted, listed)
        || isTitleInApposition(text, pair, quoted)
        || isCreditedHeadline(text, pair, quoted)) {
      return Optional.empty();
    }
    boolean partial = !headline && isPartial(text, pair, quoted);
    // Judge blocks state's 'free speech' law: a headline weaves scare quotes in as a body does
    boolean woven = partial || headline && isPartial(text, pair, quoted);
    if (woven && isScareQuote(text, pair, quoted, paragraphs, words)) {
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

  /** The text between the marks, without the white space at either end. */
  private static String quoted(String text, Pair pair) {
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
  private static boolean isMarkup(String text, Pair pair, String quoted) {
    char before = pair.open() > 0 ? text.charAt(pair.open() - 1) : ' ';
    return before == '='
        || quoted.startsWith("http://")
        || quoted.startsWith("https://")
        || quoted.indexOf('<') >= 0 && quoted.indexOf('>') >= 0
        || quoted.indexOf('{') >= 0 && quoted.indexOf('}') >= 0;
  }

  /** Dwayne "The Rock" Johnson: a capitalised name on both sides makes a nickname. */
  private static boolean isNickname(String text, Pair pair, String quoted) {
    return Character.isUpperCase(quoted.charAt(0))
        && ".,!?;:".indexOf(quoted.charAt(quoted.length() - 1)) < 0
        && capitalizedWordEndsAt(text, pair.open() - 1)
        && capitalizedWordStartsAt(text, pair.close() + 1)
        && pair.close() - pair.open() < 40;
  }

  /** The token before {@code space} is capitalised: "Robert C." "Dwayne". */
  private static boolean capitalizedWordEndsAt(String text, int space) {
    if (space < 1 || text.charAt(space) != ' ') {
      return false;
    }
    int i = space;
    while (i > 0 && !Whitespace.isSpace(text.charAt(i - 1))) {
      i--;
    }
    if (i == space || !Character.isUpperCase(text.charAt(i))) {
      return false;
    }
    for (int k = i + 1; k < space; k++) {
      if (!Character.isLetter(text.charAt(k)) && text.charAt(k) != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalizedWordStartsAt(String text, int space) {
    return space + 1 < text.length()
        && text.charAt(space) == ' '
        && Character.isUpperCase(text.charAt(space + 1))
        && space + 2 < text.length()
        && Character.isLowerCase(text.charAt(space + 2));
  }

  /**
   * On "Face the Nation", the documentary "13th", Springsteen's "American Skin": capitalised words
   * named as a work by the word before them are a title; nobody said them.
   */
  private static boolean isTitleOfWork(String text, Pair pair, String quoted, boolean listed) {
    String bare =
        quoted.endsWith(",") || quoted.endsWith(".")
            ? quoted.substring(0, quoted.length() - 1)
            : quoted;
    // the book "Cold Harbor: A Life at Sea": a colon before a capital opens a subtitle
    int colon = bare.indexOf(": ");
    boolean subtitle =
        colon > 0 && colon + 2 < bare.length() && !Character.isLowerCase(bare.charAt(colon + 2));
    String main = subtitle ? bare.substring(0, colon) + bare.substring(colon + 1) : bare;
    if (containsAny(main, ".!?;:")
        || wordCount(main) > (subtitle ? 12 : 8)
        || !(listed || namesAWork(text, pair))) {
      return false;
    }
    String[] words = Whitespace.normalize(main).split(" ");
    for (String word : words) {
      boolean capitalized = !word.isEmpty() && !Character.isLowerCase(word.charAt(0));
      if (!capitalized && !TITLE_SMALL_WORD.matcher(word).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Davis' commentary, "Melania, tell your immigrant story," is thoughtful: a quote set off by
   * commas right after a noun for a piece of writing names that piece, in whatever case it is
   * written, unless a speech verb or its subject follows ("…," she wrote).
   */
  private static boolean isTitleInApposition(String text, Pair pair, String quoted) {
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
    return !next.isEmpty()
        && Character.isLowerCase(next.charAt(0))
        && !SpeechVerbs.isSpeechVerb(next)
        && !Lexicon.PRONOUNS.containsKey(next)
        && !Lexicon.DETERMINERS.contains(next) // "…," the mayor wrote
        && !next.equals("i")
        && !next.equals("we");
  }

  /**
   * "Museum to close in May," by the Ledger's Ann Lee: a story's headline credited to its writer,
   * as a newsletter lists the stories it links to; nobody said it. It stands apart from any
   * sentence, and the word after "by" is capitalised: "a "triumph," by all accounts" is no credit.
   */
  private static boolean isCreditedHeadline(String text, Pair pair, String quoted) {
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

  private static String wordAfter(String text, int position) {
    int start = Whitespace.skip(text, position, text.length());
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  /** The word before names a work ("on", "film", "Fox's"), or the word after does ("program"). */
  private static boolean namesAWork(String text, Pair pair) {
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

  /**
   * The word before {@code position} in its paragraph; "" at a paragraph's start. It looks back at
   * most {@code WORD_REACH} characters, so a run of marks without spaces costs no more than a word.
   */
  private static String wordBefore(String text, int position) {
    int end = Math.max(0, position);
    int reach = Math.max(0, end - WORD_REACH);
    while (end > reach
        && (Whitespace.isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      if (text.charAt(end - 1) == '\n') {
        return ""; // the last word of the paragraph before says nothing about this quote
      }
      end--;
    }
    int start = end;
    while (start > reach && !Whitespace.isSpace(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }

  /**
   * Tea Party "super PACs", the "sex tape" reference: a few words in quotation marks, woven into a
   * sentence where nobody speaks, are the writer's distance from a term, not speech.
   */
  private static boolean isScareQuote(
      String text, Pair pair, String quoted, Paragraphs paragraphs, Optional<CueWords> words) {
    String before = wordBefore(text, pair.open());
    // oznacza „nasycenie alkoholem w domu”: what a word means, in the writer's sentence
    boolean label = isLabel(text, pair, quoted) || MEANS.matcher(before).matches();
    if (wordCount(quoted) > 3 && !label) {
      return false;
    }
    if (SO_CALLED.matcher(before).matches() || isGlossInParentheses(text, pair, quoted)) {
      return true;
    }
    if (isListedWithQuotes(text, pair, before)) {
      return false;
    }
    boolean afterDeterminer =
        (SCARE_DETERMINER.matcher(before).matches()
                || words.isPresent()
                    && (words.get().opensTerm(before)
                        || wordCount(quoted) <= 2
                            && words
                                .get()
                                .opensTermWithoutArticle(lowerAtStart(text, pair, before))))
            // Trump as a "strong leader": someone's words for someone
            && !CHARACTERIZATION
                .matcher(wordBefore(text, pair.open() - before.length() - 1))
                .matches();
    if (!afterDeterminer && !label && !qualifiesANoun(text, pair, quoted, before, words)) {
      return false;
    }
    // Only the quote's own paragraph is split into sentences: few quotes get this far.
    int paragraph = paragraphs.indexOf(pair.open());
    Sentences sentences = Sentences.of(text, text, paragraphs, paragraph, paragraph + 1);
    int sentence = sentences.indexOf(pair.open());
    int start = sentences.start(sentence);
    int end = Math.max(sentences.end(sentence), pair.close());
    return !hasSpeechVerb(text, start, pair.open(), words, true)
        && !hasSpeechVerb(text, pair.close() + 1, end, words, false);
  }

  /** The word before a quote, lower-cased when it opens its sentence ("Współczesne „X”"). */
  private static String lowerAtStart(String text, Pair pair, String before) {
    int at = text.lastIndexOf(before, pair.open());
    int k = at - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return at >= 0 && (k < 0 || ".!?\n".indexOf(text.charAt(k)) >= 0)
        ? before.toLowerCase(Locale.ROOT)
        : before;
  }

  /**
   * Miejskie winiarnie („urban wineries”), das Wort „hygge“ („Gemütlichkeit“): a few words in
   * quotation marks that fill a parenthesis translate or name a term; nobody said them.
   */
  private static boolean isGlossInParentheses(String text, Pair pair, String quoted) {
    return wordCount(quoted) <= 3
        && pair.open() > 0
        && text.charAt(pair.open() - 1) == '('
        && pair.close() + 1 < text.length()
        && text.charAt(pair.close() + 1) == ')';
  }

  /**
   * Promoting "magic" weight loss pills, Tea Party "super PACs" supported by …: a word or two in
   * lower case, set right before the noun they qualify, unless they stand in a list of quoted words
   * ("stronger" and "more viable" enterprise), which someone said.
   */
  private static boolean qualifiesANoun(
      String text, Pair pair, String quoted, String before, Optional<CueWords> words) {
    if (wordCount(quoted) > 2
        || !Character.isLowerCase(quoted.charAt(0))
        || containsAny(quoted, ".,!?;:")
        || CHARACTERIZATION.matcher(before).matches()) {
      return false;
    }
    String noun = nounAfter(text, pair);
    // l’ait classé « cancérogène probable » en 2015: a preposition, not a noun, follows
    return !noun.isEmpty() && !(words.isPresent() && words.get().isFunctionWord(noun));
  }

  /**
   * The lower-case word right after the closing mark and a space, when it can be a noun (no
   * function word or preposition); empty otherwise.
   */
  private static String nounAfter(String text, Pair pair) {
    if (pair.close() + 1 >= text.length() || text.charAt(pair.close() + 1) != ' ') {
      return "";
    }
    String next = wordAfter(text, pair.close() + 1);
    return !next.isEmpty()
            && Character.isLowerCase(next.charAt(0))
            && !Lexicon.PHRASE_STOPS.contains(next)
            && !Lexicon.PREPOSITIONS.contains(next)
        ? next
        : "";
  }

  /**
   * Wearing "Vote Ruiz Now" shirts, a "Harbor First" bus tour: capitalised words set right before a
   * lower-case noun are the name or slogan printed on a thing, when nobody speaks.
   */
  private static boolean isLabel(String text, Pair pair, String quoted) {
    int words = wordCount(quoted);
    if (words < 2 // "Leave" voters: one capitalised word may be a party's or a side's name
        || words > 5
        || !Character.isUpperCase(quoted.charAt(0))
        || containsAny(quoted, ".,!?;:")) {
      return false;
    }
    String next = nounAfter(text, pair);
    // "Closed for good" painted on it: a verb, no noun, follows
    return !next.isEmpty() && !next.endsWith("ed");
  }

  /** "stronger" and "more viable": quoted words in a list with other quoted words. */
  private static boolean isListedWithQuotes(String text, Pair pair, String before) {
    if (before.equals("and") || before.equals("or")) {
      int i = pair.open() - before.length() - 1;
      while (i > 0 && Whitespace.isSpace(text.charAt(i - 1))) {
        i--;
      }
      if (i > 0 && QuoteMarks.isDouble(text.charAt(i - 1))) {
        return true;
      }
    }
    int wordStart = Whitespace.skip(text, pair.close() + 1, text.length());
    String after = wordAfter(text, wordStart);
    int i = Whitespace.skip(text, wordStart + after.length(), text.length());
    return (after.equals("and") || after.equals("or"))
        && i < text.length()
        && QuoteMarks.isDouble(text.charAt(i));
  }

  /**
   * A speech verb among the writer's words, not a noun it doubles as ("The Post", "a call"), or
   * "according to"; in another language, its speech verbs and cues too when they stand near the
   * quote (sagte, selon X, sei), not in a clause of their own further off (Die «Fibel», an der …,
   * weist … hin und stellt Begriffe klar).
   */
  private static boolean hasSpeechVerb(
      String text, int from, int to, Optional<CueWords> words, boolean beforeQuote) {
    List<Token> tokens = Token.of(text, from, to);
    int near = beforeQuote ? tokens.size() - NEAR_CUE_TOKENS : NEAR_CUE_TOKENS;
    for (int k = 0; k < tokens.size(); k++) {
      boolean close = beforeQuote ? k >= near : k < near;
      if (SpeechGrammar.isSpeechVerbAt(tokens, k)
          || SpeechGrammar.isAccordingTo(tokens, k)
          || close && words.isPresent() && words.get().cuesSpeech(tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A partial quote is woven into the writer's sentence: it starts in lower case ("dumb,") or
   * follows the writer's words without a colon and does not end a sentence.
   */
  private static boolean isPartial(String text, Pair pair, String quoted) {
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

  private static boolean containsAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Words separated by white space (non-breaking spaces too). */
  private static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Whitespace.isSpace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
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
