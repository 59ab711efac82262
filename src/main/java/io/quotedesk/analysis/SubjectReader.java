package io.quotedesk.analysis;

import static io.quotedesk.analysis.NounPhrases.properNames;
import static io.quotedesk.analysis.SpeechGrammar.endOfCapitals;
import static io.quotedesk.analysis.SpeechGrammar.isDash;
import static io.quotedesk.analysis.SpeechGrammar.isDeterminer;
import static io.quotedesk.analysis.SpeechGrammar.isParticiple;
import static io.quotedesk.analysis.SpeechGrammar.isSpeechVerb;
import static io.quotedesk.analysis.SpeechGrammar.isSubjectPronoun;
import static io.quotedesk.analysis.SpeechGrammar.looksPlural;

import io.quotedesk.analysis.SpeakerResolver.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads who a sentence is about, without a tagger: the subject that opens it ("Several
 * environmental groups granted …"), the head of a cue's subject ("the leader of an unnamed country"
 * → "the leader"), and the people who are the subjects of the sentences between two quotes.
 */
final class SubjectReader {
  /** Words that open a relative clause set off by commas: ", which votes next week,". */
  private static final Set<String> RELATIVE_ASIDES = Lexicon.setOf("which", "where", "who");

  private static final Set<String> ADVERBS_BEFORE_SUBJECT = Lexicon.setOf("even", "also");

  private static final Set<String> CONJUNCTIONS = Lexicon.setOf("but", "and", "so", "yet", "still");

  private static final Set<String> PARTITIVES =
      Lexicon.setOf(
          "lot",
          "lots",
          "group",
          "number",
          "handful",
          "couple",
          "majority",
          "minority",
          "dozens",
          "hundreds",
          "thousands",
          "millions",
          "some",
          "many",
          "most",
          "all",
          "several",
          "one",
          "two",
          "three",
          "none",
          "few",
          "each",
          "both",
          "half");

  private final ArticleView article;

  SubjectReader(ArticleView article) {
    this.article = article;
  }

  /** The subject of the sentence in {@code tokens} as a cue with {@code verb} (null for none). */
  Optional<Cue> sentenceCue(List<Token> tokens, boolean speaking, String verb) {
    return sentenceSubject(tokens, speaking).map(subject -> new Cue(subject, verb));
  }

