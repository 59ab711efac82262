package io.quotedesk.analysis;

import io.quotedesk.analysis.Lexicon.Gender;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The person a pronoun ("he", "she") or a description ("the Secretary-General") means, with the
 * gender agreement between pronouns and people, and the roles descriptions are matched against.
 */
final class Referents {
  private final NameMentions mentions;
  private final Map<String, String> normalizedRoles = new HashMap<>();
  // Which mentions hold each role asked about, kept while no entity gains a role: a page of
  // thousands of names and descriptions searched all mentions per description (740 KB took 5 s).
  private final Map<String, List<Integer>> holders = new HashMap<>();
  private int rolesLearnt;
  private int holdersKnownAtRoles = -1;

  Referents(NameMentions mentions) {
    this.mentions = mentions;
  }

  /**
   * "the Secretary-General", "the former president": the latest entity whose role ends so. "The
   * Kentucky senator", "the Republican senator": a place or party written before a title in lower
   * case says which one, so a senator the text names is looked for when none holds the whole.
   */
  Optional<Entity> description(String description, int position) {
    return holderOf(description, position).or(() -> holderOfTitleAlone(description, position));
  }

  /** "the Kentucky senator": a senator the text names, unless place or party say another. */
  private Optional<Entity> holderOfTitleAlone(String description, int position) {
    String title = Roles.withoutCapitalisedModifiers(description);
    if (title.equals(description)) {
      return Optional.empty();
    }
    Set<String> said = Roles.placesAndParties(description);
    // "the New Jersey governor" is not the Ohio governor the text named last
    return holderOf(title, position)
        .filter(
            e -> {
              Set<String> held = Roles.placesAndParties(e.role);
              return held.isEmpty() || !Collections.disjoint(held, said);
            });
  }

  private Optional<Entity> holderOf(String description, int position) {
    String wanted = Roles.normalizeRole(description);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    // The latest fitting mention before the position, else the first after it.
    if (holdersKnownAtRoles != rolesLearnt) {
      holders.clear();
      holdersKnownAtRoles = rolesLearnt;
    }
    List<Integer> fitting =
        holders.computeIfAbsent(wanted, w -> mentions.indexesWhere(e -> hasRole(e, w)));
    int after = mentions.firstFrom(position);
    int firstAfter = Ranges.firstStartingAtOrAfter(fitting, Integer::intValue, after);
    if (firstAfter > 0) {
      return Optional.of(mentions.entityAt(fitting.get(firstAfter - 1)));
    }
    return firstAfter < fitting.size()
        ? Optional.of(mentions.entityAt(fitting.get(firstAfter)))
        : Optional.empty();
  }

  /** Gives {@code entity} its role; descriptions asked before are looked up again. */
  void giveRole(Entity entity, String role) {
    entity.role = role;
    rolesLearnt++;
  }

  private boolean hasRole(Entity entity, String wanted) {
    return entity.role != null
        && Roles.matchesRole(
            normalizedRoles.computeIfAbsent(entity.role, Roles::normalizeRole), wanted);
  }

  /**
   * "he", "she": a person named earlier in the pronoun's own sentence (from {@code sentenceStart}),
   * else the last speaker, else the latest person before {@code position} the pronoun can refer to.
   */
  Optional<Entity> pronoun(
      String pronoun, int position, int sentenceStart, Entity lastSpeaker, Set<Entity> excluded) {
    Gender gender = Lexicon.PRONOUNS.getOrDefault(pronoun.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    if (gender == Gender.UNKNOWN) {
      return Optional.empty();
    }
    // "Ban Ki-moon condemned what he called …": a person earlier in the same sentence, its
    // subject first, comes before the last speaker; failing that, an owner there ("Oz's advice
    // earned him a hearing, where he said …").
    Optional<Entity> inSentence =
        mentions
            .personInSentence(position, sentenceStart, gender, false)
            .or(() -> mentions.personInSentence(position, sentenceStart, gender, true))
            .filter(entity -> !excluded.contains(entity));
    if (inSentence.isPresent()) {
      learn(inSentence.get(), gender);
      return inSentence;
    }
    // "Q1," Stoltenberg said… "Q2," he added: a speaking pronoun goes on with the last speaker.
    if (lastSpeaker != null && compatible(lastSpeaker, gender) && !excluded.contains(lastSpeaker)) {
      learn(lastSpeaker, gender);
      return Optional.of(lastSpeaker);
    }
    Optional<Entity> latest = mentions.latestPersonBefore(position, gender, excluded);
    latest.ifPresent(entity -> learn(entity, gender));
    return latest;
  }

  /**
   * Whether a pronoun of {@code gender} can mean {@code entity}: its gender unknown or the same,
   * and no body's name for "he" or "she" ("Supreme Court" opens with a word listed as a first
   * name).
   */
  static boolean compatible(Entity entity, Gender gender) {
    return (entity.gender == Gender.UNKNOWN || entity.gender == gender)
        && !(gender != Gender.UNKNOWN && namesABody(entity));
  }

  /** "Court", "Coalition", "Party": a name whose last word makes it a body's. */
  private static boolean namesABody(Entity entity) {
    String last = entity.last.toLowerCase(Locale.ROOT);
    return !entity.first.equals(entity.last)
        && (SourceNouns.BODIES.contains(last) || SourceNouns.COLLECTIVES.contains(last));
  }

  /**
   * What the text tells of a gender (a pronoun, an honorific, a first name) is kept when none was.
   */
  static void learn(Entity entity, Gender gender) {
    if (entity.gender == Gender.UNKNOWN) {
      entity.gender = gender;
    }
  }
}
