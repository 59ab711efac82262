package io.quotedesk.analysis;

import io.quotedesk.ingest.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the summary sentences: from the opening of the story, those that share the most words with
 * the whole story, earlier ones first, shorter ones slightly preferred; never a repeat (a caption
 * echoed in the text, or a sentence most of whose words a chosen one already says), never furniture
 * (nor a furniture sentence inside a paragraph, {@link SentenceFurniture}), never a sentence
 * opening with "But" or "He" whose sentence before it is left out. A line leaves out the lede's
 * dateline. Word statistics and those openers are the story's language's ({@link SummaryWords}).
 */
final class Summarizer {
  /** News puts what matters first: candidates come from the opening sentences. */
  private static final int CANDIDATES = 6;

  /** A summary of three quotes is one speaker's story: one sentence that is mostly quote. */
  private static final int MAX_QUOTES = 1;

  private static final double POSITION_WEIGHT = 2.0;
  private static final double LENGTH_WEIGHT = 0.02;

  private static final int MIN_WORDS = 5;

  /**
   * Under eight words a sentence carries little of the story ("And they are struggling."): one is
   * picked only when the opening has nothing longer.
   */
  private static final int SHORT_WORDS = 8;

  private static final double SHORT_PENALTY = 5 * POSITION_WEIGHT;

  /**
   * A sentence whose content words are more than this share in one chosen sentence says it again:
   * "On Monday the council approved the budget for the city's schools." after "The council approved
   * the schools budget on Monday night by seven votes to two."
   */
  private static final double REPEATED_SHARE = 0.5;

  private record Candidate(
      int index, int start, int end, double score, boolean mostlyQuoted, Set<String> content) {}

  /**
   * The summary: the {@code count} best sentences in story order; the dek is the best sentence
   * after them, so that it adds to the bullets rather than repeating one.
   */
  record Result(List<SummaryLine> lines, Optional<String> dek) {}

  Result summarize(Article article, String masked, Sentences sentences, int count) {
    String text = article.text();
    SummaryWords language = SummaryWords.of(article.metadata().language());
    List<int[]> story = new ArrayList<>();
    for (int s = 0; s < sentences.count(); s++) {
      int start = sentences.start(s);
      boolean inHeadline = article.headline().map(h -> h.contains(start)).orElse(false);
      if (!inHeadline && !article.isFurniture(start)) {
        story.add(new int[] {start, sentences.end(s)});
      }
    }
    // Centrality counts, over the whole story, only the words the candidates hold.
    List<Integer> opening = new ArrayList<>(); // story indexes of the candidate sentences
    List<Integer> lengths = new ArrayList<>();
    List<Set<String>> contents = new ArrayList<>();
    Set<String> chosenWords = new HashSet<>();
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < story.size() && i < CANDIDATES; i++) {
      List<String> w = StoryWords.words(text, story.get(i)[0], story.get(i)[1], language.unicode());
      String key = String.join(" ", w);
      if (w.size() < MIN_WORDS
          || isRepeat(key, seen)
          || SentenceFurniture.isFurniture(text.subSequence(story.get(i)[0], story.get(i)[1]))
          || isQuestion(text, story.get(i)[0], story.get(i)[1])) {
        continue;
      }
      seen.add(key);
      Set<String> content = new HashSet<>(); // centrality sums whole counts: order is moot
      for (String word : w) {
        if (!language.stopWords().contains(word)) {
          content.add(word);
          chosenWords.add(word);
        }
      }
      opening.add(i);
      lengths.add(w.size());
      contents.add(content);
    }
    StoryWords.WordCounts frequency = new StoryWords.WordCounts(chosenWords, language.unicode());
    char[] chars = text.toCharArray();
    for (int[] sentence : story) {
      frequency.countIn(chars, sentence[0], sentence[1]);
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int c = 0; c < opening.size(); c++) {
      int i = opening.get(c);
      double centrality = 0;
      for (String word : contents.get(c)) {
        centrality += frequency.of(word);
      }
      centrality /= contents.get(c).size() + 1;
      double quoted = quoted(masked, story.get(i)[0], story.get(i)[1]);
      double score = centrality - POSITION_WEIGHT * i - LENGTH_WEIGHT * lengths.get(c);
      if (lengths.get(c) < SHORT_WORDS) {
        score -= SHORT_PENALTY;
      }
      candidates.add(
          new Candidate(i, story.get(i)[0], story.get(i)[1], score, quoted > 0.5, contents.get(c)));
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
    List<Candidate> picked = pick(candidates, count, text, language);
    Set<Integer> chosen = new HashSet<>();
    picked.forEach(c -> chosen.add(c.index()));
    // The dek: the best sentence left that stands alone and says something new, so it adds to
    // the bullets.
    boolean interview = hasQuestionTurn(text);
    Optional<String> dek =
        candidates.stream()
            .filter(
                c ->
                    !chosen.contains(c.index())
                        && standsAloneAsDek(text, masked, c, interview)
                        && !leansOnTheSentenceBefore(text, c, language)
                        && !saysAgain(c, picked))
            .findFirst()
            .map(c -> line(text, c).text());
    picked.sort(Comparator.comparingInt(Candidate::index));
    return new Result(picked.stream().map(c -> line(text, c)).toList(), dek);
  }

