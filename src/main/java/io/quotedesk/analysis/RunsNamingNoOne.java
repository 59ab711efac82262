package io.quotedesk.analysis;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs of capitals in a story in another language that name no one though they look like names: a
 * wire story's dateline place, a function word that opens a sentence, a German article and one
 * noun. Kept apart from {@link NamesInLanguage}, which reads the names that do.
 */
final class RunsNamingNoOne {
  /** Agencies' initials in a dateline: AFP, dpa, PAP, AP, APA, SDA, ANSA, EFE, KNA, epd. */
  private static final Pattern DATELINE_AGENCY =
      Pattern.compile("AFP|dpa|PAP|AP|APA|SDA|ANSA|EFE|KNA|epd|Belga|ATS|IAR");

  private RunsNamingNoOne() {}

  /**
   * "Bordeaux (AFP) -", "Berlin (dpa) -", "Warszawa (PAP) -": the place of a wire story's dateline,
   * a run right before an agency's initials in parentheses, names no one.
   */
  static boolean isDateline(List<Token> tokens, List<Token> run) {
    int after = Ranges.firstStartingAtOrAfter(tokens, Token::start, run.get(run.size() - 1).end());
    return after + 2 < tokens.size()
        && tokens.get(after).is("(")
        && tokens.get(after + 2).is(")")
        && tokens.get(after + 1).isWord()
        && DATELINE_AGENCY.matcher(tokens.get(after + 1).text()).matches();
  }

  /**
   * "Son entraîneur, Franck X": a capital that opens a sentence on a function word of the language
   * (a possessive determiner the text happens never to write in lower case) names no one, nor does
   * a German article and one noun.
   */
  static boolean isFunctionWordAlone(CueWords words, List<Token> run) {
    if (run.size() == 1) {
      return words.isFunctionWord(run.get(0).lower());
    }
    // "Ein Verfahren dauert …", "Die Verfahren seien …": German capitalises every noun, and an
    // article opening the sentence before one is a description, no name
    return words.language().equals("de")
        && run.size() == 2
        && words.determiners().contains(run.get(0).lower())
        && FirstNames.inLanguage("de", NameRuns.bareName(run.get(1))).isEmpty()
        && !NameWords.isFirstName(NameRuns.bareName(run.get(1)));
  }
}
