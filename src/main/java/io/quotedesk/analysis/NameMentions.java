package io.quotedesk.analysis;

import io.quotedesk.analysis.Lexicon.Gender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who the text names where: every place it names an entity outside quotations, in text order, and
 * the places named with each word of a full name ("Clinton" → Hillary Clinton, Bill Clinton).
 */
final class NameMentions {

  /** A place where the text names an entity, outside quotations. */
  record NameMention(int start, int end, Entity entity, boolean possessive) {}

  /** A person named at {@code start}. */
  record Named(int start, Entity entity) {}

  /** How far back, in characters, a pronoun looks for the person it means. */
  static final int PRONOUN_REACH = 2500;

  private final List<NameMention> mentions = new ArrayList<>();
  private final Map<String, List<NameMention>> mentionsByNameWord = new HashMap<>();

  void add(NameMention mention) {
    mentions.add(mention);
    Entity entity = mention.entity();
    if (!entity.first.equals(entity.last)) {
      mentionsByNameWord.computeIfAbsent(entity.first, k -> new ArrayList<>()).add(mention);
      if (!entity.last.equals(entity.first)) {
        mentionsByNameWord.computeIfAbsent(entity.last, k -> new ArrayList<>()).add(mention);
      }
    }
  }

  /** True when a full name the text gives has this word as its first name or surname. */
  boolean hasNameWord(String word) {
    return mentionsByNameWord.containsKey(word);
  }

  /**
   * "Clinton" at {@code position}: the full name with that word mentioned last before, else the
   * first one mentioned after; empty when no full name has the word.
   */
  Optional<Entity> withNameWord(String word, int position) {
    // Mentions are listed in text order: the last one before the position, else the first after.
    List<NameMention> named = mentionsByNameWord.getOrDefault(word, List.of());
    if (!named.isEmpty()) {
      int before = Ranges.firstStartingAtOrAfter(named, NameMention::start, position) - 1;
      return Optional.of(named.get(Math.max(before, 0)).entity());
    }
    return Optional.empty();
  }

  /** The entity of the mention ending at {@code end}, unless it owns what follows ("Biden's"). */
  Optional<Entity> entityEndingAt(int end) {
    // Mentions never overlap: one ending here is the last to start before.
    int last = firstFrom(end) - 1;
    if (last >= 0 && mentions.get(last).end() == end && !mentions.get(last).possessive()) {
      return Optional.of(mentions.get(last).entity());
    }
    return Optional.empty();
  }

  /**
   * The index of the first mention starting at or after {@code offset}. Mentions are in text order;
   * searching them, not walking them, keeps pronouns linear on texts that name thousands.
   */
  int firstFrom(int offset) {
    return Ranges.firstStartingAtOrAfter(mentions, NameMention::start, offset);
  }

  /** The mentions that start in [from, to), in text order. */
  private List<NameMention> between(int from, int to) {
    int first = firstFrom(from);
    int end = firstFrom(to);
    return end > first ? mentions.subList(first, end) : List.of();
  }

  /** How many mentions the text holds. */
  int size() {
    return mentions.size();
  }

  /** The mention at {@code index} in text order. */
  NameMention mentionAt(int index) {
    return mentions.get(index);
  }

  /** The entity of the mention at {@code index} in text order. */
  Entity entityAt(int index) {
    return mentions.get(index).entity();
  }

