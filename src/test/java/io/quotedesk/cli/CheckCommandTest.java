package io.quotedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} reads "QUOTE" — NAME as Slack does. */
class CheckCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private String run(String... args) {
    StringWriter out = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "--set";
    all[1] = "data.dir=" + dir;
    System.arraycopy(args, 0, all, 2, args.length);
    int code = Main.run(all, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(code).as(String.join(" ", args)).isZero();
    return out.toString();
  }

  @BeforeEach
  void ingestTheSample() {
    run("ingest", "seeds/000_28f35f942a0f94c1.txt");
  }

  @Test
  void readsTheNameAfterADashExactlyAsTyped() throws Exception {
    JsonNode check =
        JSON.readTree(run("check", "--json", "\u201Cprevent war\u201D \u2014 Stoltenberg"))
            .at("/checks/0");
    assertThat(check.at("/claimed/text").asText()).isEqualTo("prevent war");
    assertThat(check.at("/claimed/speaker").asText()).isEqualTo("Stoltenberg");
    assertThat(check.get("verdict").asText()).isEqualTo("exact");
    JsonNode misattributed =
        JSON.readTree(run("check", "--json", "\"prevent war\" -- donald  Trump")).at("/checks/0");
    assertThat(misattributed.at("/claimed/speaker").asText()).isEqualTo("donald  Trump");
    assertThat(misattributed.get("verdict").asText()).isEqualTo("misattributed");
  }

  @Test
  void theSpeakerOptionNamesTheSpeaker() throws Exception {
    JsonNode check =
        JSON.readTree(run("check", "--json", "prevent war", "--speaker", "Jens Stoltenberg"))
            .at("/checks/0");
    assertThat(check.at("/claimed/speaker").asText()).isEqualTo("Jens Stoltenberg");
    assertThat(check.get("verdict").asText()).isEqualTo("exact");
  }

  /** Two quotes of one speaker in one paragraph, her name between them. */
  private void ingestTheStrike() throws Exception {
    Path story = dir.resolve("strike.txt");
    Files.writeString(
        story,
        "Dock workers vote to strike at Harlow Quay\n\n"
            + "Dock workers at Harlow Quay voted on Thursday to walk out after pay talks failed.\n\n"
            + "\"We have been patient for three years,\" said Ismay Kettridge, the union's branch"
            + " secretary. \"Our members are done waiting.\"\n\n"
            + "The port authority said it remained open to talks.\n");
    run("ingest", story.toString());
  }

  @Test
  void anAddedOrDroppedNegationSaysTheMeaningIsReversed() throws Exception {
    ingestTheStrike();
    String added = run("check", "\"We have not been patient for three years\" \u2014 Kettridge");
    assertThat(added)
        .startsWith("CLOSE")
        .contains("The meaning is reversed")
        .contains("\u201Cnot\u201D");
    String dropped = run("check", "\"We have been patient for three years\" \u2014 Kettridge");
    assertThat(dropped).startsWith("EXACT").doesNotContain("reversed");
    String reworded = run("check", "\"We have been patient for 3 years\" \u2014 Kettridge");
    assertThat(reworded).startsWith("CLOSE").doesNotContain("reversed");
  }

  @Test
  void aClaimOverTwoQuotesSplitByTheirAttributionIsExactAndShowsBoth() throws Exception {
    ingestTheStrike();
    String claim =
        "\"We have been patient for three years. Our members are done waiting.\" \u2014 Kettridge";
    JsonNode check = JSON.readTree(run("check", "--json", claim)).at("/checks/0");
    assertThat(check.get("verdict").asText()).isEqualTo("exact");
    assertThat(check.at("/match/quote/text").asText()).startsWith("We have been patient");
    assertThat(check.at("/moreMatches/0/quote/text").asText())
        .isEqualTo("Our members are done waiting.");
    assertThat(run("check", claim))
        .startsWith("EXACT")
        .contains("\u201CWe have been patient for three years,\u201D")
        .contains("\u201COur members are done waiting.\u201D");
    // Someone else's words after hers are no part of the record.
    String joined = "\"We have been patient for three years. The port is open to talks.\"";
    assertThat(run("check", joined)).doesNotStartWith("EXACT");
  }
}
