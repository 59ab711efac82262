package io.quotedesk.analysis;

import io.quotedesk.analysis.CueResolver.Resolved;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A person named before whom a description in another language than English goes on with, for
 * {@link CueResolver}: "„Q“, schrieb der 46-Jährige", "so die vielseitige Buchautorin", "a dit la
 * ministre", "– mówi burmistrz". Kept apart because finding the holder (a role the text gave, a
 * pronoun of the description's gender, the one person named before) has rules of its own per
 * language, so that the resolver reads as the order of its steps.
 */
final class LanguageDescribedPersons {
  private final ArticleView article;
  private final LanguageSubjects inLanguage;
  private final PronounReferents referents;

  LanguageDescribedPersons(
      ArticleView article, LanguageSubjects inLanguage, PronounReferents referents) {
    this.article = article;
    this.inLanguage = inLanguage;
    this.referents = referents;
  }

  /**
   * "„Q“, schrieb der 46-Jährige", "so die vielseitige Buchautorin": in German a definite article
   * with a nominalised adjective or a feminine agent noun and nothing that says which one ("der
   * Journalist von «Nau»" is someone new) describes a person named before, of the article's gender,
   * found as a pronoun of that gender would be. Empty when the words are no such description.
   */
  Optional<Resolved> describedPerson(
      CueWords words,
      List<Token> subject,
      String verb,
      Mention mention,
      Quote lastQuote,
      Entity lastSpeaker) {
    Optional<String> pronoun =
        words.describedPerson(subject, verb).or(() -> inLanguage.demonym(subject));
    if (pronoun.isPresent() && inLanguage.specifiedAfter(words, mention.end())) {
      // "Die Präsidentin des Umweltbundesamts": the role written out again names its holder
      return inLanguage
          .holderOfRoleWrittenOn(subject, mention.start(), mention.end())
          .map(e -> Resolved.person(e, mention));
    }
    if (pronoun.isEmpty()) {
      return Optional.empty();
    }
    Optional<Entity> holder = roleHolder(subject, pronoun.get(), mention);
    boolean articles = RoleNouns.withoutArticles(words.language()).isEmpty();
    Optional<Resolved> found =
        holder
            .or(() -> referent(words, subject, pronoun.get(), mention, lastQuote, lastSpeaker))
            .filter(e -> article.resolver().isNamedPerson(e))
            // "– powiedział rzecznik Państwowej Straży Pożarnej": in a language without articles
            // a role with what it is of is not someone the text gave another role
            .filter(
                e ->
                    holder.isPresent()
                        || subject.size() <= 2
                        || articles
                        || mayHoldRole(words, e, subject))
            .map(e -> Resolved.person(e, mention));
    return unlessUnnamed(words, subject, pronoun.get(), mention, holder.isPresent(), found);
  }

  /**
   * "la premier": the person the text gave the role; for a role noun alone ("Burmistrz Tomasz Zając
   * … – mówi burmistrz") the holder of that description; else the one person named before whose
   * role opens with the description's noun.
   */
  private Optional<Entity> roleHolder(List<Token> subject, String pronoun, Mention mention) {
    return (inLanguage.isDescription(subject)
            ? article
                .resolver()
                .resolveDescription(
                    inLanguage.withoutDeterminer(subject, mention.end()), mention.start())
            : pronoun.equals(RoleNouns.ANY)
                // "Burmistrz Tomasz Zając … – mówi burmistrz": a role alone, no article
                ? article.resolver().resolveDescription(mention.text(), mention.start())
                : Optional.<Entity>empty())
        .or(() -> inLanguage.soleHolderOfRoleNoun(subject, mention.start()));
  }

