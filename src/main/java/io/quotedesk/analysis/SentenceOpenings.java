package io.quotedesk.analysis;

import static io.quotedesk.analysis.SpeechGrammar.endOfCapitals;
import static io.quotedesk.analysis.SpeechGrammar.isDash;
import static io.quotedesk.analysis.SpeechGrammar.isDeterminer;

import java.util.List;
import java.util.Set;

/**
 * Where a sentence's subject starts: past a dateline ("DAYTON, Ohio — "), a conjunction ("But "),
 * an opening adverbial ("On Wednesday, ") and an adverb ("even the crowd").
 */
final class SentenceOpenings {
  /** Words that open a relative clause set off by commas: ", which votes next week,". */
  private static final Set<String> RELATIVE_ASIDES = Lexicon.setOf("which", "where", "who");

  private static final Set<String> ADVERBS_BEFORE_SUBJECT = Lexicon.setOf("even", "also");

  private static final Set<String> CONJUNCTIONS = Lexicon.setOf("but", "and", "so", "yet", "still");

  /**
   * Prepositions and place adverbs beyond {@link Lexicon#PREPOSITIONS} that open an adverbial ended
   * by a comma: "Alongside the union's calls, the mayor said …", "Here in Dayton, Ortiz …".
   */
  private static final Set<String> OPENING_PREPOSITIONS =
      Lexicon.setOf(
          "alongside",
          "amid",
          "amidst",
          "among",
          "across",
          "against",
          "around",
          "behind",
          "beside",
          "besides",
          "beyond",
          "by",
          "despite",
          "here",
          "there",
          "inside",
          "outside",
          "near",
          "over",
          "through",
          "throughout",
          "toward",
          "towards",
          "under",
          "upon",
          "within",
          "without");

  /** An opening adverbial ends at a comma within this many words. */
  private static final int ADVERBIAL_REACH = 25;

  private final ArticleView article;

  SentenceOpenings(ArticleView article) {
    this.article = article;
  }

  /** The index in {@code tokens} of the first word that may open the sentence's subject. */
  int subjectStart(List<Token> tokens) {
    int i = afterDateline(tokens);
    if (i < tokens.size() && CONJUNCTIONS.contains(tokens.get(i).lower())) {
      i++;
    }
    int comma = firstComma(tokens, i);
    // "On Wednesday, …", "Later, …", "Earlier this year, …", "Plus, …", "Bemoaning the system,
    // Trump …": the subject follows
    if (comma > 0 && i < tokens.size() && opensAdverbial(tokens, i, comma)) {
      boolean participle =
          tokens.get(i).lower().endsWith("ing") || opensWithParticiple(tokens.get(i));
      i = participle ? pastAside(tokens, comma + 1) : comma + 1;
    }
    while (i < tokens.size() && ADVERBS_BEFORE_SUBJECT.contains(tokens.get(i).lower())) {
      i++; // "even the crowd"
    }
    return i;
  }

  /**
   * "When Hale announced his run, he called them "Q"": the verb at {@code k} lies in a clause that
   * opens the sentence with a subordinator and ends at a comma before the quote at {@code q}, after
   * which the main clause has words of its own ("As Hale said, "Q"" introduces the quote): the
   * index of that comma, else -1.
   */
  static int endOfOpeningClause(List<Token> tokens, int k, int q) {
    int first = !tokens.isEmpty() && CONJUNCTIONS.contains(tokens.get(0).lower()) ? 1 : 0;
    if (first >= tokens.size() || !Lexicon.SUBORDINATORS.contains(tokens.get(first).lower())) {
      return -1;
    }
    if (tokens.subList(first, k).stream().anyMatch(t -> t.is(","))) {
      return -1; // "While some may be punished, she added, …": a cue after the clause
    }
    for (int c = k + 1; c < q - 1; c++) {
      if (tokens.get(c).isQuote()) {
        return -1;
      }
      if (tokens.get(c).is(",")) {
        return tokens.subList(c + 1, q).stream().anyMatch(Token::isWord) ? c : -1;
      }
    }
    return -1;
  }

  private static int firstComma(List<Token> tokens, int from) {
    for (int k = from; k < tokens.size() && k < from + ADVERBIAL_REACH; k++) {
      if (tokens.get(k).is(",")) {
        return k;
      }
    }
    return -1;
  }

  /** Whether the words from {@code i} to {@code comma} are an adverbial, not the subject. */
  private boolean opensAdverbial(List<Token> tokens, int i, int comma) {
    String lower = tokens.get(i).lower();
    return Lexicon.PREPOSITIONS.contains(lower)
        || OPENING_PREPOSITIONS.contains(lower)
        || Lexicon.SUBORDINATORS.contains(lower) // "Once they left, the crowd …"
        || Lexicon.TIME_WORDS.contains(lower)
        || lower.equals("plus")
        || Lexicon.SENTENCE_OPENERS.contains(lower) // "Instead, he …"
        || opensWithParticiple(tokens.get(i)) // "Reached by phone, Ruiz denied …"
        || timeBefore(tokens, i, comma) // "A month later, …", "Two weeks ago, …"
        || lower.endsWith("ly")
        || lower.endsWith("ing");
  }

