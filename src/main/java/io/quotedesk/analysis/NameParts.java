package io.quotedesk.analysis;

import io.quotedesk.analysis.Lexicon.Gender;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run of capitalised words says: an optional role (null when none), then a name, and the
 * gender an honorific gives ("Mrs.").
 */
record NameParts(String role, List<Token> name, Gender honorific) {

  /** Splits "NATO Secretary General Jens Stoltenberg" into role and name. */
  static NameParts of(List<Token> run) {
    int lastTitle = -1;
    Gender honorific = Gender.UNKNOWN;
    for (int i = 0; i < run.size(); i++) {
      String bare = NameRuns.bareName(run.get(i));
      if (NameWords.HONORIFICS.containsKey(bare) && i + 1 < run.size()) {
        honorific = NameWords.HONORIFICS.get(bare);
        lastTitle = i;
      } else if (Titles.isTitle(bare) && !isSurnameAfterFirstName(run, i)) {
        lastTitle = i;
      } else if (bare.equals("of") && lastTitle == i - 1 && i + 1 < run.size()) {
        // "Secretary of State John F. Kerry", "Secretary of Homeland Security Jeh Johnson": the
        // body after "of" belongs to the title; the name is what is left, from a first name on.
        int j = i + 1;
        while (j + 3 < run.size()
            && NameWords.genderOfFirstName(NameRuns.bareName(run.get(j + 1))) == Gender.UNKNOWN) {
          j++;
        }
        lastTitle = j;
        i = j;
      }
    }
    List<Token> name = new ArrayList<>(run.subList(lastTitle + 1, run.size()));
    while (!name.isEmpty() && isInitialOrSuffixOnly(name.get(name.size() - 1)) && name.size() > 1) {
      name.remove(name.size() - 1);
    }
    String role = null;
    int roleEnd = lastTitle;
    while (roleEnd >= 0 && NameWords.HONORIFICS.containsKey(NameRuns.bareName(run.get(roleEnd)))) {
      roleEnd--;
    }
    if (roleEnd >= 0) {
      role = join(run.subList(0, roleEnd + 1));
    }
    return new NameParts(role, name, honorific);
  }

  /** "Charlie King", "Jane Major": a title word that is a surname after a first name. */
  private static boolean isSurnameAfterFirstName(List<Token> run, int i) {
    return i == run.size() - 1
        && i > 0
        && NameWords.genderOfFirstName(NameRuns.bareName(run.get(i - 1))) != Gender.UNKNOWN;
  }

  private static boolean isInitialOrSuffixOnly(Token token) {
    String bare = token.bare();
    return bare.equals("jr") || bare.equals("sr") || bare.equals("ii") || bare.equals("iii");
  }

  /**
   * The name as written, without a possessive ending: "Jens Stoltenberg's" → "Jens Stoltenberg".
   */
  String nameText() {
    StringBuilder out = new StringBuilder();
    for (Token token : name) {
      String t = NameRuns.isPossessive(token) ? token.withoutPossessive().text() : token.text();
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(t);
    }
    return out.toString();
  }

  static String join(List<Token> tokens) {
    StringBuilder out = new StringBuilder();
    for (Token token : tokens) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(token.text());
    }
    return out.toString();
  }
}
