package io.quotedesk.analysis;

import static io.quotedesk.analysis.SpeechGrammar.endOfCapitals;
import static io.quotedesk.analysis.SpeechGrammar.isDeterminer;
import static io.quotedesk.analysis.SpeechGrammar.isParticiple;
import static io.quotedesk.analysis.SpeechGrammar.isSubjectPronoun;
import static io.quotedesk.analysis.SpeechGrammar.looksPlural;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The head of the subject a cue names: "the leader of an unnamed country" → "the leader", "I
 * laughed and said" → "I"; whether that head describes someone ("a senior official") rather than
 * names them; and the English shapes of a role that holds or stands for a name ("secretary of state
 * Ann Ruiz", "the Secretary-General").
 */
final class SubjectHeads {
  private final ArticleView article;

  SubjectHeads(ArticleView article) {
    this.article = article;
  }

  /**
   * The subject within a phrase read off the text: "I laughed and said" → "I"; "Clinton restricted
   * comments" → "comments" is no subject, so the phrase stops at the verb-like word.
   */
  static List<Token> trimToSubject(List<Token> phrase) {
    for (int i = phrase.size() - 1; i >= 0; i--) {
      if (isSubjectPronoun(phrase.get(i))) {
        return List.of(phrase.get(i));
      }
    }
    for (int i = 1; i < phrase.size(); i++) {
      // "A flabbergasted Noah quipped": the sentence's article and an adjective in -ed go on
      if (isParticiple(phrase.get(i))
          && phrase.get(i - 1).isCapitalized()
          && !(i == 1 && Lexicon.DETERMINERS.contains(phrase.get(0).lower()))) {
        return phrase.subList(0, i);
      }
    }
    return phrase;
  }

  /** "the leader of an unnamed country" → "the leader": the head, before any preposition. */
  List<Token> headChunk(List<Token> phrase) {
    List<Token> head = new ArrayList<>();
    int i = 0;
    for (; i < phrase.size(); i++) {
      Token token = phrase.get(i);
      if (!head.isEmpty()
          && Lexicon.PREPOSITIONS.contains(token.lower())
          && !isTitleOf(phrase, i, head)
          && !isRoleOfBeforeName(phrase, i, head)
          && !isPartitiveOf(token, head)) {
        break;
      }
      if (token.isWord()) {
        head.add(token);
      }
    }
    // "Officials at Homeland Security Investigations": a description keeps the body it
    // speaks for, when a name follows the preposition.
    if (i < phrase.size() && isCommonNoun(head)) {
      head.addAll(bodyNamed(phrase, i));
    }
    return head;
  }

  private static final Set<String> COUNTS =
      Lexicon.setOf("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  /**
   * "former secretary of state Ann Ruiz", "master of ceremonies Tom Hale": a role in lower case
   * ({@code head}) whose "of" at {@code i} leads, past a word or two, to a full name. Not "mother
   * of two Ann Ruiz": a count describes her, it is no role.
   */
  static boolean isRoleOfBeforeName(List<Token> phrase, int i, List<Token> head) {
    if (head.isEmpty()
        || !phrase.get(i).lower().equals("of")
        || head.stream().anyMatch(Token::isCapitalized)) {
      return false;
    }
    for (int k = i + 1; k < phrase.size() && k <= i + 3; k++) {
      Token token = phrase.get(k);
      if (!token.isWord() || COUNTS.contains(token.lower())) {
        return false;
      }
      if (token.isCapitalized()) {
        return k > i + 1 && k + 1 < phrase.size() && phrase.get(k + 1).isCapitalized();
      }
    }
    return false;
  }

  /** "Secretary of State John Kerry" is one name with its title: the "of" at {@code i} joins it. */
  private static boolean isTitleOf(List<Token> phrase, int i, List<Token> head) {
    return phrase.get(i).lower().equals("of")
        && !head.isEmpty()
        && Titles.isTitle(head.get(head.size() - 1).bare())
        && head.get(head.size() - 1).isCapitalized()
        && i + 1 < phrase.size()
        && phrase.get(i + 1).isCapitalized();
  }

  /** "A group of senators", "Dozens of protesters": the head is who follows the "of". */
  private static boolean isPartitiveOf(Token token, List<Token> head) {
    return token.lower().equals("of")
        && !head.isEmpty()
        && DescribedSubjects.isPartitive(head.get(head.size() - 1));
  }

  /**
   * "at Homeland Security Investigations": the preposition at {@code preposition} and the name
   * after it; empty when no name follows or the name only describes a noun ("on the Trump
   * campaign's website").
   */
  private static List<Token> bodyNamed(List<Token> phrase, int preposition) {
    int j = preposition + 1;
    if (j < phrase.size() && phrase.get(j).lower().equals("the")) {
      j++;
    }
    int nameEnd = endOfCapitals(phrase, j);
    boolean modifier =
        nameEnd < phrase.size()
            && phrase.get(nameEnd).isWord()
            && !Lexicon.PREPOSITIONS.contains(phrase.get(nameEnd).lower());
    if (nameEnd > j && !modifier) {
      return phrase.subList(preposition, nameEnd);
    }
    return describedOwner(phrase, preposition);
  }

  /** The prepositions that say whom a spokesman or an aide speaks for. */
  private static final Set<String> SPEAKS_FOR = Lexicon.setOf("for", "of");

  /**
   * "A spokesman for presidential candidate Ann Hale", "a spokesman for committee Democrats": a few
   * lower-case words and then a name ending the phrase still say whom the description speaks for,
   * from the preposition at {@code preposition} on.
   */
  private static List<Token> describedOwner(List<Token> phrase, int preposition) {
    int end = phrase.size();
    if (!SPEAKS_FOR.contains(phrase.get(preposition).lower())
        || end - preposition - 1 > 6
        || end - preposition < 3
        || !phrase.get(end - 1).isCapitalized()) {
      return List.of();
    }
    for (int k = preposition + 1; k < end; k++) {
      Token token = phrase.get(k);
      String lower = token.lower();
      if (!token.isWord()
          || Lexicon.PHRASE_STOPS.contains(lower)
          || Lexicon.PREPOSITIONS.contains(lower)
          || NameRuns.isPossessive(token)
          || COUNTS.contains(lower)) {
        return List.of(); // "mother of two Ann Ruiz": a count describes her, it is no owner
      }
    }
    return phrase.subList(preposition, end);
  }

  /**
   * "a senior official", "the campaign", "officials": a described source starts with a determiner
   * or is a short plural; "early Friday", "going", "too early" are no one.
   */
  static boolean isDescription(List<Token> subject) {
    String first = subject.get(0).lower();
    boolean named =
        subject.stream()
            .anyMatch(t -> t.isCapitalized() && !NameWords.NOT_NAMES.contains(t.lower()));
    if (named || Character.isDigit(first.charAt(0))) {
      return true; // a name the resolver could not place, kept as written
    }
    if (isDeterminer(subject.get(0))) {
      return subject.size() > 1;
    }
    return subject.size() <= 2
        && looksPlural(subject.get(subject.size() - 1).lower())
        && !first.endsWith("ing")
        && !first.endsWith("ly");
  }

  /** "officials", "a spokesman", "Analysts": a head with no name in it. */
  boolean isCommonNoun(List<Token> head) {
    for (int i = 0; i < head.size(); i++) {
      Token token = head.get(i);
      boolean plural =
          token.lower().endsWith("s")
              && !NameRuns.isPossessive(token)
              && !article.resolver().knowsName(token); // "Sanders said" is a person
      boolean determiner = i == 0 && Lexicon.DETERMINERS.contains(token.lower()); // "The lawyer"
      if (token.isCapitalized() && !(i == 0 && plural) && !determiner) {
        return false;
      }
    }
    return true;
  }

  /**
   * "the Australian", "the Spaniard": in English, "the" and one capitalised word that is no title,
   * acronym or word of a name the story gives describes someone as a common noun would; it names no
   * one.
   */
  boolean isCapitalisedDescription(List<Token> head) {
    if (head.size() != 2 || article.words().isPresent() || !head.get(0).lower().equals("the")) {
      return false;
    }
    Token word = head.get(1);
    return word.isWord()
        && word.isCapitalized()
        && !word.isAcronym()
        && !Titles.isTitle(NameRuns.bareName(word).toLowerCase(Locale.ROOT))
        && !article.resolver().knowsName(word);
  }

  /**
   * "former secretary of state Ann Ruiz", "master of ceremonies Tom Hale": the full name that ends
   * a role written in lower case with "of"; empty for any other subject.
   */
  static List<Token> nameAfterRoleOf(List<Token> subject) {
    int start = subject.size();
    while (start > 0 && subject.get(start - 1).isWord() && subject.get(start - 1).isCapitalized()) {
      start--;
    }
    int of = start - 1;
    while (of >= 0 && !subject.get(of).lower().equals("of")) {
      of--;
    }
    // "secretary of state", not "chairman of America Rising" nor "one of the prosecutors for"
    boolean roleOf =
        of > 0
            && start - of - 1 >= 1
            && start - of - 1 <= 2
            && subject.size() - start >= 2
            && subject.subList(0, start).stream().allMatch(t -> t.isWord() && !t.isCapitalized())
            && subject.subList(of + 1, start).stream()
                .noneMatch(
                    t ->
                        Lexicon.DETERMINERS.contains(t.lower())
                            || Lexicon.PREPOSITIONS.contains(t.lower()));
    return roleOf ? subject.subList(start, subject.size()) : List.of();
  }

  /** "the Secretary-General", "the former minister": "the", then words ending in a title. */
  static boolean isDefiniteTitle(List<Token> subject) {
    if (subject.size() < 2 || subject.size() > 4 || !subject.get(0).lower().equals("the")) {
      return false;
    }
    for (Token token : subject) {
      if (!token.isWord()) {
        return false;
      }
    }
    return Titles.isTitle(subject.get(subject.size() - 1).bare());
  }
}