  /**
   * The noun phrase that opens a sentence, after any opening adverbial ("On Wednesday, "). A
   * described subject ("several environmental groups") counts only when the sentence has it {@code
   * speaking}; otherwise "The window had "Closed" painted on it" would name a window.
   */
  Optional<List<Token>> sentenceSubject(List<Token> tokens, boolean speaking) {
    int i = afterDateline(tokens);
    if (i < tokens.size() && isConjunction(tokens.get(i))) {
      i++;
    }
    int comma = -1;
    for (int k = i; k < tokens.size() && k < i + 25; k++) {
      if (tokens.get(k).is(",")) {
        comma = k;
        break;
      }
    }
    // "On Wednesday, …", "Later, …", "Earlier this year, …", "Plus, …", "Bemoaning the system,
    // Trump …": the subject follows
    if (comma > 0
        && i < tokens.size()
        && (Lexicon.PREPOSITIONS.contains(tokens.get(i).lower())
            || Lexicon.SUBORDINATORS.contains(
                tokens.get(i).lower()) // "Once they left, the crowd …"
            || Lexicon.TIME_WORDS.contains(tokens.get(i).lower())
            || tokens.get(i).lower().equals("plus")
            || Lexicon.SENTENCE_OPENERS.contains(tokens.get(i).lower()) // "Instead, he …"
            || opensWithParticiple(tokens.get(i)) // "Reached by phone, Ruiz denied …"
            || timeBefore(tokens, i, comma) // "A month later, …", "Two weeks ago, …"
            || tokens.get(i).lower().endsWith("ly")
            || tokens.get(i).lower().endsWith("ing"))) {
      boolean participle =
          tokens.get(i).lower().endsWith("ing") || opensWithParticiple(tokens.get(i));
      i = participle ? pastAside(tokens, comma + 1) : comma + 1;
    }
    while (i < tokens.size() && ADVERBS_BEFORE_SUBJECT.contains(tokens.get(i).lower())) {
      i++; // "even the crowd"
    }
    List<Token> subject = new ArrayList<>();
    for (int k = i; k < tokens.size(); k++) {
      Token token = tokens.get(k);
      if (!token.isWord()) {
        break;
      }
      String lower = token.lower();
      boolean nounish =
          token.isCapitalized()
              || (k > 0 && subject.isEmpty() && NameRuns.isPossessive(tokens.get(k - 1)))
              || Lexicon.DETERMINERS.contains(lower)
              || Lexicon.isTitle(token.bare())
              || (k + 1 < tokens.size()
                  && (tokens.get(k + 1).isCapitalized()
                      || Lexicon.isTitle(tokens.get(k + 1).bare()))
                  && subject.size() < 4
                  && !lower.endsWith("ed") // "Ann Ruiz cited Tom Hale": a verb, then its object
                  && !isSpeechVerb(token));
      if (!nounish
          || (subject.isEmpty()
              && Lexicon.PHRASE_STOPS.contains(lower)
              && !Lexicon.PRONOUNS.containsKey(lower))) {
        break;
      }
      subject.add(token);
      if (NameRuns.isPossessive(token) && namedAfter(tokens, k + 1)) {
        subject.clear(); // "Hillary Clinton's campaign manager Robby Mook": Mook is the subject
        continue;
      }
      if (NameRuns.isPossessive(token)
          || (subject.size() == 1 && Lexicon.PRONOUNS.containsKey(lower))) {
        break;
      }
    }
    if (subject.size() == 1 && isDeterminer(subject.get(0))) {
      subject = describedSubject(tokens, tokens.indexOf(subject.get(0)), speaking);
    } else if (!subject.isEmpty() && NameRuns.isPossessive(subject.get(subject.size() - 1))) {
      // "Clinton's campaign is seeking …": the owner works like a determiner
      Token owner = subject.get(subject.size() - 1);
      List<Token> owned = describedSubject(tokens, tokens.indexOf(owner), speaking);
      if (!owned.isEmpty() && owned.get(0) == owner) {
        subject.addAll(owned.subList(1, owned.size()));
      }
    }
    if (subject.size() > 1
        && article.resolver().isSentenceCapital(subject.get(0))
        && subject.get(1).isCapitalized()) {
      subject.remove(0); // "Rival Hillary Clinton had mocked …"
    }
    if (subject.isEmpty()
        || NameRuns.isPossessive(subject.get(subject.size() - 1))
        || subject.get(0).isCapitalized()
            && !isDeterminer(subject.get(0))
            && article.resolver().isSentenceCapital(subject.get(0))
            && !namedAfter(subject, 1) // "Campaign chair Tom Hale dismissed …" names Hale
        || isHeading(subject)
        || opensWithAVerb(tokens, subject)) {
      return Optional.empty(); // "Calls men names…", "CONGRESS HAS INVESTIGATED HIM"
    }
    if (subject.size() == 1 && Lexicon.DETERMINERS.contains(subject.get(0).lower())) {
      return Optional.empty();
    }
    return Optional.of(subject);
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
      return 0;
    }
    if (i < tokens.size() && tokens.get(i).is(",")) {
      // the region or the date after the place: "Ohio", "N.H.", "Dec. 8"
      int place = i + 1;
      while (place < tokens.size()
          && place - i <= 5
          && (tokens.get(place).isWord() && (place > i + 1 || tokens.get(place).isCapitalized())
              || tokens.get(place).is(".")
              || tokens.get(place).is(","))) {
        place++;
      }
      i = place > i + 1 ? place : i;
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
   * "Reached by phone, …", "Horrified at the prospect, …": a participle opening the sentence, not a
   * name the text gives ("Ted", "Ahmed" are).
   */
  private boolean opensWithParticiple(Token token) {
    String lower = token.lower();
    return lower.length() > 5
        && lower.endsWith("ed")
        && !article.resolver().knowsName(token)
        && Lexicon.genderOfFirstName(lower) == Lexicon.Gender.UNKNOWN;
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

  private static boolean isConjunction(Token token) {
    return CONJUNCTIONS.contains(token.lower());
  }

  private static boolean isHeading(List<Token> subject) {
    return subject.size() >= 3 && subject.stream().allMatch(Token::isUpperCase);
  }

  /**
   * A subject that a determiner opens: "The ad uses …" → "The ad"; "several environmental groups
   * granted …"; "Another critic, Laurence H. Tribe, likened …" → the name in apposition. Without a
   * tagger, the noun ends before an auxiliary, a past tense, or a singular verb in -s.
   */
  private static List<Token> describedSubject(
      List<Token> tokens, int determiner, boolean speaking) {
    List<Token> subject = new ArrayList<>(List.of(tokens.get(determiner)));
    boolean plural = Lexicon.PLURAL_DETERMINERS.contains(tokens.get(determiner).lower());
    int k = determiner + 1;
    int longest = 4;
    for (; k < tokens.size() && subject.size() <= longest; k++) {
      Token token = tokens.get(k);
      String lower = token.lower();
      if (lower.equals("of") && PARTITIVES.contains(subject.get(subject.size() - 1).lower())) {
        subject.add(token); // "A whole lot of people": the people are the head
        plural = true;
        longest += 3;
        continue;
      }
      boolean verbLike =
          Lexicon.VERB_WORDS.contains(lower)
              || lower.endsWith("ed")
              || !plural
                  && subject.size() > 1
                  && lower.endsWith("s")
                  && !lower.endsWith("ss")
                  && isSingular(subject.get(subject.size() - 1).lower());
      if (!token.isWord()
          || token.isCapitalized()
          || verbLike
          || Lexicon.PHRASE_STOPS.contains(lower)
          || Lexicon.PREPOSITIONS.contains(lower)) {
        break;
      }
      subject.add(token);
    }
    if (subject.size() < 2) {
      return List.of();
    }
    // "Another critic, Laurence H. Tribe, likened": the apposition names the critic.
    if (k < tokens.size() && tokens.get(k).is(",")) {
      int name = k + 1;
      int end = endOfCapitals(tokens, name);
      if (end - name >= 2 && end < tokens.size() && tokens.get(end).is(",")) {
        return tokens.subList(name, end);
      }
    }
    return speaking ? subject : List.of();
  }

  /** "ad", "bias", "status", "crisis" — not "groups" or "officials". */
  private static boolean isSingular(String noun) {
    return !noun.endsWith("s")
        || noun.endsWith("ss")
        || noun.endsWith("us")
        || noun.endsWith("is")
        || noun.endsWith("as");
  }

  /**
   * "Preys on our fears and calls people …": a list item that opens with its verb. A lone capital
   * in -s before a preposition, which the text names no one by, is that verb, not a name.
   */
  private boolean opensWithAVerb(List<Token> tokens, List<Token> subject) {
    if (subject.size() != 1 || tokens.isEmpty() || subject.get(0) != tokens.get(0)) {
      return false;
    }
    Token word = subject.get(0);
    String lower = word.lower();
    return lower.endsWith("s")
        && !lower.endsWith("ss")
        && tokens.size() > 1
        && Lexicon.PREPOSITIONS.contains(tokens.get(1).lower())
        && !article.resolver().knowsName(word)
        && Lexicon.genderOfFirstName(lower) == Lexicon.Gender.UNKNOWN;
  }

  /** A few lower-case words and then a name: "campaign manager Robby Mook". */
  private static boolean namedAfter(List<Token> tokens, int from) {
    for (int k = from; k < tokens.size() && k < from + 4; k++) {
      Token token = tokens.get(k);
      if (token.isCapitalized() && !(k == from && Lexicon.isTitle(token.bare()))) {
        return k > from; // "Germany's Chancellor Ann Ruiz": a title, then the name
      }
      if (!token.isWord() || Lexicon.PHRASE_STOPS.contains(token.lower())) {
        return false;
      }
    }
    return false;
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
      if (isParticiple(phrase.get(i)) && phrase.get(i - 1).isCapitalized()) {
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
      boolean titleOf = // "Secretary of State John Kerry" is one name with its title
          token.lower().equals("of")
              && !head.isEmpty()
              && Lexicon.isTitle(head.get(head.size() - 1).bare())
              && head.get(head.size() - 1).isCapitalized()
              && i + 1 < phrase.size()
              && phrase.get(i + 1).isCapitalized();
      // "A group of senators", "Dozens of protesters": the head is who follows the "of"
      boolean partitive =
          token.lower().equals("of")
              && !head.isEmpty()
              && PARTITIVES.contains(head.get(head.size() - 1).lower());
      if (!head.isEmpty()
          && Lexicon.PREPOSITIONS.contains(token.lower())
          && !titleOf
          && !partitive) {
        break;
      }
      if (token.isWord()) {
        head.add(token);
      }
    }
    // "Officials at Homeland Security Investigations": a description keeps the body it
    // speaks for, when a name follows the preposition.
    if (i < phrase.size() && isCommonNoun(head)) {
      int j = i + 1;
      if (j < phrase.size() && phrase.get(j).lower().equals("the")) {
        j++;
      }
      int nameEnd = endOfCapitals(phrase, j);
      // "A document on the Trump campaign's website": a name before a noun only describes it.
      boolean modifier =
          nameEnd < phrase.size()
              && phrase.get(nameEnd).isWord()
              && !Lexicon.PREPOSITIONS.contains(phrase.get(nameEnd).lower());
      if (nameEnd > j && !modifier) {
        head.addAll(phrase.subList(i, nameEnd));
      }
    }
    return head;
  }

  /**
   * "a senior official", "the campaign", "officials": a described source starts with a determiner
   * or is a short plural; "early Friday", "going", "too early" are no one.
   */
  static boolean isDescription(List<Token> subject) {
    String first = subject.get(0).lower();
    boolean named =
        subject.stream().anyMatch(t -> t.isCapitalized() && !Lexicon.NOT_NAMES.contains(t.lower()));
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

  /** The people who are the subjects of the whole sentences between two offsets, in order. */
  List<Entity> subjectsBetween(int from, int to) {
    List<Entity> subjects = new ArrayList<>();
    if (to <= from) {
      return subjects;
    }
    int last = article.sentences().indexOf(to);
    for (int s = article.sentences().indexOf(from) + 1; s < last; s++) {
      List<Token> tokens = article.tokens(article.sentences().start(s), article.sentences().end(s));
      Optional<List<Token>> subject = sentenceSubject(tokens, false);
      if (subject.isEmpty()) {
        continue;
      }
      List<Token> names = properNames(subject.get());
      if (names.isEmpty()) {
        continue;
      }
      article
          .resolver()
          .resolveName(names, names.get(0).start())
          .filter(entity -> entity.personLike)
          .ifPresent(subjects::add);
    }
    return subjects;
  }
}
