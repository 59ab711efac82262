package io.quotedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.store.InstallationRecords.Installation;
import io.quotedesk.store.InstallationRecords.Kind;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the installation records must do on every backend; SQLite and PostgreSQL run these. */
abstract class InstallationRecordsContract {
  static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

  private ArticleStore store;
  private InstallationRecords records;

  /** A fresh, empty store of the backend under test. */
  abstract ArticleStore openEmpty() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openEmpty();
    records = store.installations();
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  @Test
  void aSavedInstallationIsFoundByItsIdsAndReplacedBySavingAgain() throws Exception {
    records.save(new Installation(Kind.BOT, "", "T1", "", T0, "sealed-1"));
    records.save(new Installation(Kind.BOT, "", "T2", "", T0, "sealed-2"));
    records.save(new Installation(Kind.BOT, "", "T1", "", T0.plusSeconds(60), "sealed-1b"));

    assertThat(records.find(Kind.BOT, "", "T1", ""))
        .hasValue(new Installation(Kind.BOT, "", "T1", "", T0.plusSeconds(60), "sealed-1b"));
    assertThat(records.find(Kind.BOT, "", "T2", "")).map(Installation::sealed).hasValue("sealed-2");
    assertThat(records.find(Kind.INSTALLER, "", "T1", "")).isEmpty();
    assertThat(records.find(Kind.BOT, "E1", "T1", "")).isEmpty();
  }

  @Test
  void deletingOneRowOrAWholeWorkspace() throws Exception {
    records.save(new Installation(Kind.BOT, "", "T1", "", T0, "bot"));
    records.save(new Installation(Kind.INSTALLER, "", "T1", "U1", T0, "u1"));
    records.save(new Installation(Kind.INSTALLER, "", "T1", "U2", T0, "u2"));
    records.save(new Installation(Kind.BOT, "", "T2", "", T0, "other"));

    assertThat(records.delete(Kind.INSTALLER, "", "T1", "U1")).isTrue();
    assertThat(records.delete(Kind.INSTALLER, "", "T1", "U1")).isFalse();
    assertThat(records.deleteWorkspace("", "T1")).isEqualTo(2);
    assertThat(records.find(Kind.BOT, "", "T1", "")).isEmpty();
    assertThat(records.find(Kind.BOT, "", "T2", "")).isPresent();
  }

  @Test
  void aStateIsGoodOnceAndOnlyBeforeItExpires() throws Exception {
    records.addState("s-1", T0, T0.plusSeconds(600));
    records.addState("s-2", T0, T0.plusSeconds(600));

    assertThat(records.takeState("s-1", T0.plusSeconds(1))).isTrue();
    assertThat(records.takeState("s-1", T0.plusSeconds(2))).as("replayed").isFalse();
    assertThat(records.takeState("s-2", T0.plusSeconds(600))).as("expired").isFalse();
    assertThat(records.takeState("never-issued", T0)).isFalse();
  }

  @Test
  void issuingAStateDropsTheExpiredOnes() throws Exception {
    records.addState("old", T0, T0.plusSeconds(600));
    records.addState("new", T0.plusSeconds(601), T0.plusSeconds(1200));

    assertThat(records.takeState("old", T0.plusSeconds(1))).isFalse();
    assertThat(records.takeState("new", T0.plusSeconds(602))).isTrue();
  }

  @Test
  void twoHandlesOnOneDatabaseShareInstallationsAndStates() throws Exception {
    InstallationRecords other = store.installations();
    records.save(new Installation(Kind.BOT, "", "T1", "", T0, "bot"));
    records.addState("s-1", T0, T0.plusSeconds(600));

    assertThat(other.find(Kind.BOT, "", "T1", "")).isPresent();
    assertThat(other.takeState("s-1", T0)).isTrue();
    assertThat(records.takeState("s-1", T0)).isFalse();
  }
}
