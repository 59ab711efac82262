package io.quotedesk.analysis;

import io.quotedesk.analysis.Lexicon.Gender;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Describes how the rules found a quote's speaker, as named binary features for the attribution
 * model: which path found it, what kind of words name them, how far they are from the quote, and
 * how many other people a reader passes on the way. Shapes and relations only, never a person's
 * name or a word of the article, so that the model carries over to articles it was not trained on,
 * and never a gender: women's and men's names are trusted on the same evidence.
 */
final class AttributionFeatures {
  /** How the rules reached a speaker. */
  enum Path {
    /** The subject of a speech cue in the quote's sentence. */
    CUE,
    /** An "it" that goes on with the source quoted just before. */
    CUE_CONTINUES_IT,
    /** The speaker of reported speech in the sentences just before. */
    REPORTED,
    /** A quote with no cue of its own, given the speaker of the quote before. */
    FLOATING
  }

  private static final Set<String> COMMON_CUES =
      Lexicon.setOf(
          "said",
          "says",
          "told",
          "added",
          "according to",
          "wrote",
          "asked",
          "explained",
          "noted",
          "continued",
          "argued",
          "called",
          "insisted",
          "stated",
          "declared",
          "tweeted",
          "saying",
          "described",
          "acknowledged",
          "warned",
          "\u2014",
          ":");
  private static final Set<String> NAME_PARTICLES =
      Lexicon.setOf(
          "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin",
          "al", "el", "ibn", "st.", "jr.", "sr.");

  // Every attributed quote's name goes through these: compiled once, not per String.split call.
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The marks a name's word keeps beside its letters ("O'Brien", "Jean-Luc"); a head keeps "-". */
  private static final String IN_A_NAME = "'-";

  private static final String IN_A_HEAD = "-";

  private final Paragraphs paragraphs;
  private final String text;
  private final Sentences sentences;
  private final SpeakerResolver resolver;
  private final Optional<CueWords> words;

  AttributionFeatures(ArticleView article) {
    this.words = article.words();
    this.text = article.text();
    this.paragraphs = article.paragraphs();
    this.sentences = article.sentences();
    this.resolver = article.resolver();
  }

  /**
   * A cue of another language as the English cue that plays its part, so that the weights learnt on
   * English stories apply: a speech verb ("sagte", "a déclaré", "affirme-t-elle") as "said", a
   * source word ("selon", "laut", "zufolge") as "according to".
   */
  private String inEnglish(String cue) {
    if (words.isEmpty()) {
      return cue;
    }
    String last = cue.substring(cue.lastIndexOf(' ') + 1);
    if (words.get().sources().contains(cue) || words.get().sourcesAfter().contains(cue)) {
      return "according to";
    }
    // A Konjunktiv I form ("sie habe") marks reported speech as "said" does in English.
    boolean speech =
        words.get().isVerb(last) || words.get().isVerb(cue) || words.get().reported().contains(cue);
    return speech ? "said" : cue;
  }

  /**
   * The speaker's name as English stories give it: their rules keep a role written before a name
   * apart ("Treasury Secretary" of "Janet Yellen"), other languages' rules keep it in the name
   * ("Bundeskanzler Olaf Scholz"), so the name's shape is read from its first name on, and the
   * words before it count as a role. A name with no known first name after its first word stays
   * whole.
   */
  private Speaker asEnglishName(Speaker speaker) {
    if (words.isEmpty()) {
      return speaker;
    }
    String[] parts = speaker.name().split(" ");
    for (int i = 1; i < parts.length; i++) {
      if (Character.isUpperCase(parts[i].charAt(0))
          && NameWords.isFirstName(lettersAnd(parts[i], IN_A_NAME))) {
        String role = String.join(" ", Arrays.asList(parts).subList(0, i));
        String name = String.join(" ", Arrays.asList(parts).subList(i, parts.length));
        return new Speaker(name, Optional.of(speaker.role().orElse(role)), speaker.confidence());
      }
    }
    return speaker;
  }

