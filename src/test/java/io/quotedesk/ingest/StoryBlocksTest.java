package io.quotedesk.ingest;

import static io.quotedesk.ingest.StoryFixtures.STORY;
import static io.quotedesk.ingest.StoryFixtures.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryBlocksTest {

  @Test
  void aBlockStyledOutOfSightIsLeftOut() {
    List<String> found =
        paragraphs(
            "<div class=story>"
                + STORY
                + "<div style='display: none' itemprop=publisher>Daily Example 2024-02-14</div>"
                + "</div>");
    assertThat(found).hasSize(3).noneMatch(p -> p.contains("Daily Example"));
  }

  @Test
  void aHiddenBlockOfLongParagraphsIsTheStorysFoldedEnd() {
    String folded =
        "<div style='display:none' class=more><p>Engineers will present three designs in March,"
            + " the council said, and residents will be able to comment on each of them before a"
            + " final vote in the summer.</p></div>";
    assertThat(paragraphs("<div class=story>" + STORY + folded + "</div>"))
        .hasSize(4)
        .last()
        .asString()
        .startsWith("Engineers will present");
  }

  @Test
  void aLongParagraphHiddenOnItsOwnOrOutOfSightIsLeftOut() {
    String hiddenParagraph =
        "<p style='display: none'>Engineers will present three designs in March, the council said,"
            + " and residents will be able to comment on each of them in the town hall before a final"
            + " vote in the summer.</p>";
    String invisibleBlock =
        "<div style='visibility: hidden'><p>Shop owners along the river said they would ask the"
            + " council for help with rents while the crossing is closed to traffic and trade, which"
            + " could take two years.</p>"
            + "</div>";
    assertThat(
            paragraphs("<div class=story>" + STORY + hiddenParagraph + invisibleBlock + "</div>"))
        .hasSize(3)
        .noneMatch(p -> p.contains("Engineers") || p.contains("Shop owners"));
  }

  @Test
  void aGalleryOfLongCaptionsIsLeftOutBesideTheStory() {
    StringBuilder gallery = new StringBuilder("<div class='full-gallery'><ul>");
    for (int i = 1; i <= 8; i++) {
      gallery
          .append("<li><span class=counter>")
          .append(i)
          .append("/8</span><p>Picture ")
          .append(i)
          .append(": the market square on a busy Saturday, with stalls selling fruit, cheese,")
          .append(
              " flowers and bread, and crowds of shoppers, tourists and their children.</p></li>");
    }
    gallery.append("</ul></div>");
    List<String> found = paragraphs("<div class=story>" + STORY + gallery + "</div>");
    assertThat(found).hasSize(3).noneMatch(p -> p.contains("market square"));
  }

  @Test
  void aStoryEndFoldedIntoAReadMoreBlockIsReadWithItsOpening() {
    String opening =
        "<div class=story-intro><p><strong>A government team has toured the newsrooms this week"
            + " to calm fears about the new surveillance law. It failed.</strong></p></div>"
            + "<p>The team, which included the police commissioner, met editors, reporters and"
            + " union officials in three cities, and answered questions for hours.</p>";
    String folded =
        "<div id=read-more><div id=read-more-link><a href=''>Read more</a></div>"
            + "<div id=read-more-content>"
            + (STORY + STORY.replace("council", "committee") + STORY.replace("bridge", "tunnel"))
                .replace("</p>", " Editors said they would not change how they work.</p>")
            + "</div></div>";
    List<String> found = paragraphs("<div class=story-body>" + opening + folded + "</div>");
    assertThat(found).hasSize(11);
    assertThat(found.get(0)).startsWith("A government team");
    assertThat(found.get(1)).startsWith("The team, which included");
  }

  @Test
  void aWrapperWithNoMoreTextThanTheBlockBelowIsNotClimbedTo() {
    String story =
        "<div class=post><div class=entry-content>"
            + STORY
            + STORY.replace("council", "committee")
            + "</div></div>";
    String junk =
        "<div><span>photo-1200.jpeg 1200 676 admin, thumbnail, medium, large, full</span></div>";
    // main_color scores above template-blog by its class name alone, with the same text
    List<String> found =
        paragraphs(
            "<article class=main_color><div class=template-blog><div class=content>"
                + story
                + junk
                + "</div></div></article>");
    assertThat(found).hasSize(6).noneMatch(p -> p.contains("jpeg"));
  }

  @Test
  void aPostEmbeddedInTheStoryIsKeptWhereAShareBarIsNot() {
    String tweet =
        "<div class=social-media-embed><blockquote class=twitter-tweet><p>The bridge is closing"
            + " and nobody asked us: <a href=https://t.co/x>https://t.co/x</a></p>— River Shops"
            + " (@rivershops) <a href=https://twitter.com/rivershops/1>February 13, 2024</a>"
            + "</blockquote></div>";
    String shareBar =
        "<div class=social-share><a href=/fb>Share on Facebook</a> <a href=/x>Post on X</a></div>";
    List<String> found = paragraphs("<div class=story>" + STORY + tweet + shareBar + "</div>");
    assertThat(found)
        .anyMatch(p -> p.startsWith("The bridge is closing and nobody asked us"))
        .noneMatch(p -> p.contains("Facebook"));
  }

  @Test
  void aListItemIsKeptUnlessItIsMostlyALink() {
    String roundup =
        "<ol><li><a href=/a>The council closes the old bridge to cars</a>. Repairs would cost more"
            + " than a new crossing, the council said on Tuesday.</li>"
            + "<li><a href=/b>Buses move north</a>. Routes change from next month, drivers said.</li>"
            + "<li><a href=/c>Read the bridge's long history</a></li></ol>";
    List<String> found = paragraphs("<div class=story>" + STORY + roundup + "</div>");
    assertThat(found)
        .contains(
            "The council closes the old bridge to cars. Repairs would cost more than a new"
                + " crossing, the council said on Tuesday.",
            "Buses move north. Routes change from next month, drivers said.")
        .noneMatch(p -> p.contains("history"));
  }

  @Test
  void oneShortArticleInAWrapperNamedLikeFurnitureIsAShortStory() {
    // Under 1,000 characters, alone: a news brief, not a teaser among others.
    List<String> found =
        paragraphs("<div class='Page-ad-margins'><article>" + STORY + "</article></div>");
    assertThat(found).hasSize(3);
  }

  @Test
  void aStoryCutIntoPartsAtDifferentDepthsReadsEveryPartInOrder() {
    String first =
        "<div class='intro'><div class='wrap'><div class='part-body part-1'>"
            + "<p>Engineers first warned about the bridge in 2015, when cracks appeared in two of"
            + " its piers, and the council ordered a survey that took three years to finish.</p>"
            + "</div></div></div>";
    String photo = "<div class='photo'><img src=a.jpg><p>The old bridge at dusk.</p></div>";
    String second = "<section><div class='part-body part-2'>" + STORY + "</div></section>";
    String teasers =
        "<div class='more'><div class='teaser'><p>Council tax will rise by two percent next year,"
            + " the finance committee said on Monday, after a long debate.</p></div></div>";
    List<String> found =
        paragraphs("<div class=page>" + first + photo + second + teasers + "</div>");
    assertThat(found).hasSize(4);
    assertThat(found.get(0)).startsWith("Engineers first warned");
    assertThat(found.get(1)).startsWith("The council voted");
  }

  @Test
  void aPhotoGalleryInsideTheStoryIsLeftOut() {
    String gallery =
        "<div class='image-gallery'><ul><li><p>1/3 The bridge in 1950</p></li>"
            + "<li><p>2/3 Cracks in the north pier</p></li></ul></div>";
    List<String> found = paragraphs("<div class=story>" + STORY + gallery + "</div>");
    assertThat(found).hasSize(3).noneMatch(p -> p.contains("pier"));
  }

  @Test
  void aShortPartAfterALongOneIsReadToo() {
    String part = "<div class='rich-copy'>%s</div>";
    String longPart = String.format(part, STORY.repeat(5));
    String shortPart =
        String.format(
            part,
            "<p>Work on the new crossing, the council said, could start in two years, once the"
                + " money is found and the designs, now being drawn, are approved by residents.</p>");
    String photo = "<div class='photo'><img src=a.jpg></div>";
    List<String> found =
        paragraphs(
            "<article><section>"
                + longPart
                + "</section>"
                + photo
                + "<section><div>"
                + shortPart
                + "</div></section></article>");
    assertThat(found).hasSize(16).last().asString().startsWith("Work on the new crossing");
  }

  @Test
  void oldInlineTagsContinueTheirParagraph() {
    String docs =
        "<p>To keep drafts private, set <tt>phases.publish</tt> to <tt>false</tt> on the server,"
            + " the <big>manual</big> says.</p>";
    assertThat(paragraphs("<div class=story>" + STORY + docs + "</div>"))
        .contains(
            "To keep drafts private, set phases.publish to false on the server, the manual says.");
  }

  @Test
  void aLinkInsideASentenceStaysWhateverItsClassButAShareLinkBesideItGoes() {
    String note =
        "<p>The clerk, who had worked <a class=popup href='#'>for thirty years</a> in the same"
            + " office, said the records were never kept in order and that nobody had asked him.</p>"
            + "<p><a class=share href='#'>Share</a> <a class=share href='#'>Tweet</a></p>";
    List<String> found = paragraphs("<div class=story>" + STORY + note + "</div>");
    assertThat(found).hasSize(4);
    assertThat(found.get(3)).startsWith("The clerk, who had worked for thirty years in the same");
  }

  @Test
  void aSidebarOfTeaserArticlesIsNotTheStory() {
    StringBuilder sidebar = new StringBuilder("<aside class='widget deals'>");
    for (int i = 1; i <= 5; i++) {
      sidebar
          .append("<article><a href='/deal-")
          .append(i)
          .append("'><h3>Deal ")
          .append(i)
          .append(": a laptop at half price</h3></a><p>The shop cut the price of its newest")
          .append(" laptop by half this week, and the offer runs until the weekend, when prices")
          .append(" for the other models, tablets and phones go up again.</p></article>");
    }
    sidebar.append("</aside>");
    List<String> found =
        paragraphs(
            "<div class=main><div class=content><article>"
                + STORY
                + "</article></div><div id=secondary>"
                + sidebar
                + "</div></div>");
    assertThat(found).hasSize(3).noneMatch(p -> p.contains("laptop"));
  }

  @Test
  void anAsideOfStoryCardsInTheirOwnCellsIsNotTheStory() {
    StringBuilder latest = new StringBuilder("<aside>");
    for (int i = 1; i <= 4; i++) {
      latest
          .append("<div class=cell><article><h2><a href='/story-")
          .append(i)
          .append("'>Ferry fares rise for the ")
          .append(i)
          .append("th time</a></h2><p>Operators blame the price of fuel, and commuters who cross")
          .append(
              " twice a day say they will drive to work instead until the fares come down again.</p>")
          .append("</article></div>");
    }
    latest.append("</aside>");
    List<String> found = paragraphs("<main>" + STORY + latest + "</main>");
    assertThat(found).hasSize(3).noneMatch(p -> p.contains("Ferry") || p.contains("fuel"));
  }

  @Test
  void aParagraphWhoseRandomIdStartsLikeAMenuIsStillStory() {
    String drawn =
        "<p id=NavzzU>Engineers will present three designs in March, the council said, and"
            + " residents will be able to comment on each of them before a final vote.</p>"
            + "<div id=navMain><p>Home, World, Business, Sport, Culture, Weather and the rest of"
            + " the sections this site offers its readers every day of the week.</p></div>";
    List<String> found = paragraphs("<div class=story>" + STORY + drawn + "</div>");
    assertThat(found).hasSize(4).noneMatch(p -> p.startsWith("Home"));
    assertThat(found.get(3)).startsWith("Engineers will present");
  }

  @Test
  void onlyIdsWithoutWordsCountAsMachineMade() {
    assertThat(List.of("NavzzU", "9CatN2", "Px2hT6")).allMatch(ClassWords::isMachineMade);
    assertThat(List.of("mainNav", "SideBar", "NAVBAR", "nav", "sidebar-2", "navigation"))
        .noneMatch(ClassWords::isMachineMade);
  }

  @Test
  void aLinkedSubheadingOrSentenceIsStoryButALinkedHeadlineIsNot() {
    String linked =
        "<h3><a href='/games/rez'>Rez Infinite ($30)</a></h3>"
            + "<p><a href='/survey'>Teens love wireless earbuds, a new survey found.</a></p>"
            + "<p><a href='/other'>Council leader quits after vote on bus lanes</a></p>";
    List<String> found = paragraphs("<div class=story>" + STORY + linked + "</div>");
    assertThat(found)
        .contains("Rez Infinite ($30)", "Teens love wireless earbuds, a new survey found.")
        .noneMatch(p -> p.contains("Council leader"));
  }

  @Test
  void aListOfWhatPeopleDidLinkingTheirWorkIsStoryButALabelledLinkIsNot() {
    String changes =
        "<h4>Printing</h4><ul><li>Mira added <a href=/b/1>page ranges to the print dialog</a></li>"
            + "<li>Tomas fixed <a href=/b/2>margins lost on reload</a> and"
            + " <a href=/b/3>a hang</a></li>"
            + "<li><a href=/b/4>Bug 4 - preview is blank</a></li></ul>";
    String related =
        "<ul><li>Related: <a href=/r/1>Council leader quits after vote on bus lanes</a></li>"
            + "<li>Sport <a href=/r/2>City win the derby in extra time</a></li>"
            + "<li>More from <a href=/r/3>the team that won the cup in May</a></li></ul>";
    List<String> found = paragraphs("<div class=story>" + STORY + changes + related + "</div>");
    assertThat(found)
        .contains(
            "Mira added page ranges to the print dialog",
            "Tomas fixed margins lost on reload and a hang")
        .noneMatch(
            p -> p.contains("Council leader") || p.contains("derby") || p.contains("cup in May"));
  }

  @Test
  void aListOfLinksLabelledInThreeWordsOrMoreIsStillALinkList() {
    String more =
        "<ul><li>Read more about <a href=/r/1>the council vote on bus lanes</a></li>"
            + "<li>More stories from <a href=/r/2>the derby in extra time</a></li>"
            + "<li>You might also like <a href=/r/3>the cup final in May</a></li></ul>";
    assertThat(paragraphs("<div class=story>" + STORY + more + "</div>")).hasSize(3);
  }

  @Test
  void whatAWidgetSaysWithoutScriptsIsNoStory() {
    String widgets =
        "<p>This photo gallery requires JavaScript.</p>"
            + "<p>Please enable JavaScript to watch this video.</p>";
    assertThat(paragraphs("<div class=story>" + STORY + widgets + "</div>"))
        .hasSize(3)
        .noneMatch(p -> p.contains("JavaScript"));
    String story =
        "<p>The new system requires JavaScript developers to rewrite the council's booking"
            + " site.</p><p>This video requires JavaScript to play, and the plan requires a new"
            + " bridge.</p>";
    assertThat(paragraphs("<div class=story>" + STORY + story + "</div>")).hasSize(5);
  }

  @Test
  void aCardOfLinksPoppingUpOverANameIsLeftOutOfTheSentence() {
    String card =
        "<p>The bill was written by Rep. <span class=person><a href=/people/hale>Mary Hale</a>"
            + "<span class=card><a href=/people/hale>Mary Hale</a>"
            + "<a href=/a>Hale calls for a vote on the river crossing before the summer</a>"
            + "<a href=/b>Council leader defends bus lane plans after protest</a>"
            + "<a href=/c>Town hall to open on Sundays from March</a></span></span>, who said it"
            + " would pass easily.</p>";
    List<String> found = paragraphs("<div class=story>" + STORY + card + "</div>");
    assertThat(found)
        .contains("The bill was written by Rep. Mary Hale, who said it would pass easily.");
  }

  @Test
  void theAuthorLineAboveTheStoryIsNotStory() {
    String author =
        "<div class=article-author><a href='/latest?author=jw'>Jane Wee</a>"
            + " <span>Monday, February 29, 2016 @ 11:10 PM UTC</span></div>";
    List<String> found = paragraphs("<div class=story>" + author + STORY + "</div>");
    assertThat(found).hasSize(3).noneMatch(p -> p.contains("Jane Wee"));
  }

  @Test
  void aClassSayingWhatABlockLacksIsNoFurniture() {
    String item = "<div class='item no_caption'>" + STORY + "</div>";
    assertThat(paragraphs("<div class=main>" + item + "</div>")).hasSize(3);
  }

  @Test
  void anItemOfTheStorysListWhoseTextIsAHeadingIsRead() {
    String lead =
        "<div class='list_item list_item_image'><h2>The mother of a student who died after taking"
            + " pills bought online has described how the drug burned her up from within.</h2>"
            + "</div>";
    String text = "<div class='list_item list_item_text'>" + STORY + "</div>";
    String other =
        "<div class='list_item list_item_text'>" + STORY.replace("council", "board") + "</div>";
    List<String> found = paragraphs("<div class=list>" + lead + text + other + "</div>");
    assertThat(found).hasSize(7);
    assertThat(found.get(0)).startsWith("The mother of a student");
  }

  /**
   * A story wrapper whose share of links is high (a related-links list inside the story's block,
   * more stories beside it): the walk up from the best block lands on a wrapper above it, and the
   * story's own block must not then be dropped as a list of links.
   */
  @Test
  void theBestBlockIsReadWhateverItsShareOfLinks() {
    String related =
        "<div><h2>Related links</h2><ul>"
            + "<li><a href='/1'>Council report on the state of the old bridge and the cost of its"
            + " repair</a></li>"
            + "<li><a href='/2'>Shops along the river say trade has fallen by half since the works"
            + " began</a></li>"
            + "<li><a href='/3'>Northern crossing to take more buses from next month, operator"
            + " says</a></li></ul></div>";
    StringBuilder more = new StringBuilder("<div><ul>");
    for (int i = 0; i < 8; i++) {
      more.append("<li><a href='/m")
          .append(i)
          .append("'>Another story from the town, number ")
          .append(i)
          .append(", about the harbour and its boats</a></li>");
    }
    more.append("</ul></div>");
    String page =
        "<div><div><h1>Old bridge to close to cars</h1>"
            + "<p>Repairs would cost more than a new crossing, engineers told the council.</p>"
            + "<div><img src=a.jpg><p>The old bridge, seen from the northern bank on Monday, when"
            + " the council met to decide its future after years of debate, repairs and delays in"
            + " the town hall, late in the evening. (Photo: Ann Lee)</p></div>"
            + "<div><div>The Daily Example<br>Published Tuesday, March 12</div>"
            + "<div>"
            + STORY
            + related
            + "</div>"
            + more
            + "</div></div></div>";
    assertThat(paragraphs(page))
        .anyMatch(p -> p.startsWith("The council voted on Tuesday"))
        .anyMatch(p -> p.startsWith("The mayor said"))
        .noneMatch(p -> p.startsWith("Another story") || p.startsWith("Council report"));
  }

  @Test
  void aCaptionEndingInItsCreditIsLeftOutWhateverItsMarkup() {
    String captions =
        "<div><img src=a.jpg><p>Residents marched to the town hall on Monday (Image: Ann Lee)</p>"
            + "</div><div><img src=b.jpg><p>Die Brücke am Montagmorgen (Foto: dpa)</p></div>";
    String sentence =
        "<p>The council said the old design (pictured in the 1950s) would guide the new one.</p>";
    assertThat(paragraphs("<div class=story>" + STORY + captions + sentence + "</div>"))
        .hasSize(4)
        .noneMatch(p -> p.contains("Image: Ann Lee") || p.contains("Foto: dpa"))
        .last()
        .asString()
        .startsWith("The council said the old design");
  }

  @Test
  void aContainerNamedForTheStoryInAnotherLanguageIsPreferred() {
    String story =
        "<div class=tresc-artykulu>"
            + "<p>Most na Wiśle został otwarty we wtorek, po dwóch latach budowy, jak poinformował"
            + " wojewoda.</p>"
            + "<p>Kosztował 180 milionów złotych, z czego połowę pokryły fundusze unijne.</p>"
            + "<p>Według szacunków z mostu będzie korzystać około 20 tysięcy samochodów dziennie.</p>"
            + "</div>";
    StringBuilder aside = new StringBuilder("<div class=kolumna-boczna>");
    for (int i = 0; i < 3; i++) {
      aside.append(
          "<p>Nasza gazeta, założona w 1990 roku, pisze o regionie, jego mieszkańcach, sporcie i"
              + " kulturze, codziennie, od ponad trzydziestu lat.</p>");
    }
    aside.append("</div>");
    List<String> found = paragraphs("<div><div>" + story + "</div><div>" + aside + "</div></div>");
    assertThat(found).hasSize(3).first().asString().startsWith("Most na Wiśle");
  }
}
