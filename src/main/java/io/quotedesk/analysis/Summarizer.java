package io.quotedesk.analysis;

import io.quotedesk.ingest.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Picks the summary sentences: from the opening of the story, those that share the most words with
 * the whole story, earlier ones first, shorter ones slightly preferred; never a repeat (a caption
 * echoed in the text), never furniture, never a sentence opening with "But" or "He" whose sentence
 * before it is left out.
 */
final class Summarizer {
  /** News puts what matters first: candidates come from the opening sentences. */
  private static final int CANDIDATES = 6;

  private static final double POSITION_WEIGHT = 2.0;
  private static final double LENGTH_WEIGHT = 0.02;
  private static final int MIN_WORDS = 5;

  private static final Pattern LEANS_ON_THE_SENTENCE_BEFORE =
      Pattern.compile(
          "^[\"'“‘]?(?:But|And|However|Yet|So|Still|Also|He|She|They|It|This|These|Those|His|Her"
              + "|Their|Its|There)\\b");

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "the", "of", "to", "in", "and", "or", "but", "is", "are", "was", "were", "be",
          "been", "for", "on", "at", "by", "with", "from", "as", "that", "this", "it", "its", "his",
          "her", "their", "he", "she", "they", "we", "i", "you", "not", "no", "said", "says",
          "will", "would", "has", "have", "had", "do", "does", "did", "than", "then", "so", "if",
          "into", "about", "after", "over", "more", "most", "also", "who", "which", "what", "when",
          "where", "while");

  private record Candidate(int index, int start, int end, double score) {}

  /** The summary: the {@code count} best sentences in story order; the dek is the best one. */
  record Result(List<SummaryLine> lines, java.util.Optional<String> dek) {}

  Result summarize(Article article, Sentences sentences, int count) {
    String text = article.text();
    List<int[]> story = new ArrayList<>();
    for (int s = 0; s < sentences.count(); s++) {
      int start = sentences.start(s);
      boolean inHeadline = article.headline().map(h -> h.contains(start)).orElse(false);
      if (!inHeadline && !article.isFurniture(start)) {
        story.add(new int[] {start, sentences.end(s)});
      }
    }
    Map<String, Integer> frequency = new HashMap<>();
    List<List<String>> words = new ArrayList<>();
    for (int[] sentence : story) {
      List<String> w = words(text.substring(sentence[0], sentence[1]));
      words.add(w);
      for (String word : w) {
        if (!STOP_WORDS.contains(word)) {
          frequency.merge(word, 1, Integer::sum);
        }
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < story.size() && i < CANDIDATES; i++) {
      List<String> w = words.get(i);
      String key = String.join(" ", w);
      if (w.size() < MIN_WORDS || isRepeat(key, seen)) {
        continue;
      }
      seen.add(key);
      Set<String> content = new TreeSet<>();
      for (String word : w) {
        if (!STOP_WORDS.contains(word)) {
          content.add(word);
        }
      }
      double centrality = 0;
      for (String word : content) {
        centrality += frequency.get(word);
      }
      centrality /= content.size() + 1;
      double score = centrality - POSITION_WEIGHT * i - LENGTH_WEIGHT * w.size();
      candidates.add(new Candidate(i, story.get(i)[0], story.get(i)[1], score));
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
    TreeSet<Integer> chosen = new TreeSet<>();
    List<Candidate> picked = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (picked.size() == count) {
        break;
      }
      String sentence = text.substring(candidate.start(), candidate.end());
      boolean dangling =
          candidate.index() > 0
              && LEANS_ON_THE_SENTENCE_BEFORE.matcher(sentence).find()
              && !chosen.contains(candidate.index() - 1);
      if (!dangling) {
        chosen.add(candidate.index());
        picked.add(candidate);
      }
    }
    java.util.Optional<String> dek =
        picked.stream().findFirst().map(c -> text.substring(c.start(), c.end()));
    picked.sort(Comparator.comparingInt(Candidate::index));
    List<SummaryLine> lines = new ArrayList<>();
    for (Candidate candidate : picked) {
      lines.add(
          new SummaryLine(
              text.substring(candidate.start(), candidate.end()),
              candidate.start(),
              candidate.end()));
    }
    return new Result(lines, dek);
  }

  /** A caption repeated in the story, or the story repeating itself. */
  private static boolean isRepeat(String key, List<String> seen) {
    for (String other : seen) {
      if (key.equals(other) || key.length() > 30 && (other.contains(key) || key.contains(other))) {
        return true;
      }
    }
    return false;
  }

  static List<String> words(String sentence) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= sentence.length(); i++) {
      char c = i < sentence.length() ? Character.toLowerCase(sentence.charAt(i)) : ' ';
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        word.append(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    return words;
  }
}