  /**
   * The features of one attributed quote. {@code quotedBefore} counts earlier quotes given to the
   * same speaker; {@code previousSpeaker} is the speaker of the body quote before, or null; {@code
   * previousQuoteEnd} where the last attributed quote ends, or -1.
   */
  List<String> of(
      Quote quote,
      Path path,
      Entity entity,
      int quotedBefore,
      Speaker previousSpeaker,
      int previousQuoteEnd) {
    Speaker speaker = quote.speaker().orElseThrow();
    List<String> features = new ArrayList<>(32);
    String mentioned = quote.mention().map(m -> m.text().toLowerCase(Locale.ROOT)).orElse("");
    // "he'd" is "he": the pronoun, if the mention is one.
    String pronoun = Lexicon.withoutContraction(mentioned);
    Speaker named = asEnglishName(speaker);
    String kind = kind(mentioned, pronoun, entity, named);
    String cue =
        quote.cue().map(c -> c.toLowerCase(Locale.ROOT)).map(this::inEnglish).orElse("none");
    cue = cueClass(cue);
    features.add("path=" + path);
    features.add("kind=" + kind);
    features.add("cue=" + cue);
    features.add("path*kind=" + path + "*" + kind);
    features.add("kind*cue=" + kind + "*" + cue);
    features.add(quote.partial() ? "partial" : "whole");
    if (quote.headline()) {
      features.add("headline");
    }
    // A quote woven into a sentence that is about someone ("The ad targets a "rigged economy"")
    // belongs to that sentence, less often to a speaker met before it.
    boolean leads = opensItsSentence(quote);
    features.add("opens-sentence=" + leads);
    features.add("path*opens-sentence=" + path + "*" + leads);

    int mentionStart = quote.start();
    int mentionEnd = quote.start();
    if (quote.mention().isPresent()) {
      Mention mention = quote.mention().get();
      mentionStart = mention.start();
      mentionEnd = mention.end();
      boolean before = mention.end() <= quote.start();
      int gap = before ? quote.start() - mention.end() : Math.max(0, mention.start() - quote.end());
      String side = before ? "before" : "after";
      String gapBucket = bucket(gap, 3, 10, 30, 80, 200);
      features.add("side=" + side);
      features.add("gap=" + gapBucket);
      features.add("kind*side=" + kind + "*" + side);
      features.add("kind*gap=" + kind + "*" + gapBucket);
      features.add("path*side=" + path + "*" + side);
      int paragraphGap = Math.abs(quote.paragraph() - paragraphs.indexOf(mention.start()));
      int sentenceGap =
          Math.abs(sentences.indexOf(quote.start()) - sentences.indexOf(mention.start()));
      features.add("paragraphs=" + bucket(paragraphGap, 0, 1));
      features.add("sentences=" + bucket(sentenceGap, 0, 1, 2));
      features.add("path*paragraphs=" + path + "*" + bucket(paragraphGap, 0, 1));
      // A subject opens its clause and meets its verb; an object follows a preposition.
      String opens = MentionSurroundings.before(text, mention.start());
      String follows = MentionSurroundings.after(text, mention.end());
      features.add("before-mention=" + opens);
      features.add("after-mention=" + follows);
      features.add("kind*before-mention=" + kind + "*" + opens);
    } else {
      features.add("no-mention");
    }

    // Rivals: people named between the words that name the speaker and the quote.
    int from = Math.min(mentionEnd, quote.start());
    int to = Math.max(mentionStart, quote.start());
    int between = resolver.othersNamed(from, to, entity, null, 3);
    features.add("others-between=" + bucket(between, 0, 1, 2));
    features.add("kind*others-between=" + kind + "*" + bucket(between, 0, 1));
    features.add("path*others-between=" + path + "*" + bucket(between, 0, 1));
    if (previousQuoteEnd >= 0) {
      // The writer's words since the last attributed quote: a floating quote right after it is
      // the same voice far more often than one several sentences on.
      String since = bucket(Math.max(0, quote.start() - previousQuoteEnd), 5, 30, 150, 500);
      features.add("since-previous-quote=" + since);
      features.add("path*since-previous-quote=" + path + "*" + since);
    }
    Gender pronounGender = Lexicon.PRONOUNS.get(pronoun);
    if (pronounGender != null) {
      // A pronoun's rivals: people it fits named in its sentence and the two before.
      int s = sentences.indexOf(mentionStart);
      int windowStart = sentences.start(Math.max(0, s - 2));
      int rivals = resolver.othersNamed(windowStart, mentionStart, entity, pronounGender, 3);
      features.add("pronoun-rivals=" + bucket(rivals, 0, 1, 2));
      if (entity != null) {
        int distance = resolver.distanceToLastMention(entity, mentionStart);
        String last = distance < 0 ? "far" : bucket(distance, 30, 100, 300, 1000);
        features.add("antecedent-distance=" + last);
        features.add("antecedent-distance*rivals=" + last + "*" + bucket(rivals, 0, 1));
      }
    }

    if (entity != null) {
      features.add("mentions=" + bucket(entity.mentions, 1, 2, 4, 8));
      features.add("person-like=" + entity.personLike);
      features.add("full-name=" + (entity.first != null && entity.last != null));
    } else {
      features.add("no-entity");
    }
    features.add("quoted-before=" + bucket(quotedBefore, 0, 1, 3));
    if (previousSpeaker != null) {
      features.add(
          previousSpeaker.name().equals(speaker.name())
              ? "same-as-previous"
              : "other-than-previous");
    }
    features.add("role=" + named.role().isPresent());
    nameShape(named.name(), features);
    if (entity == null && !kind.equals("writer")) {
      features.add("description-head=" + descriptionHead(speaker.name()));
    }
    if (path == Path.FLOATING) {
      floatingShape(quote, features);
      // A floating quote's mention is the previous quote's: what its distance or kind says about a
      // cue's subject says something else here, so floating quotes get weights of their own.
      features.replaceAll(feature -> feature.startsWith("path") ? feature : "floating:" + feature);
    }
    return features;
  }

