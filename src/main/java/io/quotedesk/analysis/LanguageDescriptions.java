package io.quotedesk.analysis;

import java.util.List;

/**
 * Subjects in another language's stories that describe rather than name, for {@link CueResolver}: a
 * description and what it is of ("le président de la République"), whose capitals name a place or
 * body, not the speaker; and a Polish body written in lower case ("policja"), which speaks as
 * itself.
 */
final class LanguageDescriptions {
  private LanguageDescriptions() {}

  /**
   * "der Chef der Deutschen Bahn", "le président de la République": a determiner, a noun, then a
   * preposition or genitive and what the noun is of, with no first name among it ("la ministre de
   * la Culture Rachida Dati" names her).
   */
  static boolean isOfSomething(CueWords words, List<Token> subject) {
    if (subject.size() < 4
        || !words.genitives().contains(subject.get(2).lower())
            && !words.obliques().contains(subject.get(2).lower())) {
      return false;
    }
    return subject.subList(3, subject.size()).stream()
        .noneMatch(
            t ->
                t.isCapitalized()
                    && (FirstNames.inLanguage(words.language(), NameRuns.bareName(t)).isPresent()
                        || NameWords.isFirstName(NameRuns.bareName(t))));
  }

  /** "policja", "prokuratura": a body of a language without articles, alone (see RoleNouns). */
  static boolean isBody(CueWords words, List<Token> subject) {
    return subject.size() == 1
        && RoleNouns.withoutArticles(words.language())
            .map(roles -> roles.isBody(subject.get(0)))
            .orElse(false);
  }
}
