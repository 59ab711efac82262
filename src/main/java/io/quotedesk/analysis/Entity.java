package io.quotedesk.analysis;

import io.quotedesk.analysis.Lexicon.Gender;
import java.util.Optional;

/** One person (or organisation) and what the text tells about them. */
final class Entity {
  String name;
  String role;
  Gender gender = Gender.UNKNOWN;
  int mentions;
  boolean personLike;
  boolean quoted;
  // "Harbor Bank" after "an economist at", "Storm Odalys": no person, though a first name opens
  // it
  boolean notPerson;
  // "city fire chief", "state Sen.": the English role written before the name, shown with it;
  // descriptions are found by the role the name's own words give ("Sen.")
  String writtenRole;
  // "Billionaire" in "Billionaire Donald Trump": shown as the role when nothing else gives one
  String description;
  final String first;
  final String last;

  Entity(String name, String first, String last) {
    this.name = name;
    this.first = first;
    this.last = last;
  }

  /** This person as a quote's speaker: the fullest name and the role known so far. */
  Speaker asSpeaker() {
    return new Speaker(name, Optional.ofNullable(role != null ? role : description));
  }
}
