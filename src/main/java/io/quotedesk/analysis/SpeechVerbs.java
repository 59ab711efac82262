package io.quotedesk.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The verbs that introduce speech in news: said, told, added, warned, tweeted… (see NOTICE.md). */
final class SpeechVerbs {
  private static final String[] LISTS = {
    "ggt_quote_verb_list.txt", "journalismai_quote_verb_list.txt", "quotedesk_speech_verbs.txt"
  };
  private static final Set<String> VERBS = load();

  private SpeechVerbs() {}

  static boolean isSpeechVerb(String word) {
    return VERBS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** "say", "state", "reply": the form a singular subject cannot take ("says", "states"). */
  static boolean isBaseForm(String lower) {
    if (lower.endsWith("s") || lower.length() < 3 || PAST_LIKE_BASE.contains(lower)) {
      return false;
    }
    return VERBS.contains(lower + "s")
        || VERBS.contains(lower + "es")
        || lower.endsWith("y") && VERBS.contains(lower.substring(0, lower.length() - 1) + "ies");
  }

  /** "the email read", "his office put out": a past tense written like the base form. */
  private static final Set<String> PAST_LIKE_BASE =
      Set.of("read", "put", "set", "cast", "broadcast", "forecast", "hit", "let", "quit", "spread");

  private static Set<String> load() {
    Set<String> verbs = new HashSet<>();
    for (String list : LISTS) {
      try (InputStream in = SpeechVerbs.class.getResourceAsStream(list)) {
        if (in == null) {
          throw new IllegalStateException("missing word list " + list);
        }
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .forEach(line -> verbs.add(line.toLowerCase(Locale.ROOT)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Collections.unmodifiableSet(verbs);
  }
}
