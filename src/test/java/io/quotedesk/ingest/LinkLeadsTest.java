package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkLeadsTest {
  private static boolean leads(String before) {
    return LinkLeads.isLead(before, before.length());
  }

  @Test
  void wordsOfASentenceLeadUpToItsLink() {
    assertThat(leads("Mira added ")).isTrue();
    assertThat(leads("Tomas has patches up to ")).isTrue();
    assertThat(leads("  Ana O’Neill fixed ")).isTrue();
  }

  @Test
  void aLabelBeforeItsLinkIsNoLead() {
    assertThat(leads("Related: ")).isFalse();
    assertThat(leads("Sport ")).isFalse();
    assertThat(leads("Read more » ")).isFalse();
    assertThat(leads("Share on ")).isFalse();
    assertThat(leads("Posted in ")).isFalse();
    assertThat(leads("More from ")).isFalse();
    assertThat(leads("Read more about ")).isFalse();
    assertThat(leads("More stories from ")).isFalse();
    assertThat(leads("You might also like ")).isFalse();
  }
}
