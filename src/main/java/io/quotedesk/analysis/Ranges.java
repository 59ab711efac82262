package io.quotedesk.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/** Ordered, non-overlapping [start, end) ranges of a text, looked up by offset in log time. */
final class Ranges {
  private final int[] starts;
  private final int[] ends;

  Ranges(List<int[]> ranges) {
    starts = new int[ranges.size()];
    ends = new int[ranges.size()];
    for (int i = 0; i < ranges.size(); i++) {
      starts[i] = ranges.get(i)[0];
      ends[i] = ranges.get(i)[1];
    }
  }

  int count() {
    return starts.length;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /**
   * The index of the first item of {@code items}, in text order, that starts at or after {@code
   * offset}; {@code items.size()} when none does.
   */
  static <T> int firstStartingAtOrAfter(List<T> items, ToIntFunction<T> start, int offset) {
    int low = 0;
    int high = items.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (start.applyAsInt(items.get(middle)) < offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** The range holding {@code offset}, or the one before it when the offset is in a gap. */
  int indexOf(int offset) {
    int found = Arrays.binarySearch(starts, offset);
    return found >= 0 ? found : Math.max(0, -found - 2);
  }
}
