package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublishedDatesTest {
  @Test
  void isoIsKeptAsWritten() {
    assertThat(PublishedDates.iso("2015-12-11T14:28:34.438Z")).contains("2015-12-11T14:28:34.438Z");
    assertThat(PublishedDates.iso("2024-06-25")).contains("2024-06-25");
  }

  @Test
  void commonNearIsoFormsBecomeIso() {
    assertThat(PublishedDates.iso("2021-11-01T10:52:50+0100"))
        .contains("2021-11-01T10:52:50+01:00");
    assertThat(PublishedDates.iso("2019-04-28 06:01:07")).contains("2019-04-28T06:01:07");
    assertThat(PublishedDates.iso("2015-07-10 09:53:00 -0400"))
        .contains("2015-07-10T09:53:00-04:00");
    assertThat(PublishedDates.iso("Fri, 13 Mar 2015 21:30:09 GMT"))
        .contains("2015-03-13T21:30:09Z");
    assertThat(PublishedDates.iso("20190806")).contains("2019-08-06");
  }

  @Test
  void anAmbiguousZoneAbbreviationKeepsTheLocalTimeOnly() {
    assertThat(PublishedDates.iso("Fri Mar 13 21:30:09 EST 2015")).contains("2015-03-13T21:30:09");
  }

  @Test
  void textThatIsNoDateGivesNothing() {
    assertThat(PublishedDates.iso("last Tuesday")).isEmpty();
    assertThat(PublishedDates.iso("")).isEmpty();
  }
}
