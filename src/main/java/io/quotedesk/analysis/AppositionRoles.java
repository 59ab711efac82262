package io.quotedesk.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Roles the text writes beside a name, after its comma: "Joe Biden, the US president," or in a
 * "who" clause, "Trump, who is currently the Republican frontrunner,".
 */
final class AppositionRoles {
  private final String text;
  private final NameMentions mentions;
  private final Referents referents;

  AppositionRoles(String text, NameMentions mentions, Referents referents) {
    this.text = text;
    this.mentions = mentions;
    this.referents = referents;
  }

  /** Roles written beside a name: "Joe Biden, the US president," → "US president". */
  void addFrom(List<Token> tokens) {
    rolesBeforeNames(tokens);
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (!tokens.get(i + 1).is(",") || !tokens.get(i).isCapitalized()) {
        continue;
      }
      Optional<Entity> entity = mentions.entityEndingAt(tokens.get(i).end());
      if (entity.isEmpty() || entity.get().role != null) {
        continue;
      }
      if (tokens.get(i + 2).lower().equals("who")) {
        roleFromRelativeClause(entity.get(), tokens, i + 3);
        continue;
      }
      roleAfterComma(entity.get(), tokens, i + 2);
    }
  }

  /**
   * "Joe Biden, the US president,": up to eight words after the comma and its determiner, one of
   * them a title, closed by a comma or a period; the role leaves out its determiner.
   */
  private void roleAfterComma(Entity entity, List<Token> tokens, int start) {
    int roleStart = Lexicon.DETERMINERS.contains(tokens.get(start).lower()) ? start + 1 : start;
    int end = roleWordsEnd(tokens, roleStart, 8);
    boolean hasTitle =
        holdsTitle(tokens, roleStart, end, bare -> bare.replace("'s", "").replace("’s", ""));
    if (hasTitle && closes(tokens, end) && end > roleStart) {
      referents.giveRole(
          entity, text.substring(tokens.get(roleStart).start(), tokens.get(end - 1).end()));
      entity.personLike = true;
    }
  }

  /**
   * "The Republican frontrunner, Donald Trump, said", "said the party's nominee, Ann Ruiz.": a
   * definite description holding a title, opening the sentence or after a speech verb, set off by a
   * comma before the name it describes, which a comma or a period closes.
   */
  private void rolesBeforeNames(List<Token> tokens) {
    for (int i = 0; i + 3 < tokens.size(); i++) {
      // "the" first: the speech-verb look-up before it would run for every token
      if (!tokens.get(i).lower().equals("the")) {
        continue;
      }
      Token before = i == 0 ? null : tokens.get(i - 1);
      boolean opens =
          before == null
              || before.is(".")
              || before.isQuote()
              || SpeechVerbs.isSpeechVerb(before.lower());
      if (!opens) {
        continue;
      }
      int end = roleWordsEnd(tokens, i + 1, 6);
      if (end == i + 1 || end + 1 >= tokens.size() || !tokens.get(end).is(",")) {
        continue;
      }
      Token nameStart = tokens.get(end + 1);
      int firstMention = mentions.firstFrom(nameStart.start());
      if (firstMention >= mentions.size()) {
        continue;
      }
      NameMentions.NameMention mention = mentions.mentionAt(firstMention);
      int after = Ranges.firstStartingAtOrAfter(tokens, Token::start, mention.end());
      if (mention.start() == nameStart.start()
          && mention.entity().role == null
          && mention.entity().personLike
          && holdsTitle(tokens, i + 1, end, bare -> bare)
          && closes(tokens, after)) {
        referents.giveRole(
            mention.entity(), text.substring(tokens.get(i + 1).start(), tokens.get(end - 1).end()));
      }
    }
  }

  private static final Set<String> COPULA_ADVERBS =
      Lexicon.setOf("also", "currently", "now", "still", "already", "once", "then");

  /**
   * A description stated of the person in a "who" clause, up to the comma that closes it: "Trump,
   * who is running again and is currently the Republican frontrunner," gives "Republican
   * frontrunner". Only "the X", or "a X" whose words hold a title, is a role.
   */
  private void roleFromRelativeClause(Entity entity, List<Token> tokens, int from) {
    for (int j = from; j + 2 < tokens.size() && j < from + 20 && tokens.get(j).isWord(); j++) {
      if (!Lexicon.BE_FORMS.contains(tokens.get(j).lower())) {
        continue;
      }
      int k = j + 1;
      while (k < tokens.size() && COPULA_ADVERBS.contains(tokens.get(k).lower())) {
        k++;
      }
      String article = k < tokens.size() ? tokens.get(k).lower() : "";
      if (!Lexicon.ARTICLES.contains(article)) {
        continue; // "who is running again and is ..."
      }
      boolean definite = article.equals("the");
      int start = k + 1;
      int end = roleWordsEnd(tokens, start, 6);
      boolean hasTitle = holdsTitle(tokens, start, end, bare -> bare);
      if (end > start && closes(tokens, end) && (definite || hasTitle)) {
        referents.giveRole(
            entity, text.substring(tokens.get(start).start(), tokens.get(end - 1).end()));
      }
      return;
    }
  }

  /**
   * Where the words of a role from {@code start} end: at most {@code most} words, up to a word that
   * ends a phrase ("and", "that"; "of" goes on: "secretary of state") or "who"; "at" goes on to the
   * body named after it ("an economist at Harbor Bank"), not to a person the text names.
   */
  private int roleWordsEnd(List<Token> tokens, int start, int most) {
    int end = start;
    while (end < tokens.size() && end - start < most && tokens.get(end).isWord()) {
      String bare = tokens.get(end).bare();
      if (bare.equals("at")) {
        int body = capitalsEnd(tokens, end + 1);
        if (end > start && body > end + 1 && !namesPerson(tokens.get(body - 1))) {
          end = body;
        }
        break;
      }
      if (bare.equals("and") && joinsObjectsOfOf(tokens, start, end)) {
        end++;
        continue; // "vice president of people experience and technology"
      }
      if (Lexicon.PHRASE_STOPS.contains(bare) && !bare.equals("of") || bare.equals("who")) {
        break;
      }
      end++;
    }
    return end;
  }

  /**
   * An "and" at {@code and} that joins two objects of an "of" in the role ("secretary of health and
   * human services"), not a second person or a second description ("and a former dean").
   */
  private boolean joinsObjectsOfOf(List<Token> tokens, int start, int and) {
    boolean afterOf = false;
    for (int i = start; i < and; i++) {
      afterOf |= tokens.get(i).lower().equals("of");
    }
    if (!afterOf || and + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(and + 1);
    int mention = mentions.firstFrom(next.start());
    boolean namesPerson =
        mention < mentions.size()
            && mentions.mentionAt(mention).start() == next.start()
            && mentions.entityAt(mention).personLike;
    return next.isWord() && !Lexicon.DETERMINERS.contains(next.lower()) && !namesPerson;
  }

  /** Where the capitalised words from {@code from} end ("Harbor Bank"). */
  private static int capitalsEnd(List<Token> tokens, int from) {
    int end = from;
    while (end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalized()) {
      end++;
    }
    return end;
  }

  /** Whether the name ending with {@code last} is a person's the text names. */
  private boolean namesPerson(Token last) {
    return mentions.entityEndingAt(last.end()).map(e -> e.personLike).orElse(false);
  }

  /** Whether a word in [from, to), as {@code asWritten} reads it, is a title ("president"). */
  private static boolean holdsTitle(
      List<Token> tokens, int from, int to, UnaryOperator<String> asWritten) {
    for (int i = from; i < to; i++) {
      if (Titles.isTitle(asWritten.apply(tokens.get(i).bare()))) {
        return true;
      }
    }
    return false;
  }

  /** A comma or a period at {@code at} closes the role. */
  private static boolean closes(List<Token> tokens, int at) {
    return at < tokens.size() && (tokens.get(at).is(",") || tokens.get(at).is("."));
  }
}
