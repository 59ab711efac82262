package io.quotedesk.analysis;

/**
 * Whether a name's first word is a given name, for code outside the analysis that compares names a
 * user typed ("John Smith" is not "Jane Smith", but "Prime Minister Starmer" is Keir Starmer).
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
}