  /**
   * The one the pronoun would be, when no one holds the role; for a role noun only when the story
   * has named no one else it could be ("Sánchez … Feijóo … dijo el presidente" is a guess).
   */
  private Optional<Entity> referent(
      CueWords words,
      List<Token> subject,
      String pronoun,
      Mention mention,
      Quote lastQuote,
      Entity lastSpeaker) {
    boolean articles = RoleNouns.withoutArticles(words.language()).isEmpty();
    if (pronoun.equals(RoleNouns.ANY)) {
      // "– mówi burmistrz": no gender to look back by; "sagte das Staatsoberhaupt": the one
      // person named before, whatever the gender
      return articles
          ? referents
              .soleNamed(mention.start())
              .or(() -> referents.soleSubjectBefore(mention.start()))
          : Optional.empty();
    }
    if (words.beforeComplement(subject).size() < subject.size()) {
      // "Olivier Faure … le premier secrétaire du PS": the one person of the gender named
      // before, unless the text gave them another role
      return referents
          .sole(pronoun, mention.start(), lastQuote, lastSpeaker)
          .filter(e -> mayHold(e, words.beforeComplement(subject)));
    }
    // "die Schauspielerin": a noun whose ending describes a person is read as a pronoun is, a
    // role noun only when no one else fits
    return namesRole(words, subject) && words.describedPerson(subject).isEmpty()
        ? referents
            .sole(pronoun, mention.start(), lastQuote, lastSpeaker)
            .or(() -> referents.soleSinceLastQuote(pronoun, mention.start(), lastQuote))
        : referents.of(pronoun, mention.start(), lastQuote, lastSpeaker);
  }

  /**
   * The person {@code found}, unless someone unnamed came in since; when no one fits the mention
   * stays, described as written or no one named.
   */
  private Optional<Resolved> unlessUnnamed(
      CueWords words,
      List<Token> subject,
      String pronoun,
      Mention mention,
      boolean heldRole,
      Optional<Resolved> found) {
    // "eine 81-jährige Frau … sagte die Rentnerin": someone unnamed came in since, described
    if (found.isPresent()
        && !heldRole
        && inLanguage.unnamedIntroducedSince(found.get().entity(), pronoun, mention.start())) {
      return Optional.of(
          new Resolved(null, new Speaker(mention.text(), Optional.empty()), mention));
    }
    // A role no one named holds ("le ministre", "der Kanzler") is described as written, below
    // "– mówi prezydent Krakowa": a role alone in a language without articles, as the endings
    boolean roleAlone =
        words.describedPerson(subject).isEmpty()
            && RoleNouns.withoutArticles(words.language()).isPresent();
    if (found.isPresent() || words.describedPerson(subject).isEmpty() && !roleAlone) {
      return found;
    }
    return Optional.of(
        namesNoOneBefore(subject, mention)
            ? new Resolved(null, new Speaker(mention.text(), Optional.empty()), mention)
            : new Resolved(null, null, mention));
  }

  /**
   * "„Q“, beteuerte der Angeklagte", "versprach die Oberbürgermeisterin" in a story that has named
   * no one before: the description is the only way the text names the speaker, as "der Sprecher"
   * is; an age ("die 43-Jährige") says nothing of who speaks and stays unnamed.
   */
  private boolean namesNoOneBefore(List<Token> subject, Mention mention) {
    return subject.stream().noneMatch(t -> t.text().chars().anyMatch(Character::isDigit))
        && article.resolver().personsNamedBetween(0, mention.start()).isEmpty();
  }

  /** The person has no role yet, or one with the description's last word ("secrétaire"). */
  private static boolean mayHold(Entity entity, List<Token> description) {
    String noun = description.get(description.size() - 1).lower();
    return entity.role == null || entity.role.toLowerCase(Locale.ROOT).contains(noun);
  }

  /** The person has no role yet, or one holding the subject's role noun ("rzecznik"). */
  private static boolean mayHoldRole(CueWords words, Entity entity, List<Token> subject) {
    Optional<RoleNouns> roles = RoleNouns.of(words.language());
    return entity.role == null
        || subject.stream()
            .filter(t -> roles.map(r -> r.namesRole(t)).orElse(false))
            .findFirst()
            .map(t -> entity.role.toLowerCase(Locale.ROOT).contains(t.lower()))
            .orElse(true);
  }

  private static boolean namesRole(CueWords words, List<Token> subject) {
    return RoleNouns.of(words.language()).map(roles -> roles.namesRole(subject)).orElse(false);
  }
}