  /** The indexes, in text order, of the mentions whose entity passes {@code test}. */
  List<Integer> indexesWhere(Predicate<Entity> test) {
    List<Integer> fitting = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (test.test(mentions.get(i).entity())) {
        fitting.add(i);
      }
    }
    return fitting;
  }

  /**
   * Where persons are named in [from, to): "Q1," Zineb said. Marie-Pierre Dausse disagrees. "Q2,"
   * she says: a pronoun after a newly named person is theirs, not the last speaker's.
   */
  List<Named> personsBetween(int from, int to) {
    List<Named> named = new ArrayList<>();
    for (NameMention mention : between(from, to)) {
      if (mention.entity().personLike && !mention.possessive()) {
        named.add(new Named(mention.start(), mention.entity()));
      }
    }
    return named;
  }

  /** The first person mentioned from {@code sentenceStart} to {@code position} who fits. */
  Optional<Entity> personInSentence(
      int position, int sentenceStart, Gender gender, boolean owners) {
    for (NameMention mention : between(sentenceStart, position)) {
      Entity entity = mention.entity();
      if ((owners || !mention.possessive())
          && entity.personLike
          && Referents.compatible(entity, gender)) {
        return Optional.of(entity);
      }
    }
    return Optional.empty();
  }

  /**
   * The latest person named before {@code position}, within {@link #PRONOUN_REACH}, whom a pronoun
   * of {@code gender} can mean: "Stoltenberg arrived. … He said": Stoltenberg.
   */
  Optional<Entity> latestPersonBefore(int position, Gender gender, Set<Entity> excluded) {
    for (int i = firstFrom(position) - 1; i >= 0; i--) {
      NameMention mention = mentions.get(i);
      if (position - mention.end() > PRONOUN_REACH) {
        break;
      }
      Entity entity = mention.entity();
      if (mention.possessive()
          || !entity.personLike
          || !Referents.compatible(entity, gender)
          || excluded.contains(entity)) {
        continue;
      }
      return Optional.of(entity);
    }
    return Optional.empty();
  }

  /**
   * The people a pronoun of {@code gender} at {@code position} can mean, each with their latest
   * mention before it within {@link #PRONOUN_REACH}, latest first, at most {@code cap}: the
   * candidates the ranking model chooses among ("Ann Ruiz met Tom Hale. … "Q," he said": Hale).
   */
  List<NameMention> recentPeople(int position, Gender gender, int cap) {
    List<NameMention> found = new ArrayList<>(cap);
    for (int i = firstFrom(position) - 1; i >= 0 && found.size() < cap; i--) {
      NameMention mention = mentions.get(i);
      if (position - mention.end() > PRONOUN_REACH) {
        break;
      }
      Entity entity = mention.entity();
      if (entity.personLike
          && Referents.compatible(entity, gender)
          && found.stream().noneMatch(earlier -> earlier.entity() == entity)) {
        found.add(mention);
      }
    }
    return found;
  }

  /** The latest mention of {@code entity} before {@code position}, or null. */
  NameMention lastMentionOf(Entity entity, int position) {
    for (int i = firstFrom(position) - 1; i >= 0; i--) {
      if (mentions.get(i).entity() == entity) {
        return mentions.get(i);
      }
    }
    return null;
  }

  /**
   * How many people other than {@code except} the text names in [from, to), up to {@code cap}; with
   * a gender, only those it fits. Evidence for the attribution model: rivals a reader must pass.
   */
  int othersNamed(int from, int to, Entity except, Gender gender, int cap) {
    List<Entity> seen = new ArrayList<>(cap);
    for (NameMention mention : between(from, to)) {
      if (seen.size() >= cap) {
        break;
      }
      Entity entity = mention.entity();
      if (entity != except
          && entity.personLike
          && (gender == null || Referents.compatible(entity, gender))
          && !seen.contains(entity)) {
        seen.add(entity);
      }
    }
    return seen.size();
  }

  /**
   * How far before {@code position} the text last names {@code entity}, in characters; -1 when not
   * within {@link #PRONOUN_REACH}, how far back a pronoun looks.
   */
  int distanceToLastMention(Entity entity, int position) {
    for (int i = firstFrom(position) - 1; i >= 0; i--) {
      NameMention mention = mentions.get(i);
      if (position - mention.end() > PRONOUN_REACH) {
        break;
      }
      if (mention.entity() == entity) {
        return position - mention.end();
      }
    }
    return -1;
  }
}
