package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLinesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "March 3, 2025|2025-03-03",
        "Mar. 3, 2025|2025-03-03",
        "Sept 30 2024|2024-09-30",
        "Monday, March 3, 2025|2025-03-03",
        "Published: Mon 3 March 2025 09.41 GMT|2025-03-03",
        "Updated Mar. 3, 2025 at 5:00 p.m. EST|2025-03-03",
        "Posted on 12 December 2023|2023-12-12",
        "2025-03-03|2025-03-03",
        "2025-03-03 14:05|2025-03-03",
        "Updated 14:32 GMT, 12 November 2025|2025-11-12",
        "Posted at 9:05 a.m. ET Monday, March 3, 2025|2025-03-03"
      })
  void aLineThatIsOnlyADateGivesItsDay(String line, String day) {
    assertThat(DateLines.day(line)).contains(day);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The vote was held on March 3, 2025.",
        "March 3, 2025 was the day the council voted.",
        "February 30, 2025",
        "Marching 3, 2025",
        "3 March",
        "2025",
        "Published: soon"
      })
  void aSentenceOrAnImpossibleDayIsNoDateLine(String line) {
    assertThat(DateLines.day(line)).isEmpty();
  }
}
