package io.quotedesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SpeakerResolverTest {
  private static final List<String> WORDS =
      List.of("calls", "Calls", "keeping", "well-known", "don't", "trump", "Trump", "né", "x");
  private static final List<String> SEPARATORS = List.of(" ", ", ", ". ", "-", "’", "\n\n", "5");

  /** Whole-word search by its definition: letters on neither side. */
  private static boolean occursAsWholeWord(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
          && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aSurnameIsThePersonLastNamedWithItBefore() {
    String text = "Hillary Clinton spoke. Bill Clinton spoke. Later Clinton left.";
    List<Token> tokens = Token.of(text, 0, text.length());
    SpeakerResolver resolver = new SpeakerResolver(text, List.of(tokens), List.of());
    List<Token> surname = List.of(tokens.get(tokens.size() - 3)); // the last "Clinton"
    assertThat(surname.get(0).text()).isEqualTo("Clinton");
    assertThat(resolver.resolveName(surname, text.indexOf("Later")).map(e -> e.name))
        .contains("Bill Clinton");
    assertThat(resolver.resolveName(surname, text.indexOf("Bill")).map(e -> e.name))
        .contains("Hillary Clinton");
    assertThat(resolver.resolveName(surname, 0).map(e -> e.name)) // none before: the first
        .contains("Hillary Clinton");
  }

  @Test
  void aDescriptionFindsTheRoleLearntAfterItWasFirstAsked() {
    String text = "Jane Smith, the mayor, met Tom Jones. Later the mayor spoke.";
    List<Token> tokens = Token.of(text, 0, text.length());
    SpeakerResolver resolver = new SpeakerResolver(text, List.of(tokens), List.of());
    int later = text.indexOf("Later");
    assertThat(resolver.resolveDescription("the mayor", later)).isEmpty();
    resolver.addAppositionRoles(tokens); // "the mayor" becomes Jane Smith's role
    assertThat(resolver.resolveDescription("the mayor", later))
        .map(entity -> entity.name)
        .contains("Jane Smith");
  }

  @Test
  void lowerCaseWordsAnswerAlikeBeforeAndAfterTheTextIsIndexed() {
    Random random = new Random(20261130);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 30; i++) {
        text.append(WORDS.get(random.nextInt(WORDS.size())));
        text.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
      }
      Predicate<String> written = SpeakerResolver.writtenInLowerCase(text.toString());
      // Enough distinct questions to pass the point where the text gets an index of its words.
      for (int asked = 0; asked < 80; asked++) {
        String word =
            random.nextBoolean()
                ? WORDS.get(random.nextInt(WORDS.size()))
                : "w" + asked + (asked % 3 == 0 ? "-x" : "");
        assertThat(written.test(word))
            .as("%s in %s", word, text)
            .isEqualTo(occursAsWholeWord(text.toString(), word));
      }
    }
  }

  @Test
  void aWhoClauseSayingWhatThePersonIsGivesARole() {
    String text =
        "It came after Donald Trump, who is running again and is currently the Republican"
            + " frontrunner, spoke. Jane Roe, who is a senator, agreed. John Doe, who is a father"
            + " of three, left.";
    List<Token> tokens = Token.of(text, 0, text.length());
    SpeakerResolver resolver = new SpeakerResolver(text, List.of(tokens), List.of());
    resolver.addAppositionRoles(tokens);
    assertThat(resolver.people())
        .extracting(Person::name, p -> p.role().orElse(null))
        .contains(
            org.assertj.core.groups.Tuple.tuple("Donald Trump", "Republican frontrunner"),
            org.assertj.core.groups.Tuple.tuple("Jane Roe", "senator"),
            org.assertj.core.groups.Tuple.tuple("John Doe", null));
  }
}
