package io.quotedesk.ingest;

import static io.quotedesk.ingest.StoryFixtures.STORY;
import static io.quotedesk.ingest.StoryFixtures.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryTablesTest {

  private static final String BUDGET =
      "<table><thead><tr><th>Crossing</th><th>Cost</th><th>Ready</th></tr></thead><tbody>"
          + "<tr><td>Old bridge repairs</td><td>$12 million</td><td>2027</td></tr>"
          + "<tr><td>New crossing</td><td><p>$9 million</p></td><td>2026<br>(first lane)</td></tr>"
          + "<tr><td>Ferry</td><td></td><td>2025</td></tr>"
          + "</tbody></table>";

  @Test
  void aDataTablesRowIsOneLineOfCellsBetweenTheStorysParagraphs() {
    List<String> found = paragraphs("<div class=story>" + STORY + BUDGET + STORY + "</div>");
    assertThat(found)
        .hasSize(10)
        .containsSubsequence(
            "Crossing | Cost | Ready",
            "Old bridge repairs | $12 million | 2027",
            "New crossing | $9 million | 2026 (first lane)",
            "Ferry | 2025");
    assertThat(found.get(3)).isEqualTo("Crossing | Cost | Ready");
    assertThat(found.get(7)).startsWith("The council voted");
  }

  @Test
  void aLayoutTableKeepsItsProseParagraphs() {
    String oneCellPerRow =
        "<table><tr><td>"
            + STORY
            + "</td></tr><tr><td><p>Posted by the editors</p></td></tr>"
            + "</table>";
    List<String> found = paragraphs(oneCellPerRow);
    assertThat(found).hasSizeGreaterThanOrEqualTo(3).noneMatch(p -> p.contains(" | "));
    assertThat(found.get(0)).startsWith("The council voted");
    assertThat(found.get(2)).startsWith("The mayor said");
  }

  @Test
  void aTableHoldingTablesOrProseCellsIsLayout() {
    String nested =
        "<table><tr><td>Menu</td><td>"
            + STORY
            + "<table><tr><td>Old bridge</td><td>1890</td></tr><tr><td>New bridge</td>"
            + "<td>2026</td></tr></table></td></tr><tr><td>Home</td><td>About us</td></tr></table>";
    List<String> found = paragraphs(nested);
    assertThat(found).contains("Old bridge | 1890", "New bridge | 2026");
    assertThat(found).anyMatch(p -> p.startsWith("The council voted") && !p.contains(" | "));
    String forum =
        "<table><tr><td>ann_r</td><td>Is the old bridge open to bikes?<br><br>I cross it every"
            + " day.</td></tr><tr><td>bob</td><td><p>Yes, walkers and bikes still cross.</p>"
            + "<p>Only cars are stopped.</p></td></tr></table>";
    assertThat(paragraphs(forum))
        .contains("Is the old bridge open to bikes?", "I cross it every day.")
        .noneMatch(p -> p.contains(" | "));
    String sideBySide =
        "<table><tr><td>"
            + STORY
            + "</td><td>"
            + STORY
            + "</td></tr>"
            + "<tr><td>"
            + STORY
            + "</td><td>The end.</td></tr></table>";
    assertThat(paragraphs(sideBySide)).noneMatch(p -> p.contains(" | "));
  }
}
