package io.quotedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
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
}
