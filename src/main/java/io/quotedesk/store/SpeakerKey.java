package io.quotedesk.store;

import java.util.Locale;

/**
 * The key a speaker's quotes are stored and found under: the last word of the name, folded, so
 * "NATO chief Jens Stoltenberg", "Jens Stoltenberg" and "Stoltenberg" share one.
 */
final class SpeakerKey {
  private SpeakerKey() {}

  /** The form every variant of a name shares: "NATO chief Jens Stoltenberg" → "stoltenberg". */
  static String of(String name) {
    String[] words = AccentFolding.fold(name.toLowerCase(Locale.ROOT)).split("[^\\p{L}]+");
    for (int i = words.length - 1; i >= 0; i--) {
      if (!words[i].isEmpty()) {
        return words[i];
      }
    }
    return name.toLowerCase(Locale.ROOT);
  }
}
