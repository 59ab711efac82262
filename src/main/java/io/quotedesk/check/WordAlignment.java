package io.quotedesk.check;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import io.quotedesk.check.QuoteCheck.Difference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines a claim's words up with the stretch of a record quote they best match, and lists the word
 * changes between them. Words the article inserted into the quote ("them (Russia) to", "[the]") are
 * editorial: a claim may leave them out or keep them. A claim's ellipses and bracketed insertions
 * split it into segments; what the record has between two segments is no change.
 */
final class WordAlignment {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)?");

  /** An article's own insertion inside a quote: "(Russia)", "[the]". */
  private static final Pattern INSERTION = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");

  /** How many record words beyond the claim's length a window may span. */
  private static final int MIN_SLACK = 3;

  /** One word of a record quote; {@code editorial} when the article inserted it. */
  record Word(String text, boolean editorial) {}

  /** The claim's words found in the record, of how many, and the changes from claim to record. */
  record Alignment(int matched, int claimed, List<Difference> differences) {
    Alignment {
      differences = List.copyOf(differences);
    }

    boolean exact() {
      return claimed > 0 && matched == claimed && differences.isEmpty();
    }

    double similarity() {
      return claimed == 0 ? 0 : (double) matched / claimed;
    }
  }

  private WordAlignment() {}

  /** Lower-case words, curly apostrophes made straight: "NATO’s" → "nato's". */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** A record quote's words, those inside parentheses or square brackets marked editorial. */
  static List<Word> recordWords(String quote) {
    List<Word> words = new ArrayList<>();
    Matcher insertion = INSERTION.matcher(quote);
    int at = 0;
    while (insertion.find()) {
      words(quote.substring(at, insertion.start())).forEach(w -> words.add(new Word(w, false)));
      words(insertion.group()).forEach(w -> words.add(new Word(w, true)));
      at = insertion.end();
    }
    words(quote.substring(at)).forEach(w -> words.add(new Word(w, false)));
    return words;
  }

  /** Aligns each segment, in order, with its best window of the record. */
  static Alignment align(List<List<String>> segments, List<Word> record) {
    int matched = 0;
    int claimed = 0;
    List<Difference> differences = new ArrayList<>();
    int from = 0;
    for (List<String> segment : segments) {
      Window best = bestWindow(segment, record, from);
      claimed += segment.size();
      matched += best.matched();
      differences.addAll(best.differences());
      if (best.matched() > 0) {
        from = best.end();
      }
    }
    return new Alignment(matched, claimed, differences);
  }

  /** A stretch [start, end) of the record and how the segment lines up with it. */
  private record Window(int start, int end, int matched, int added, List<Difference> differences) {
    boolean betterThan(Window other) {
      return matched != other.matched ? matched > other.matched : added < other.added;
    }
  }

  /**
   * The window that holds most of the segment's words with fewest added words: "I would encourage
   * them" lines up with "In fact, I would encourage them (Russia)", not with the "I would" of "No I
   * would not protect you" before it.
   */
  private static Window bestWindow(List<String> segment, List<Word> record, int from) {
    Window best = new Window(from, from, 0, 0, List.of(new Difference("delete", join(segment))));
    Set<String> wanted = new HashSet<>(segment);
    for (int start = from; start < record.size(); start++) {
      if (!wanted.contains(record.get(start).text())
          || (start > from && wanted.contains(record.get(start - 1).text()))) {
        continue; // a window starts where a run of the segment's words starts
      }
      Window window = window(segment, record, start, from);
      if (window.betterThan(best)) {
        best = window;
        if (best.matched() == segment.size() && best.added() == 0) {
          break;
        }
      }
    }
    return best;
  }

  private static Window window(List<String> segment, List<Word> record, int start, int from) {
    int slack = Math.max(MIN_SLACK, segment.size() / 2);
    int end = start;
    for (int plain = 0; end < record.size() && plain < segment.size() + slack; end++) {
      plain += record.get(end).editorial() ? 0 : 1;
    }
    List<Word> span = record.subList(start, end);
    Patch<String> patch = DiffUtils.diff(segment, span.stream().map(Word::text).toList());
    boolean[] changed = new boolean[span.size()];
    int deleted = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      deleted += delta.getSource().size();
      for (int i = 0; i < delta.getTarget().size(); i++) {
        changed[delta.getTarget().getPosition() + i] = true;
      }
    }
    int first = 0;
    while (first < span.size() && changed[first]) {
      first++;
    }
    int last = span.size() - 1;
    while (last >= 0 && changed[last]) {
      last--;
    }
    List<Difference> differences = new ArrayList<>();
    int added = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      add(differences, "delete", delta.getSource().getLines());
      List<String> inserted = new ArrayList<>();
      for (int i = 0; i < delta.getTarget().size(); i++) {
        int at = delta.getTarget().getPosition() + i;
        // Record words before the first or after the last shared word lie outside the window.
        if (at > first && at < last && !span.get(at).editorial()) {
          inserted.add(span.get(at).text());
        }
      }
      added += inserted.size();
      if (inserted.isEmpty() && last >= 0) {
        inserted =
            replacedAtAnEdge(delta, segment.size(), record, start + first, start + last, from);
      }
      add(differences, "insert", inserted);
    }
    int matched = segment.size() - deleted;
    return new Window(start + first, start + last + 1, matched, added, differences);
  }

  /**
   * The record words that claim words deleted at an edge of the window stand in for: "We have been
   * asking" against "We've been asking" deletes "we have" and puts back "we've", "down the street"
   * against "down the road" deletes "street" and puts back "road", so the reader sees what was
   * said. The record words nearest the window, at most as many as were deleted and about as long
   * (so "we have" stands for "we've", not "sure we've"); none when the claim only starts or ends
   * later in the quote. They widen what is shown, not the window's score.
   */
  private static List<String> replacedAtAnEdge(
      AbstractDelta<String> delta, int claimed, List<Word> record, int first, int last, int from) {
    List<String> deleted = delta.getSource().getLines();
    boolean leading = delta.getSource().getPosition() == 0;
    boolean trailing = delta.getSource().getPosition() + deleted.size() == claimed;
    if (deleted.isEmpty() || !(leading || trailing)) {
      return List.of();
    }
    int length = join(deleted).length();
    List<String> words = new ArrayList<>();
    int step = leading ? -1 : 1;
    for (int at = leading ? first - 1 : last + 1;
        at >= from && at < record.size() && words.size() < deleted.size();
        at += step) {
      Word word = record.get(at);
      if (word.editorial()) {
        continue;
      }
      int shown = words.isEmpty() ? 0 : join(words).length() + 1;
      if (!words.isEmpty()
          && Math.abs(shown + word.text().length() - length) >= Math.abs(shown - 1 - length)) {
        break; // one more word would stand for more than was deleted
      }
      words.add(leading ? 0 : words.size(), word.text());
    }
    return words;
  }

  private static void add(List<Difference> differences, String op, List<String> words) {
    if (!words.isEmpty()) {
      differences.add(new Difference(op, join(words)));
    }
  }

  private static String join(List<String> words) {
    return String.join(" ", words);
  }
}
