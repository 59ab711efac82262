package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageKindTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  /** A page of formulas: the math is left out, its headings and the words between them stay. */
  private static final String FORMULAS =
      "<div class=main><h1>Samples of equations</h1>"
          + "<h2>The Lorenz Equations</h2><math><mi>x</mi></math>"
          + "<h2>The Cauchy-Schwarz Inequality</h2><math><mi>y</mi></math>"
          + "<p>When <math><mi>a</mi></math>, there are two solutions to"
          + " <math><mi>b</mi></math> and they are</p><math><mi>c</mi></math>"
          + "<h2>A Cross Product Formula</h2><math><mi>z</mi></math>"
          + "<h2>Maxwell's Equations</h2><math><mi>e</mi></math>"
          + "<h2>In-line Mathematics</h2><p>Finally, the ability to mix math and text in a"
          + " paragraph is also important, and MathJax does it without unduly disturbing the"
          + " spacing between lines.</p></div>";

  private static String page(String head, String body) {
    return "<html><head><title>Bridgeview</title>"
        + head
        + "</head><body>"
        + body
        + "</body></html>";
  }

  @Test
  void aPageOfFormulasIsNoArticle() {
    assertThatThrownBy(() -> extractor.extract(page("", FORMULAS), null))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("headings and labels");
  }

  @Test
  void aPageThatCallsItselfAnArticleIsReadWhateverItsShape() throws Exception {
    String declared = "<meta property='og:type' content='article'>";
    assertThat(extractor.extract(page(declared, FORMULAS), null).text())
        .contains("The Lorenz Equations");
  }

  @Test
  void aShortStoryWithSubheadingsIsAnArticle() throws Exception {
    String story =
        "<div class=story><h1>Bridge closes</h1><h2>Cars</h2><p>The council voted on Tuesday"
            + " to close the old bridge to cars.</p><h2>Walkers</h2><p>Walkers and cyclists may"
            + " still cross it.</p><h2>Buses</h2><p>Buses go over the northern crossing.</p>"
            + "<h2>Shops</h2><p>Shops say trade will suffer.</p></div>";
    assertThat(extractor.extract(page("", story), null).text())
        .contains("The council voted", "Shops say trade will suffer.");
  }
}