  /**
   * The best candidates that may stand together, best first. After each pick the ranking is read
   * again from the top: a sentence leaning on the one before it may rank above that one ("It adds
   * money for teachers." after "The council passed the budget.") and may follow once it is chosen.
   */
  private static List<Candidate> pick(
      List<Candidate> ranked, int count, String text, SummaryWords language) {
    Set<Integer> chosen = new HashSet<>();
    List<Candidate> picked = new ArrayList<>();
    int quotes = 0;
    while (picked.size() < count) {
      Candidate next = null;
      for (Candidate candidate : ranked) {
        if (!chosen.contains(candidate.index())
            && !(candidate.mostlyQuoted() && quotes >= MAX_QUOTES)
            && (!leansOnTheSentenceBefore(text, candidate, language)
                || chosen.contains(candidate.index() - 1))
            && !saysAgain(candidate, picked)) {
          next = candidate;
          break;
        }
      }
      if (next == null) {
        break;
      }
      quotes += next.mostlyQuoted() ? 1 : 0;
      chosen.add(next.index());
      picked.add(next);
    }
    return picked;
  }

  /** Whether more than half of the candidate's content words are in one of the chosen sentences. */
  private static boolean saysAgain(Candidate candidate, List<Candidate> chosen) {
    for (Candidate other : chosen) {
      int shared = 0;
      for (String word : candidate.content()) {
        if (other.content().contains(word)) {
          shared++;
        }
      }
      if (shared > REPEATED_SHARE * Math.max(1, candidate.content().size())) {
        return true;
      }
    }
    return false;
  }

  /** The candidate as a summary line, without a dateline before its first word. */
  private static SummaryLine line(String text, Candidate candidate) {
    int start =
        candidate.start()
            + SentenceFurniture.datelineLength(
                text.subSequence(candidate.start(), candidate.end()), candidate.index() == 0);
    return new SummaryLine(text.substring(start, candidate.end()), start, candidate.end());
  }

  private static boolean leansOnTheSentenceBefore(
      String text, Candidate candidate, SummaryWords language) {
    return candidate.index() > 0
        && language
            .leansOnTheSentenceBefore()
            .matcher(text.substring(candidate.start(), candidate.end()))
            .find();
  }

  /**
   * A dek is the writer's statement: not an interview's answer ("A: The budget fight."), nor a
   * sentence wholly inside quotation marks, whose speaker a reader of the dek alone cannot know
   * ("We cannot afford to stand still," said in the sentence before). An answer only in an {@code
   * interview}, whose questions are marked: elsewhere "A. J. Brooks, the council president, …"
   * opens with an initial.
   */
  private static boolean standsAloneAsDek(
      String text, String masked, Candidate candidate, boolean interview) {
    return !(interview
            && ANSWER.matcher(text).region(candidate.start(), candidate.end()).lookingAt())
        && quoted(masked, candidate.start(), candidate.end()) < WHOLLY_QUOTED;
  }

  /**
   * A question tells no story, nor does an interviewer's turn: "Q: What surprised you most?", "Is
   * this the end of the road?"; inside its closing mark or not. Read from text[start, end) as the
   * pattern {@code ^Q[:.]\s|\?["'’”»]?\s*$} would, without a copy of the sentence or a search from
   * each of its characters.
   */
  private static boolean isQuestion(String text, int start, int end) {
    boolean turn =
        end - start >= 3
            && text.charAt(start) == 'Q'
            && (text.charAt(start + 1) == ':' || text.charAt(start + 1) == '.')
            && isPatternSpace(text.charAt(start + 2));
    // "$" also stands before a line terminator that ends the text; \s passes over line feeds
    char last = end > start ? text.charAt(end - 1) : ' ';
    boolean beforeTerminator = last == '\u0085' || last == '\u2028' || last == '\u2029';
    return turn
        || endsWithQuestionMark(text, start, end)
        || beforeTerminator && endsWithQuestionMark(text, start, end - 1);
  }

  /** A question mark, maybe a closing mark after it, then only white space to {@code end}. */
  private static boolean endsWithQuestionMark(String text, int start, int end) {
    int k = end;
    while (k > start && isPatternSpace(text.charAt(k - 1))) {
      k--;
    }
    if (k > start && "\"'’”»".indexOf(text.charAt(k - 1)) >= 0) {
      k--;
    }
    return k > start && text.charAt(k - 1) == '?';
  }

  /** A regex's \s: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isPatternSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /** An interviewer's turn opening a line: "Q: What surprised you most?" */
  private static final Pattern QUESTION_TURN = Pattern.compile("(?m)^Q[:.]\\s");

  /**
   * Whether a line of the text opens with an interviewer's turn. The pattern is tried only where a
   * "Q" stands: searched over the whole story it cost 2% of analysis.
   */
  private static boolean hasQuestionTurn(String text) {
    // Non-anchoring bounds: ^ looks at the character before the region, as over the whole text.
    Matcher turn = QUESTION_TURN.matcher(text).useAnchoringBounds(false).useTransparentBounds(true);
    for (int q = text.indexOf('Q'); q >= 0; q = text.indexOf('Q', q + 1)) {
      if (turn.region(q, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** "A: Honestly? The budget fight in 2019." */
  private static final Pattern ANSWER = Pattern.compile("A[:.]\\s");

  /** A sentence this much inside quotation marks has no words of the writer's to name a speaker. */
  private static final double WHOLLY_QUOTED = 0.9;

  /** The share of text[start, end) inside quotation marks. */
  private static double quoted(String masked, int start, int end) {
    int marks = 0;
    for (int i = start; i < end; i++) {
      if (masked.charAt(i) == Masked.MARK) {
        marks++;
      }
    }
    return (double) marks / Math.max(1, end - start);
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
}
