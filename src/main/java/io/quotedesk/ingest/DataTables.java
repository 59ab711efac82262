package io.quotedesk.ingest;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Tells a table of data ("City | Population | Change", a Wikipedia infobox) from a table that lays
 * out a page (one cell per row holding the story's prose, or tables inside tables, as old sites and
 * mailing-list archives build them). A data table is read row by row, its cells on one line; a
 * layout table keeps its prose paragraphs.
 */
final class DataTables {
  private DataTables() {}

  /** A cell holding more text than this is prose laid out by a table, not a value. */
  private static final int MAX_VALUE_CHARS = 300;

  /**
   * True for a table of at least two rows of two cells or more, more such rows than rows of one
   * cell, no table inside it and no cell holding prose (a long text, or paragraphs); false for a
   * table marked as layout ({@code role="presentation"}).
   */
  static boolean isData(Element table, PageCounts counts) {
    if (table.attr("role").equalsIgnoreCase("presentation")
        || table.attr("datatable").equals("0")
        || counts.get(table).holdsTable) {
      return false;
    }
    int wide = 0;
    int narrow = 0;
    for (Element child : table.children()) {
      // rows stand in the table or in its head, body and foot (jsoup adds a tbody)
      List<Element> rows = child.nameIs("tr") ? List.of(child) : child.children();
      for (Element row : rows) {
        if (!row.nameIs("tr")) {
          continue;
        }
        int cells = cells(row, counts);
        if (cells < 0) {
          return false;
        }
        wide += cells >= 2 ? 1 : 0;
        narrow += cells == 1 ? 1 : 0;
      }
    }
    return wide >= 2 && wide > narrow;
  }

  /** The row's cells, or -1 when one holds prose. */
  private static int cells(Element row, PageCounts counts) {
    int cells = 0;
    for (Element cell : row.children()) {
      if (isCell(cell)) {
        if (counts.get(cell).text > MAX_VALUE_CHARS || holdsParagraphs(cell)) {
          return -1;
        }
        cells++;
      }
    }
    return cells;
  }

  /**
   * Two paragraphs, or a blank line between two: a forum's post beside its author ("{@code
   * <td>}Thanks!{@code <br><br>}That fixed it.{@code </td>}"), read as prose. Single line breaks
   * list a value's parts: "70.2% European{@code <br>}16.5% Māori".
   */
  private static boolean holdsParagraphs(Element cell) {
    int paragraphs = 0;
    for (Element inside : cell.getAllElements()) {
      if (inside.nameIs("p")) {
        paragraphs++;
      } else if (inside.nameIs("br") && isLineBreak(nextNonBlank(inside))) {
        return true;
      }
    }
    return paragraphs >= 2;
  }

  private static Node nextNonBlank(Node node) {
    Node next = node.nextSibling();
    while (next instanceof TextNode text && text.isBlank()) {
      next = next.nextSibling();
    }
    return next;
  }

  private static boolean isLineBreak(Node node) {
    return node instanceof Element element && element.nameIs("br");
  }

  static boolean isCell(Element element) {
    return element.nameIs("td") || element.nameIs("th");
  }
}
