package io.quotedesk.analysis;

import static io.quotedesk.analysis.SpeechGrammar.isDash;
import static io.quotedesk.analysis.SpeechGrammar.isSpeechVerb;
import static io.quotedesk.analysis.SpeechGrammar.skippable;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The noun phrase beside a speech verb, read without a tagger: the subject before it ("Rep. Jim
 * Jordan (R-Ohio), an oversight panel member, said"), and the names and prepositions within such a
 * phrase. The speaker after a verb ("said the minister") is read by {@link PhrasesAfterVerb}.
 */
final class NounPhrases {
  private static final Set<String> COMPANY_SUFFIXES =
      Lexicon.setOf("inc", "ltd", "llc", "corp", "co", "plc", "gmbh", "ag", "l.p", "lp");

  /** "last week", "this month": words that open a time phrase. */
  private static final Set<String> TIME_OPENERS = Lexicon.setOf("last", "this", "that", "next");

  private static final Set<String> TITLE_MODIFIERS =
      Lexicon.setOf(
          "former", "then", "late", "current", "retired", "incoming", "outgoing", "acting");

  /** "Del", "Calif", "N.C.": a state written short (its full stop may be a token of its own). */
  private static final Pattern STATE_ABBREVIATION =
      Pattern.compile("\\p{Lu}\\p{Ll}{1,4}\\.?|(?:\\p{Lu}\\.)+\\p{Lu}?\\.?");

  /** At most this many parentheses and appositions stand between a subject and its verb. */
  private static final int MAX_ASIDES = 5;

  private NounPhrases() {}

  /**
   * The subject before the verb at {@code verb}, reading leftwards past adverbs, a parenthesis
   * ("(D-Wis.)") and an apposition (", the US president,"), no further than {@code limit}.
   */
  static List<Token> leftPhrase(List<Token> tokens, int verb, int limit) {
    List<Token> phrase = phraseBefore(tokens, verb, limit);
    if (!phrase.isEmpty() && Lexicon.PREPOSITIONS.contains(phrase.get(0).lower())) {
      // "… in Europe had asked": the head lies further left, out of reach; but "At the
      // convention Sen. Ann Ruiz said": a titled name closing the phrase is the subject
      return titledNameAtTheEnd(phrase);
    }
    // "Saturday at the party convention Sen. Ann Ruiz said": where the titled name begins
    List<Token> titled = titledNameAtTheEnd(phrase);
    return titled.isEmpty() ? phrase : titled;
  }

  private static List<Token> titledNameAtTheEnd(List<Token> phrase) {
    int start = phrase.size();
    while (start > 1 && phrase.get(start - 1).isCapitalized()) {
      start--;
    }
    boolean titled =
        phrase.size() - start >= 2
            && Titles.isTitle(phrase.get(start).bare())
            && phrase.get(start - 1).isWord()
            && !phrase.get(start - 1).isCapitalized()
            && !TITLE_MODIFIERS.contains(phrase.get(start - 1).lower()) // "the former Sen. …"
            && !Lexicon.DETERMINERS.contains(phrase.get(start - 1).lower())
            // "who worked for Sen. Ann Ruiz": the object of a preposition is not the subject
            && !Lexicon.PREPOSITIONS.contains(phrase.get(start - 1).lower());
    return titled ? phrase.subList(start, phrase.size()) : List.of();
  }

  /** The words before the verb at {@code verb}, as {@link #leftPhrase} reads them. */
  static List<Token> phraseBefore(List<Token> tokens, int verb, int limit) {
    return pastAsides(tokens, beforeAdverbs(tokens, verb, limit), limit, MAX_ASIDES);
  }

  /**
   * "Ann Ruiz (D-Ohio) last week said", "The department two weeks ago said": the index before the
   * adverbs and the phrase of time between a subject and its verb at {@code verb}.
   */
  private static int beforeAdverbs(List<Token> tokens, int verb, int limit) {
    int i = verb - 1;
    while (i >= limit && tokens.get(i).isWord() && skippable(tokens.get(i))) {
      i--;
    }
    if (i > limit
        && Lexicon.TIME_WORDS.contains(tokens.get(i).lower())
        && TIME_OPENERS.contains(tokens.get(i - 1).lower())) {
      i -= 2;
    }
    return beforeAgo(tokens, i, limit);
  }

  /**
   * "Rep. Jim Jordan (R-Ohio), an oversight panel member, said" and "Michael Mulgrew, president of
   * the union, which represents teachers, said": the phrase ending at {@code i}, stepping back over
   * at most {@code steps} parentheses and appositions to the name they describe.
   */
  /**
   * The dash that opens the aside closed by the dash at {@code close}, within a short clause and
   * after a capitalised word (the name the aside describes), or -1.
   */
  private static int openingDash(List<Token> tokens, int close, int limit) {
    for (int k = close - 2; k > limit && close - k <= 20; k--) {
      Token token = tokens.get(k);
      if (token.isQuote() || token.is(".") || token.is(";")) {
        return -1;
      }
      if (isDash(token)) {
        return tokens.get(k - 1).isCapitalized() ? k : -1;
      }
    }
    return -1;
  }

  private static List<Token> pastAsides(List<Token> tokens, int i, int limit, int steps) {
    if (steps == 0 || i < limit) {
      return wordsEndingAt(tokens, i, limit);
    }
    Token token = tokens.get(i);
    int beforeState = token.is(",") ? commaBeforeState(tokens, i, limit) : -1;
    if (beforeState >= 0) {
      // "Ella Marsh, 30, of Dover, Del., said": the hometown's state
      return pastAsides(tokens, beforeState, limit, steps - 1);
    }
    if (token.is(")")) {
      return pastAsides(tokens, openingParenthesis(tokens, i, limit) - 1, limit, steps - 1);
    }
    int openingDash = isDash(token) ? openingDash(tokens, i, limit) : -1;
    if (openingDash > limit) {
      // "Newt Baker — named by the paper as a top choice — told Ann Ruiz": an aside in dashes
      return pastAsides(tokens, openingDash - 1, limit, steps - 1);
    }
    if (token.is(",")) {
      return pastCommaAside(tokens, i, limit, steps);
    }
    if (isAge(token) && i - 1 > limit && tokens.get(i - 1).is(",")) {
      // "Ella Marsh, 41, of Camden, N.J., said": the age follows the name it belongs to
      return pastAsides(tokens, i - 2, limit, steps - 1);
    }
    return wordsEndingAt(tokens, i, limit);
  }

  /** {@link #pastAsides} where an aside closes with the comma at {@code close}. */
  private static List<Token> pastCommaAside(List<Token> tokens, int close, int limit, int steps) {
    int comma = openingComma(tokens, close, limit);
    if (comma < limit || !(tokens.get(comma).is(",") || tokens.get(comma).is(")"))) {
      return List.of();
    }
    if (close - comma == 2 && COMPANY_SUFFIXES.contains(tokens.get(comma + 1).bare())) {
      // "…, Senior Vice President for Dräger, Inc., says": Inc. ends the company, no step taken
      return pastAsides(tokens, comma, limit, steps);
    }
    if (isNameBetweenCommas(tokens, comma, close)) {
      return tokens.subList(comma + 1, close); // "Ann Ruiz's spokesman, Tom Hale, said": Hale
    }
    if (tokens.get(comma).is(",") && commaBeforeState(tokens, comma, limit) >= 0) {
      // "…, of Dover, Del., who was polled, said": the state comes next
      return pastAsides(tokens, comma, limit, steps - 1);
    }
    int i = beforeApposition(tokens, comma, limit);
    return i >= limit && tokens.get(i).isCapitalized()
        ? wordsEndingAt(tokens, i, limit)
        : pastAsides(tokens, i, limit, steps - 1);
  }

  /** The index of the "(" that the ")" at {@code close} closes; below {@code limit} for none. */
  private static int openingParenthesis(List<Token> tokens, int close, int limit) {
    int open = close;
    while (open >= limit && !tokens.get(open).is("(")) {
      open--;
    }
    return open;
  }

  /**
   * The index of the comma, parenthesis or quote mark before the comma at {@code close}, at most 24
   * words back; whatever stands there, or below {@code limit}, when there is none.
   */
  private static int openingComma(List<Token> tokens, int close, int limit) {
    int comma = close - 1;
    while (comma >= limit
        && !tokens.get(comma).is(",")
        && !tokens.get(comma).is(")")
        && !tokens.get(comma).isQuote()
        && close - comma < 24) {
      comma--;
    }
    return comma;
  }

  /**
   * The index before the comma at {@code comma} that opens an apposition, and before one more
   * apposition when one precedes it ("…, president of the union, which …").
   */
  private static int beforeApposition(List<Token> tokens, int comma, int limit) {
    int i = tokens.get(comma).is(")") ? comma : comma - 1;
    int segment = startOfWords(tokens, i, limit);
    if (!opensApposition(tokens, segment, limit)) {
      return i;
    }
    i = segment - 2;
    // "Ann Ruiz, assistant secretary for population, refugees, and migration, said": the items
    // of a list inside the apposition, back to the name it describes
    int item = i;
    for (int items = 0; items < 3 && item > limit && tokens.get(item).isWord(); items++) {
      segment = startOfWords(tokens, item, limit);
      if (tokens.get(item).isCapitalized() || !opensApposition(tokens, segment, limit)) {
        break;
      }
      item = segment - 2;
      if (item >= limit && tokens.get(item).isCapitalized()) {
        return item;
      }
    }
    return i;
  }

  private static int startOfWords(List<Token> tokens, int i, int limit) {
    int segment = i;
    while (segment > limit && tokens.get(segment - 1).isWord() && i - segment < 24) {
      segment--;
    }
    return segment;
  }

  private static boolean opensApposition(List<Token> tokens, int segment, int limit) {
    return segment > limit
        && tokens.get(segment - 1).is(",")
        && tokens.get(segment).isWord()
        && !tokens.get(segment).isCapitalized();
  }

  /**
   * The subject's words ending at {@code end}, read leftwards up to ten words: "the leader of an
   * unnamed "big country" in Europe"; empty when {@code end} lies below {@code limit}.
   */
  private static List<Token> wordsEndingAt(List<Token> tokens, int end, int limit) {
    if (end < limit) {
      return List.of();
    }
    int i = end;
    while (i >= limit && end - i < 10) {
      Token token = tokens.get(i);
      // "the leader of an unnamed "big country" in Europe asked": a quoted word inside the phrase
      boolean quotedModifier =
          token.isQuote() && Lexicon.PREPOSITIONS.contains(tokens.get(i + 1).lower());
      if (!token.isWord() && !quotedModifier || isSpeechVerb(token) && i != end) {
        break;
      }
      String lower = token.lower();
      boolean pronounSubject = i == end && Lexicon.PRONOUNS.containsKey(lower); // "what it calls"
      if (Lexicon.PHRASE_STOPS.contains(lower)
          && !Lexicon.PREPOSITIONS.contains(lower)
          && !pronounSubject
          && !(lower.equals("and") && describesBefore(tokens, i, limit))) {
        break;
      }
      i--;
      if (pronounSubject) {
        break;
      }
    }
    return tokens.subList(i + 1, end + 1);
  }

  /**
   * Where ", Del.," or ", N.C.," ends at {@code comma}: the index of the comma before the state
   * written short; -1 otherwise.
   */
  private static int commaBeforeState(List<Token> tokens, int comma, int limit) {
    int k = comma - 1;
    boolean stop = k >= limit && tokens.get(k).is(".");
    if (stop) {
      k--;
    }
    if (k - 1 < limit || !tokens.get(k - 1).is(",")) {
      return -1;
    }
    String text = tokens.get(k).text();
    boolean shortened = stop || text.endsWith(".");
    return shortened && STATE_ABBREVIATION.matcher(text).matches() ? k - 1 : -1;
  }

  /**
   * "The department less than two weeks ago said": where "… ago" ends at {@code i}, the index
   * before the phrase; {@code i} otherwise.
   */
  private static int beforeAgo(List<Token> tokens, int i, int limit) {
    if (i - 2 < limit || !tokens.get(i).lower().equals("ago")) {
      return i;
    }
    String unit = tokens.get(i - 1).lower();
    String singular = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    Token count = tokens.get(i - 2);
    if (!Lexicon.TIME_WORDS.contains(singular) || count.isCapitalized() || !count.isWord()) {
      return i;
    }
    int k = i - 3;
    if (k - 1 >= limit && tokens.get(k).lower().equals("than")) {
      k -= 2; // "less than", "more than"
    }
    return k;
  }

  /** "41" in "Ella Marsh, 41, said": a person's age, written in digits. */
  private static boolean isAge(Token token) {
    String text = token.text();
    return text.length() <= 3 && !text.isEmpty() && text.chars().allMatch(Character::isDigit);
  }

  /**
   * "The former first lady and U.S. senator said": the words before "and" are one more description
   * of the same person, opened by "the".
   */
  private static boolean describesBefore(List<Token> tokens, int and, int limit) {
    for (int i = and - 1; i >= limit && and - i <= 4; i--) {
      Token token = tokens.get(i);
      if (!token.isWord() || Lexicon.PHRASE_STOPS.contains(token.lower())) {
        return false;
      }
      if (token.lower().equals("the")) {
        return i == limit || !tokens.get(i - 1).isWord();
      }
      if (token.isCapitalized() && !Titles.isTitle(token.bare()) && i == and - 1) {
        return false; // a name: "Trump and Clinton said" are two people; "the Democratic
        // front-runner and former senator said" is one
      }
    }
    return false;
  }

  /** ", Tom Hale," after a role written in lower case ("spokesman"): the name of that role. */
  private static boolean isNameBetweenCommas(List<Token> tokens, int open, int close) {
    if (!tokens.get(open).is(",") || close - open < 2 || open == 0) {
      return false;
    }
    Token role = tokens.get(open - 1);
    if (!role.isWord() || role.isCapitalized() && !Titles.isTitle(role.bare())) {
      return false; // "spokesman" or "The Prime Minister", not a list of names
    }
    for (int k = open + 1; k < close; k++) {
      if (!tokens.get(k).isCapitalized()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name a subject ends in: "US President Joe Biden". A name followed by a common noun only
   * modifies it ("the New York businessman", "Trump's campaign"). {@code surnames} are the story's
   * surnames that read like other words ("Fleming"; see {@link NameRuns#surnamesAfterFirstNames}).
   */
  static List<Token> properNames(List<Token> subject, Set<String> surnames) {
    List<List<Token>> runs = NameRuns.in(subject, word -> false, false, surnames);
    for (int r = 0; r < runs.size(); r++) {
      List<Token> run = runs.get(r);
      Token last = run.get(run.size() - 1);
      int after = subject.indexOf(last) + 1;
      boolean modifier =
          after < subject.size()
              && subject.get(after).isWord()
              && !Lexicon.PREPOSITIONS.contains(subject.get(after).lower())
              && (!subject.get(after).isCapitalized()
                  // "Human Rights Watch director Tom Fitton": a body's name that goes on in a
                  // capital no name holds describes the person named after it
                  || r + 1 < runs.size() && runs.get(r + 1).get(0) != subject.get(after));
      if (!NameRuns.isPossessive(last) && !modifier) {
        return run;
      }
    }
    return List.of();
  }

  static List<Token> beforePreposition(List<Token> phrase) {
    for (int i = 1; i < phrase.size(); i++) {
      if (Lexicon.PREPOSITIONS.contains(phrase.get(i).lower())) {
        return phrase.subList(0, i);
      }
    }
    return phrase;
  }

  static List<Token> afterLastPreposition(List<Token> phrase) {
    for (int i = phrase.size() - 1; i >= 0; i--) {
      if (Lexicon.PREPOSITIONS.contains(phrase.get(i).lower())) {
        return phrase.subList(i + 1, phrase.size());
      }
    }
    return phrase;
  }
}
