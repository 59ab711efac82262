package io.quotedesk.brief;

import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Mention;
import io.quotedesk.analysis.Quote;
import io.quotedesk.analysis.Speaker;
import io.quotedesk.ingest.PlainTextReader;
import java.util.List;
import java.util.Optional;

/**
 * An analysis whose speakers have chosen confidences, one quote per band: sure (0.9), probable
 * (0.6), withheld ("he", no speaker) and not named. The model's own output can't be steered so.
 */
public final class UncertainSpeakers {
  public static final String SURE = "Deterrence is the bedrock of our alliance,";
  public static final String PROBABLE = "Allies must spend more on defence & cyber,";
  public static final String WITHHELD = "We will not be divided by anyone,";
  public static final String UNNAMED = "Closed until further notice.";
  public static final String TEXT =
      "Alliance chief warns\n\n\u201C"
          + SURE
          + "\u201D NATO Secretary General Jens Stoltenberg said.\n\n\u201C"
          + PROBABLE
          + "\u201D Stoltenberg added.\n\n\u201C"
          + WITHHELD
          + "\u201D he said.\n\n\u201C"
          + UNNAMED
          + "\u201D";

  private UncertainSpeakers() {}

  public static Analysis analysis() {
    Optional<String> role = Optional.of("NATO Secretary General");
    return new Analysis(
        new PlainTextReader().read(TEXT),
        List.of(
            quote(SURE, 1, new Speaker("Jens Stoltenberg", role, 0.9), "NATO Secretary General"),
            quote(PROBABLE, 2, new Speaker("Jens Stoltenberg", role, 0.6), "Stoltenberg"),
            quote(WITHHELD, 3, null, "he"),
            quote(UNNAMED, 4, null, null)),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty());
  }

  private static Quote quote(String text, int paragraph, Speaker speaker, String mention) {
    int start = TEXT.indexOf(text);
    int end = start + text.length();
    Optional<Mention> how =
        mention == null
            ? Optional.empty()
            : Optional.of(
                new Mention(
                    mention,
                    TEXT.indexOf(mention, end),
                    TEXT.indexOf(mention, end) + mention.length()));
    return new Quote(
        text,
        start,
        end,
        paragraph,
        false,
        false,
        Optional.ofNullable(speaker),
        how,
        mention == null ? Optional.empty() : Optional.of("said"));
  }
}
