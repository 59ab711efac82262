package io.quotedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code quotedesk} launcher on a PATH without flock, as on macOS: stand-ins for mvn, mvnw and
 * java record what the launcher runs, so no real build happens here.
 */
class LauncherTest {
  private static final List<String> TOOLS =
      List.of("bash", "sh", "env", "find", "mkdir", "rm", "sleep", "cat", "dirname", "touch");

  @TempDir Path dir;
  private Path repo;
  private Path bin;
  private Path log;

  @BeforeEach
  void copyLauncher() throws Exception {
    for (String tool : TOOLS) {
      assumeTrue(
          Files.isExecutable(Path.of("/bin", tool))
              || Files.isExecutable(Path.of("/usr/bin", tool)));
    }
    repo = Files.createDirectories(dir.resolve("repo"));
    bin = Files.createDirectories(dir.resolve("bin"));
    log = dir.resolve("log");
    Files.copy(Path.of("quotedesk"), repo.resolve("quotedesk"));
    Files.writeString(repo.resolve("pom.xml"), "<project/>");
    Files.createDirectories(repo.resolve("src/main"));
    Files.writeString(repo.resolve("src/main/Story.java"), "class Story {}");
    for (String tool : TOOLS) {
      Path real =
          Files.isExecutable(Path.of("/bin", tool))
              ? Path.of("/bin", tool)
              : Path.of("/usr/bin", tool);
      script(bin.resolve(tool), "exec " + real + " \"$@\"\n"); // a wrapper: nothing to unlink
    }
    String build =
        "echo \"$(basename \"$0\")\" >> \"$LOG\"; sleep 1; mkdir -p target; touch target/quotedesk.jar\n";
    script(repo.resolve("mvnw"), build.replace("$(basename \"$0\")", "mvnw"));
    script(dir.resolve("mvn"), build.replace("$(basename \"$0\")", "mvn"));
    script(bin.resolve("java"), "for last; do :; done; echo \"java $last\" >> \"$LOG\"\n");
  }

  private static void script(Path path, String body) throws IOException {
    Files.writeString(path, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Process launch(String argument) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(repo.resolve("quotedesk").toString(), argument);
    builder.environment().put("PATH", bin.toString());
    builder.environment().put("LOG", log.toString());
    return builder.redirectErrorStream(true).start();
  }

  private List<String> logLines() throws IOException {
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  @Test
  void twoRunsAtOnceBuildOnceWithTheWrapperWhenMvnIsMissing() throws Exception {
    Process first = launch("one");
    Process second = launch("two");
    assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).as(new String(first.getInputStream().readAllBytes())).isZero();
    assertThat(second.exitValue()).isZero();
    assertThat(logLines()).containsOnlyOnce("mvnw").contains("java one", "java two");
    assertThat(logLines().indexOf("mvnw")).isZero(); // both ran the jar after the one build
    assertThat(repo.resolve(".build.lock.d")).doesNotExist();
  }

  @Test
  void mvnOnThePathIsPreferredAndAFreshJarIsNotRebuilt() throws Exception {
    Files.copy(dir.resolve("mvn"), bin.resolve("mvn"));
    Files.setPosixFilePermissions(bin.resolve("mvn"), PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(launch("first").waitFor(60, TimeUnit.SECONDS)).isTrue();
    Files.setLastModifiedTime(
        repo.resolve("target/quotedesk.jar"), FileTime.from(Instant.now().plusSeconds(60)));
    assertThat(launch("second").waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(logLines()).containsExactly("mvn", "java first", "java second");
  }

  @Test
  void aLockLeftByAKilledBuildIsTakenOver() throws Exception {
    Path lock = Files.createDirectories(repo.resolve(".build.lock.d"));
    Files.writeString(lock.resolve("pid"), "999999\n"); // no such process
    Process run = launch("after");
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(logLines()).containsExactly("mvnw", "java after");
  }
}