  /**
   * "LONDON (AP) — Britain's Conservative Party was …", "DAYTON, Ohio — …", "LIMA, Dec. 8 (UPI) —
   * …": where a dateline opens the sentence, the index of its first word after the dash; 0
   * otherwise.
   */
  private static int afterDateline(List<Token> tokens) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).isWord() && tokens.get(i).isAcronym()) {
      i++;
    }
    if (i == 0) {
      // "Washington (AFP) – …": a place written in capitals and lower case before the agency
      while (i < tokens.size() && i < 3 && tokens.get(i).isCapitalized()) {
        i++;
      }
      boolean agency =
          i > 0
              && i + 3 < tokens.size()
              && tokens.get(i).is("(")
              && tokens.get(i + 1).isAcronym()
              && tokens.get(i + 2).is(")")
              && isDash(tokens.get(i + 3));
      if (!agency) {
        return 0;
      }
    }
    if (i < tokens.size() && tokens.get(i).is(",")) {
      i = afterDatelinePlace(tokens, i);
    }
    if (i < tokens.size() && tokens.get(i).is("(")) {
      while (i < tokens.size() && !tokens.get(i).is(")")) {
        i++;
      }
      i++;
    }
    while (i < tokens.size() && isDash(tokens.get(i))) {
      i++; // "--" is two
      if (i < tokens.size() && !isDash(tokens.get(i))) {
        return i;
      }
    }
    return 0;
  }

  /**
   * The region or the date after the dateline's place and the comma at {@code comma}: "Ohio",
   * "N.H.", "Dec. 8"; the index after them, or {@code comma} when there are none.
   */
  private static int afterDatelinePlace(List<Token> tokens, int comma) {
    int place = comma + 1;
    while (place < tokens.size()
        && place - comma <= 5
        && (tokens.get(place).isWord() && (place > comma + 1 || tokens.get(place).isCapitalized())
            || tokens.get(place).is(".")
            || tokens.get(place).is(","))) {
      place++;
    }
    return place > comma + 1 ? place : comma;
  }

  /**
   * "Reached by phone, …", "Horrified at the prospect, …": a participle opening the sentence, not a
   * name the text gives ("Ted", "Ahmed" are).
   */
  private boolean opensWithParticiple(Token token) {
    String lower = token.lower();
    return lower.length() > 5
        && lower.endsWith("ed")
        && !article.resolver().knowsName(token)
        && NameWords.genderOfFirstName(lower) == Lexicon.Gender.UNKNOWN;
  }

  /**
   * "Preceded by Joe Arpaio, the sheriff, Trump …" · "Speaking in Salem, New Hampshire, Trump …":
   * past an apposition or a place that the opening clause ends with, to the subject after it.
   */
  private static int pastAside(List<Token> tokens, int from) {
    int k = from;
    if (k < tokens.size() && RELATIVE_ASIDES.contains(tokens.get(k).lower())) {
      // "Speaking in Dover, which votes next week, Hale called …": the clause ends at a comma
      while (k < tokens.size() && k - from < 20 && !tokens.get(k).is(",")) {
        k++;
      }
      boolean closed = k + 1 < tokens.size() && tokens.get(k).is(",");
      return closed && tokens.get(k + 1).isCapitalized() ? k + 1 : from;
    }
    if (k < tokens.size() && isDeterminer(tokens.get(k))) {
      while (k < tokens.size() && k - from < 12 && tokens.get(k).isWord()) {
        k++;
      }
    } else {
      k = endOfCapitals(tokens, k);
    }
    boolean aside =
        k > from
            && k + 1 < tokens.size()
            && tokens.get(k).is(",")
            && tokens.get(k + 1).isCapitalized()
            && !isDeterminer(tokens.get(k + 1));
    return aside ? k + 1 : from;
  }

  /** "A month later", "Thirteen years earlier", "Two weeks ago": a short phrase of time. */
  private static boolean timeBefore(List<Token> tokens, int from, int comma) {
    String last = tokens.get(comma - 1).lower();
    if (comma - from > 4 || !(Lexicon.TIME_WORDS.contains(last) || last.equals("ago"))) {
      return false;
    }
    for (int k = from + 1; k < comma; k++) {
      if (!tokens.get(k).isWord() || tokens.get(k).isCapitalized()) {
        return false; // "Ohio Gov. John Kasich suspended his campaign Wednesday evening, …"
      }
    }
    return true;
  }
}
