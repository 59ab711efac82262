package io.quotedesk.analysis;

import io.quotedesk.ingest.Article;
import io.quotedesk.ingest.TimeLimit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns an article into quotes with their speakers and the people it names. Pure: no I/O. */
public final class Analyzer {
  /** The default of {@code attribution.minConfidence}, chosen on the training articles. */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

  private final QuoteFinder quoteFinder = new QuoteFinder();
  private final FactFinder factFinder = new FactFinder();
  private final Summarizer summarizer = new Summarizer();
  private final AttributionModel model;
  private final AttributionModel ranking;
  private final int summarySentences;
  private final double minConfidence;

  /** An analyzer with the default summary of 3 sentences and the default confidence threshold. */
  public Analyzer() {
    this(3, DEFAULT_MIN_CONFIDENCE);
  }

  /**
   * @param summarySentences sentences in a summary, 1 to 5
   * @param minConfidence below it a speaker is withheld and only the mention kept, 0 to 1
   */
  public Analyzer(int summarySentences, double minConfidence) {
    this(summarySentences, minConfidence, AttributionModel.shipped());
  }

  Analyzer(int summarySentences, double minConfidence, AttributionModel model) {
    this(summarySentences, minConfidence, model, AttributionModel.shippedRanking());
  }

  /**
   * For training: {@code ranking} chooses among the people a "he" or "she" could mean ({@link
   * AttributionModel#none()} keeps the rules' choice).
   */
  public Analyzer(
      int summarySentences,
      double minConfidence,
      AttributionModel model,
      AttributionModel ranking) {
    if (summarySentences < 1 || summarySentences > 5) {
      throw new IllegalArgumentException("summary sentences must be 1 to 5: " + summarySentences);
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minimum confidence must be 0 to 1: " + minConfidence);
    }
    this.summarySentences = summarySentences;
    this.minConfidence = minConfidence;
    this.model = model;
    this.ranking = ranking;
  }

  /**
   * The quotes as the rules attribute them, before any is withheld, with their evidence, and the
   * people the article names (for training diagnostics: was the right speaker there to be found).
   */
  public record Evidence(
      List<Quote> quotes,
      List<List<String>> features,
      List<Person> people,
      List<List<SpeakerCandidate>> candidates) {}

  public Analysis analyze(Article read) {
    // The paragraphs once: marking correction notes and reading the story both walk them.
    Paragraphs paragraphs = Paragraphs.of(read.text());
    Article article = CorrectionNotes.marked(read, paragraphs);
    Reading reading = read(article, paragraphs);
    List<Quote> quotes = new ArrayList<>(reading.attribution.quotes().size());
    for (int i = 0; i < reading.attribution.quotes().size(); i++) {
      Quote quote =
          scored(reading.attribution.quotes().get(i), reading.attribution.features().get(i));
      // "city fire chief Tom Baker": the role written before the name, once the model has weighed
      // the speaker by the evidence it was trained on
      quotes.add(
          quote.speaker().isEmpty()
              ? quote
              : quote.withSpeaker(reading.resolver.withShownRole(quote.speaker().get())));
    }
    TimeLimit.checkpoint();
    Summarizer.Result summary =
        summarizer.summarize(article, reading.masked, reading.sentences, summarySentences);
    return new Analysis(
        article,
        quotes,
        quotedAsShown(reading.resolver.people(), quotes),
        factFinder.find(article),
        summary.lines(),
        // The publisher's standfirst says what the story is; else the best summary sentence.
        article.metadata().dek().or(summary::dek));
  }

  /** For training the attribution model: every quote with the rules' speaker and its evidence. */
  public Evidence evidence(Article article) {
    Paragraphs paragraphs = Paragraphs.of(article.text());
    Reading reading = read(CorrectionNotes.marked(article, paragraphs), paragraphs);
    return new Evidence(
        reading.attribution.quotes(),
        reading.attribution.features(),
        reading.resolver.people(),
        reading.attribution.candidates());
  }

  /**
   * People marked quoted only when a quote still names them: a withheld speaker is unknown, so is
   * whether they spoke.
   */
  private static List<Person> quotedAsShown(List<Person> people, List<Quote> quotes) {
    Set<String> speakers = new HashSet<>();
    quotes.forEach(q -> q.speaker().ifPresent(s -> speakers.add(s.name())));
    List<Person> result = new ArrayList<>(people.size());
    for (Person p : people) {
      boolean quoted = p.quoted() && speakers.contains(p.name());
      result.add(
          quoted == p.quoted()
              ? p
              : new Person(p.name(), p.role(), p.organisation(), p.mentionCount(), false));
    }
    return result;
  }

  /** The quote with its speaker's confidence, or with the speaker withheld below the threshold. */
  private Quote scored(Quote quote, List<String> features) {
    if (quote.speaker().isEmpty()) {
      return quote;
    }
    // Two decimals: the model is no surer than that, and stored and re-read records stay equal.
    double confidence = Math.round(model.probability(features) * 100) / 100.0;
    if (confidence < minConfidence) {
      // Unknown rather than a guess; the words that name the speaker stay, traceable.
      return quote.withSpeaker(null);
    }
    return quote.withSpeaker(quote.speaker().get().withConfidence(confidence));
  }

  private record Reading(
      String masked,
      Sentences sentences,
      SpeakerResolver resolver,
      QuoteAttributor.Attribution attribution) {}

  /** Reads {@code article}, whose text {@code paragraphs} divides. */
  private Reading read(Article article, Paragraphs paragraphs) {
    String text = article.text();
    // Quote spans first (sentences inside quotes are the speaker's), then the writer's sentences.
    List<Quote> spans = quoteFinder.find(article, paragraphs);
    String masked = Masked.of(text, spans);
    Sentences sentences = Sentences.of(text, masked, paragraphs, article.metadata().language());
    List<List<Token>> story = new ArrayList<>();
    List<List<Token>> furniture = new ArrayList<>();
    List<Token> all = new ArrayList<>();
    for (int p = 0; p < paragraphs.count(); p++) {
      TimeLimit.checkpoint(); // past analysis.deadline the caller has given up: stop here
      List<Token> tokens = Token.of(masked, paragraphs.start(p), paragraphs.end(p));
      (article.isFurniture(paragraphs.start(p)) ? furniture : story).add(tokens);
      all.addAll(tokens);
    }
    Optional<CueWords> words = article.metadata().language().flatMap(CueWords::of);
    SpeakerResolver resolver = new SpeakerResolver(text, story, furniture, words);
    story.forEach(resolver::addAppositionRoles);
    TimeLimit.checkpoint();
    QuoteAttributor.Attribution attribution =
        new QuoteAttributor(
                text,
                masked,
                paragraphs,
                sentences,
                resolver,
                article.metadata().byline(),
                Collections.unmodifiableList(all), // rules read views of it; none may cut it
                words,
                ranking)
            .attribute(spans);
    attribution = Crossheads.takeSpeakersFromTheBody(attribution, text, paragraphs);
    return new Reading(masked, sentences, resolver, attribution);
  }
}
