package io.quotedesk.analysis;

import java.util.Optional;

/**
 * Whether a name's first word is a given name, for code outside the analysis that compares names a
 * user typed ("John Smith" is not "Jane Smith", but "Prime Minister Starmer" is Keir Starmer), and
 * the pronoun it usually takes, for the training label of a "he" or "she" source.
 */
public final class FirstNameWords {
  private FirstNameWords() {}

  /**
   * A first name the lists know that is no title word: "jane", "olaf"; not "prime" or "chief",
   * which the name lists also hold.
   */
  public static boolean isFirstName(String lowerCaseWord) {
    return !Titles.isTitle(lowerCaseWord) && FirstNames.of(lowerCaseWord).isPresent();
  }

  /**
   * The pronoun a first name usually takes: "he" for "tom", "she" for "maria"; empty for a unisex
   * name ("jordan"), a word the lists do not know, or one that is a title or a function word here
   * ("general", "may").
   */
  public static Optional<String> pronounOf(String word) {
    return switch (NameWords.genderOfFirstName(word)) {
      case MALE -> Optional.of("he");
      case FEMALE -> Optional.of("she");
      case UNKNOWN -> Optional.empty();
    };
  }
}