  /**
   * Where a floating quote stands: a paragraph that is nothing but a quote, right after a paragraph
   * that opened with one, goes on with that speaker far more often than a quote inside the writer's
   * prose. // "Q1," he said. ¶ "Q2."
   */
  private void floatingShape(Quote quote, List<String> features) {
    int p = quote.paragraph();
    boolean fillsParagraph =
        quote.start() - 1 <= paragraphs.start(p) && quote.end() + 2 >= paragraphs.end(p);
    features.add("fills-paragraph=" + fillsParagraph);
    if (p > 0) {
      char first = text.charAt(paragraphs.start(p - 1));
      boolean quoteOpensPrevious = QuoteMarks.isDouble(first) || QuoteMarks.isSingle(first);
      features.add("previous-paragraph-opens-with-quote=" + quoteOpensPrevious);
      features.add("fills*previous-opens=" + fillsParagraph + "*" + quoteOpensPrevious);
    }
  }

  /**
   * The cue as the model sees it: a common cue as itself, "none" where a sentence's subject speaks
   * without a verb (in English), another speech verb of the lists as "other" or "other-ing", and in
   * English a verb no list holds ("release" in "Ruiz should release them to hold the "higher
   * ground"") as "unlisted".
   */
  private String cueClass(String cue) {
    if (COMMON_CUES.contains(cue) || cue.equals("none") && words.isEmpty()) {
      return cue;
    }
    if (cue.endsWith("ing")) {
      return "other-ing";
    }
    String last = cue.substring(cue.lastIndexOf(' ') + 1);
    return words.isEmpty() && !SpeechVerbs.isSpeechVerb(last) ? "unlisted" : "other";
  }

