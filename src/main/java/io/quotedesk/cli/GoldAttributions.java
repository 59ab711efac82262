package io.quotedesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.quotedesk.analysis.Quote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quotes a PolNeAR-style article annotates (the format of {@code ../shared/data}, scored by
 * {@code score_quotes.py}), and whether a found quote's speaker name is the annotated one. The
 * matching follows the scorer: a gold quote is its non-space characters inside quotation marks; a
 * found quote answers the gold quote it overlaps most; a name is right when it carries one of the
 * source's name words. Unlike the scorer, the name alone counts, never the mention: the model
 * learns when a <em>name</em> can be trusted. And where the scorer takes the nearest earlier named
 * source of a quote for the person a "he" or "she" source stands for, the label takes the nearest
 * named source of any attribution who can be that pronoun (see {@link PronounAntecedents}).
 */
final class GoldAttributions {
  private static final Set<String> PRONOUNS =
      Set.of(
          "he", "she", "they", "i", "we", "it", "him", "her", "them", "you", "his", "hers", "their",
          "its", "one");
  static final Set<String> FUNCTION =
      Set.of(
          "the",
          "a",
          "an",
          "of",
          "and",
          "in",
          "on",
          "for",
          "to",
          "at",
          "by",
          "with",
          "s",
          "said",
          "says",
          "according",
          "told",
          "who",
          "is",
          "was",
          "that",
          "this",
          "his",
          "her",
          "their",
          "its");
  static final Set<String> TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "dr",
          "sen",
          "senator",
          "rep",
          "gov",
          "governor",
          "president",
          "former",
          "secretary",
          "minister",
          "chancellor",
          "mayor",
          "chief",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "officials",
          "official",
          "general",
          "judge",
          "gen",
          "lt",
          "col",
          "sir",
          "lady",
          "lord",
          "prime",
          "vice",
          "chairman",
          "chairwoman",
          "director");
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

  /**
   * One annotated quote: its characters, the words that can name its source, and the source's words
   * when it is a pronoun (else empty).
   */
  private record Gold(
      Set<Integer> chars, Set<String> nameWords, boolean sourceless, List<String> pronoun) {}

  private final List<Gold> golds = new ArrayList<>();

  /** Reads the direct and mixed quotes of one gold article. */
  GoldAttributions(JsonNode article) {
    String text = article.path("text").asText();
    List<JsonNode> ordered = new ArrayList<>();
    article.path("quotes").forEach(ordered::add);
    ordered.removeIf(g -> !Set.of("direct", "mixed").contains(g.path("quote_type").asText()));
    ordered.sort((a, b) -> Integer.compare(firstOffset(a), firstOffset(b)));
    PronounAntecedents antecedents = new PronounAntecedents(article);
    List<JsonNode> before = new ArrayList<>();
    for (JsonNode gold : ordered) {
      Set<Integer> chars =
          gold.path("content_only").asBoolean()
              ? contentChars(text, gold.path("content_spans"))
              : quotedChars(text, gold.path("content_spans"));
      if (chars.size() >= 2) {
        String source = gold.path("speaker").asText("").strip();
        boolean sourceless = !gold.path("has_source").asBoolean(true) || source.isEmpty();
        List<String> pronoun = pronounWords(source);
        golds.add(
            new Gold(
                chars,
                sourceless ? Set.of() : nameWords(gold, source, pronoun, before, antecedents),
                sourceless,
                pronoun));
      }
      before.add(gold);
    }
  }

  /**
   * Whether the found quote's speaker name is right: null when the quote answers no gold quote
   * (nothing to learn from), else true or false.
   */
  Boolean nameIsRight(Quote found) {
    return isRight(found, false);
  }

  /**
   * As the scorer judges it: the words that name the speaker count too, so "he" is right for a
   * pronoun source whatever person it resolves to.
   */
  Boolean scorerCountsRight(Quote found) {
    return isRight(found, true);
  }

  /**
   * The words a right name for the found quote's source carries (empty when the annotation gives it
   * no source), or null when the quote answers no gold quote.
   */
  Set<String> sourceWords(Quote found) {
    Gold best = answered(found);
    return best == null ? null : best.sourceless ? Set.of() : best.nameWords;
  }

  /** Whether a person's name carries one of the words of a source. */
  static boolean carries(String name, Set<String> sourceWords) {
    Set<String> words = contentWords(name);
    words.retainAll(sourceWords);
    return !words.isEmpty();
  }

  /** The gold quote the found one overlaps most, if it covers at least half of the found one. */
  private Gold answered(Quote found) {
    Set<Integer> chars = nonSpace(found);
    Gold best = null;
    int bestOverlap = 0;
    for (Gold gold : golds) {
      int overlap = 0;
      for (int c : chars) {
        overlap += gold.chars.contains(c) ? 1 : 0;
      }
      if (overlap > bestOverlap) {
        best = gold;
        bestOverlap = overlap;
      }
    }
    return best == null || bestOverlap < 0.5 * chars.size() ? null : best;
  }

  private Boolean isRight(Quote found, boolean mentionCounts) {
    Gold best = answered(found);
    if (best == null) {
      return null;
    }
    if (best.sourceless || found.speaker().isEmpty()) {
      return false;
    }
    String mention = found.mention().map(m -> m.text()).orElse("");
    if (mentionCounts && !best.pronoun.isEmpty() && words(mention).equals(best.pronoun)) {
      return true;
    }
    Set<String> named =
        contentWords(found.speaker().get().label() + (mentionCounts ? " " + mention : ""));
    named.retainAll(best.nameWords);
    return !named.isEmpty();
  }

  private Set<Integer> nonSpace(Quote quote) {
    Set<Integer> chars = new HashSet<>();
    for (int i = 0; i < quote.text().length(); i++) {
      if (!Character.isWhitespace(quote.text().charAt(i))) {
        chars.add(quote.start() + i);
      }
    }
    return chars;
  }

  /**
   * The words a right name carries: the source's name words; for a pronoun, those of its antecedent
   * and of the annotation's automatic coreference; for a description ("the president"), its own
   * words. The antecedent of "he" or "she" is the nearest person named as a source before it who
   * can be that pronoun ({@link PronounAntecedents}); of another pronoun, the nearest earlier named
   * source of a quote, the scorer's approximation.
   */
  private static Set<String> nameWords(
      JsonNode gold,
      String source,
      List<String> pronoun,
      List<JsonNode> before,
      PronounAntecedents antecedents) {
    if (!pronoun.isEmpty()) {
      // Both guesses at the antecedent are rough, so a name either supports counts as right.
      Set<String> names = contentWords(gold.path("speaker_coref_auto").asText(""));
      if (pronoun.equals(List.of("he")) || pronoun.equals(List.of("she"))) {
        int position = PronounAntecedents.speakerStart(gold);
        antecedents
            .before(position >= 0 ? position : firstOffset(gold), pronoun.get(0))
            .ifPresent(name -> names.addAll(contentWords(name)));
      } else {
        names.addAll(nearestNamedSource(before));
      }
      names.removeAll(TITLES);
      names.removeAll(PRONOUNS);
      return names;
    }
    Set<String> names = contentWords(source);
    names.removeAll(TITLES);
    return names.isEmpty() ? contentWords(source) : names;
  }

  /** The name words of the nearest earlier quote's named source, or none. */
  private static Set<String> nearestNamedSource(List<JsonNode> before) {
    for (int i = before.size() - 1; i >= 0; i--) {
      Set<String> earlier = contentWords(before.get(i).path("speaker").asText());
      earlier.removeAll(TITLES);
      if (before.get(i).path("speaker_kind").asText().equals("proper_or_titled")
          && !earlier.isEmpty()) {
        return earlier;
      }
    }
    return Set.of();
  }

  /** A pronoun source's words ("he", "his campaign"): empty when the source is no pronoun. */
  private static List<String> pronounWords(String source) {
    List<String> words = words(source);
    boolean pronoun =
        PRONOUNS.contains(source.toLowerCase(Locale.ROOT))
            || !words.isEmpty()
                && words.size() <= 2
                && PRONOUNS.contains(words.get(words.size() - 1));
    return pronoun ? words : List.of();
  }

  private static int firstOffset(JsonNode gold) {
    int first = Integer.MAX_VALUE;
    for (JsonNode span : gold.path("content_spans")) {
      first = Math.min(first, span.get(0).asInt());
    }
    return first;
  }

  private static Set<Integer> contentChars(String text, JsonNode spans) {
    Set<Integer> chars = new HashSet<>();
    for (JsonNode span : spans) {
      for (int i = span.get(0).asInt(); i < span.get(1).asInt(); i++) {
        if (!Character.isWhitespace(text.charAt(i))) {
          chars.add(i);
        }
      }
    }
    return chars;
  }

  /** The characters of the spans that lie inside quotation marks, as the scorer counts them. */
  private static Set<Integer> quotedChars(String text, JsonNode spans) {
    List<int[]> sorted = new ArrayList<>();
    spans.forEach(s -> sorted.add(new int[] {s.get(0).asInt(), s.get(1).asInt()}));
    sorted.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    Set<Integer> chars = new HashSet<>();
    boolean inside = false;
    for (int[] span : sorted) {
      for (int i = span[0]; i < span[1]; i++) {
        char c = text.charAt(i);
        if (c == '\u201c') {
          inside = true;
        } else if (c == '\u201d') {
          inside = false;
        } else if (c == '"') {
          boolean atParagraphStart = i == 0 || text.charAt(i - 1) == '\n';
          inside = atParagraphStart || !inside;
        } else if (inside && !Character.isWhitespace(c)) {
          chars.add(i);
        }
      }
    }
    return chars;
  }

  private static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static Set<String> contentWords(String s) {
    Set<String> words = new HashSet<>();
    for (String w : words(s)) {
      if (!FUNCTION.contains(w) && w.length() > 1) {
        words.add(w);
      }
    }
    return words;
  }
}
