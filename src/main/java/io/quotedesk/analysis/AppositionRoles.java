package io.quotedesk.analysis;

import io.quotedesk.analysis.SpeakerResolver.Entity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
      int j = i + 2;
      int start = j;
      boolean hasTitle = false;
      while (j < tokens.size() && j - start < 8 && tokens.get(j).isWord()) {
        String bare = tokens.get(j).bare();
        if (Lexicon.PHRASE_STOPS.contains(bare) && !bare.equals("of") || bare.equals("who")) {
          break;
        }
        hasTitle |= Lexicon.isTitle(bare.replace("'s", "").replace("’s", ""));
        j++;
      }
      boolean closed = j < tokens.size() && (tokens.get(j).is(",") || tokens.get(j).is("."));
      if (hasTitle && closed && j > start) {
        int roleStart = start;
        if (Lexicon.DETERMINERS.contains(tokens.get(roleStart).lower())) {
          roleStart++;
        }
        if (roleStart < j) {
          referents.giveRole(
              entity.get(), text.substring(tokens.get(roleStart).start(), tokens.get(j - 1).end()));
          entity.get().personLike = true;
        }
      }
    }
  }

  /** Words that may stand between "is" and the description: "is currently the frontrunner". */
  private static final Set<String> ARTICLES = Lexicon.setOf("the", "a", "an");

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
      if (!ARTICLES.contains(article)) {
        continue; // "who is running again and is ..."
      }
      boolean definite = article.equals("the");
      int start = k + 1;
      int end = start;
      boolean hasTitle = false;
      while (end < tokens.size() && end - start < 6 && tokens.get(end).isWord()) {
        String bare = tokens.get(end).bare();
        if (Lexicon.PHRASE_STOPS.contains(bare) && !bare.equals("of") || bare.equals("who")) {
          break;
        }
        hasTitle |= Lexicon.isTitle(bare);
        end++;
      }
      boolean closed = end < tokens.size() && (tokens.get(end).is(",") || tokens.get(end).is("."));
      if (end > start && closed && (definite || hasTitle)) {
        referents.giveRole(
            entity, text.substring(tokens.get(start).start(), tokens.get(end - 1).end()));
      }
      return;
    }
  }
}