  /** Nothing but white space and quotation marks between the sentence's start and the quote. */
  private boolean opensItsSentence(Quote quote) {
    for (int k = sentences.start(sentences.indexOf(quote.start())); k < quote.start(); k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && !QuoteMarks.isDouble(c) && !QuoteMarks.isSingle(c)) {
        return false;
      }
    }
    return true;
  }

  /** What kind of words name the speaker; {@code mention} in lower case, "" when none. */
  private static String kind(String mention, String pronoun, Entity entity, Speaker speaker) {
    if (Lexicon.PRONOUNS.containsKey(pronoun)) {
      // "he" and "she" alike: the model weighs how a pronoun was resolved, never whose it is.
      return "pronoun-" + (pronoun.equals("he") || pronoun.equals("she") ? "he/she" : pronoun);
    }
    if (speaker.role().filter("writer"::equals).isPresent()) {
      return "writer";
    }
    if (entity == null) {
      return "description";
    }
    String last = entity.last == null ? "" : entity.last.toLowerCase(Locale.ROOT);
    if (!last.isEmpty() && mention.contains(last)) {
      return mention.contains(" ") ? "full-name" : "surname";
    }
    return mention.isEmpty() ? "unmentioned" : "resolved-description";
  }

  /**
   * What a description's last word names: a title ("the spokeswoman"), a body or a document ("the
   * ministry", "a report"), a group ("officials", "the campaign") or something else ("a few").
   */
  private static String descriptionHead(String description) {
    String head = description.substring(description.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    head = lettersAnd(head, IN_A_HEAD);
    if (Titles.isTitle(head)) {
      return "title";
    }
    if (SourceNouns.BODIES.contains(head) || SourceNouns.DOCUMENTS.contains(head)) {
      return "body-or-document";
    }
    if (SourceNouns.COLLECTIVES.contains(head)) {
      return "collective";
    }
    return head.endsWith("s") && !head.endsWith("ss") ? "plural" : "other";
  }

  /** What the name looks like: a real name has capitalised words and, often, a known first name. */
  private static void nameShape(String name, List<String> features) {
    String[] words = SPACES.split(name);
    features.add("name-words=" + bucket(words.length, 1, 2, 3));
    boolean lowerWord = false;
    for (String word : words) {
      if (!word.isEmpty()
          && Character.isLowerCase(word.charAt(0))
          && !NAME_PARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
        lowerWord = true;
      }
    }
    if (lowerWord) {
      features.add("name-has-lowercase-word");
    }
    String first = lettersAnd(words[0], IN_A_NAME);
    features.add("first-name-known=" + NameWords.isFirstName(first));
    if (name.length() > 1 && lettersAllUpperCase(name)) {
      features.add("name-acronym");
    }
    if (name.endsWith("'s") || name.endsWith("\u2019s")) {
      features.add("name-possessive");
    }
  }

  /** The word's letters and the given marks, in order, without whatever else it holds. */
  private static String lettersAnd(String word, String marks) {
    StringBuilder kept = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      if (Character.isLetter(c) || marks.indexOf(c) >= 0) {
        kept.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return kept.length() == word.length() ? word : kept.toString();
  }

  /** "NATO", "U.S.": every letter a capital (a loop: a stream per attributed quote cost 1%). */
  private static boolean lettersAllUpperCase(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** "0", "1", "2-3", "4+": the bucket of {@code value} among ascending upper bounds. */
  static String bucket(int value, int... bounds) {
    int lower = Integer.MIN_VALUE;
    for (int bound : bounds) {
      if (value <= bound) {
        return lower == Integer.MIN_VALUE || lower + 1 == bound
            ? Integer.toString(bound)
            : (lower + 1) + "-" + bound;
      }
      lower = bound;
    }
    return (lower + 1) + "+";
  }
}
