package io.quotedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.ingest.ArticleMetadata;
import io.quotedesk.ingest.PlainTextReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every archive backend must do; SQLite and PostgreSQL each run these tests. */
abstract class ArticleStoreContract {
  static final Instant T0 = Instant.parse("2024-02-14T10:00:00Z");

  static final String NATO =
      "'We must not undermine deterrence', Stoltenberg says\n\n"
          + "NATO Secretary General Jens Stoltenberg spoke in Brussels.\n\n"
          + "\"We should not undermine the credibility of NATO's deterrence,\" Jens Stoltenberg"
          + " said on Wednesday.\n\n"
          + "\"An attack on one ally is an attack on all of us,\" he added.\n\n"
          + "US President Joe Biden called the remarks \"dangerous\" and \"un-American.\"";

  static final String BUDGET =
      "Budget passes\n\n\"Schools come first in this budget,\" Mayor Ann Ruiz said on Monday.";

  protected ArticleStore store;

  /** A fresh, empty store of the backend under test. */
  abstract ArticleStore openEmpty() throws Exception;

  /** Another fresh, empty store, for export and import. */
  abstract ArticleStore openSecond() throws Exception;

  /** Runs {@code sql} on the archive {@link #openEmpty} made, now closed, then opens it again. */
  abstract ArticleStore reopenAfter(List<String> sql) throws Exception;

  /** The SQL that puts this backend's full-text index back as schema version 2 made it. */
  abstract List<String> version2Index();

  @BeforeEach
  void open() throws Exception {
    store = openEmpty();
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  static Analysis analysis(String text, String publisher, String published) {
    var article = new PlainTextReader().read(text);
    var meta = article.metadata();
    var withMeta =
        new io.quotedesk.ingest.Article(
            article.text(),
            new ArticleMetadata(
                meta.title(),
                meta.byline(),
                Optional.ofNullable(published),
                Optional.ofNullable(publisher),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            article.headline(),
            article.furniture(),
            Optional.empty());
    return new Analyzer().analyze(withMeta);
  }

  @Test
  void storesAndReadsTheLatestVersion() throws Exception {
    StoredArticle saved =
        store.save("https://news.test/nato", analysis(NATO, "Euronews", "2024-02-14"), T0);
    assertThat(saved.version()).isEqualTo(1);
    StoredArticle read = store.latest("https://news.test/nato").orElseThrow();
    assertThat(read.analysis().article().text()).isEqualTo(NATO);
    assertThat(read.analysis().quotes()).isEqualTo(saved.analysis().quotes());
    assertThat(read.analysis().article().headline())
        .isEqualTo(saved.analysis().article().headline());
    assertThat(read.fetchedAt()).isEqualTo(T0);
    assertThat(store.latest("https://news.test/other")).isEmpty();
  }

  @Test
  void theSameTextIsNoNewVersionAChangedQuoteIsMarked() throws Exception {
    store.save("https://news.test/nato", analysis(NATO, "Euronews", null), T0);
    StoredArticle same =
        store.save("https://news.test/nato", analysis(NATO, "Euronews", null), T0.plusSeconds(60));
    assertThat(same.version()).isEqualTo(1);
    String edited =
        NATO.replace(
            "undermine the credibility of NATO's deterrence",
            "weaken the credibility of NATO's deterrence");
    StoredArticle second =
        store.save(
            "https://news.test/nato", analysis(edited, "Euronews", null), T0.plusSeconds(120));
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.changes())
        .containsExactly(
            new StoredArticle.QuoteChange(
                "We should not undermine the credibility of NATO's deterrence,",
                "We should not weaken the credibility of NATO's deterrence,"));
    assertThat(store.versions("https://news.test/nato"))
        .extracting(StoredArticle::version)
        .containsExactly(1, 2);
    assertThat(store.latest("https://news.test/nato").orElseThrow().changes()).hasSize(1);
  }

  @Test
  void findsExactWordsFragmentsAndParaphrase() throws Exception {
    store.save("https://news.test/nato", analysis(NATO, "Euronews", "2024-02-14"), T0);
    store.save("https://news.test/budget", analysis(BUDGET, "City Paper", "2024-03-01"), T0);
    assertThat(
            first(store.whoSaid(SearchQuery.of("an attack on one ally is an attack on all of us"))))
        .isEqualTo("An attack on one ally is an attack on all of us,");
    assertThat(first(store.whoSaid(SearchQuery.of("attack on one ally"))))
        .isEqualTo("An attack on one ally is an attack on all of us,");
    // stemming and word order: "undermining" finds "undermine"
    assertThat(first(store.whoSaid(SearchQuery.of("deterrence credibility undermining"))))
        .startsWith("We should not undermine the credibility");
    // any word when not all match
    assertThat(store.whoSaid(SearchQuery.of("schools banana"))).isNotEmpty();
    assertThat(store.whoSaid(SearchQuery.of("zeppelin"))).isEmpty();
  }

  @Test
  void headlineQuotesRankBelowBodyQuotes() throws Exception {
    store.save("https://news.test/nato", analysis(NATO, "Euronews", null), T0);
    List<SearchHit> hits = store.whoSaid(SearchQuery.of("undermine deterrence"));
    assertThat(hits).hasSizeGreaterThanOrEqualTo(2);
    assertThat(hits.get(0).quote().headline()).isFalse();
    assertThat(hits.get(hits.size() - 1).quote().headline()).isTrue();
  }

  @Test
  void filtersBySpeakerVariantOutletDatesAndLimit() throws Exception {
    store.save("https://news.test/nato", analysis(NATO, "Euronews", "2024-02-14"), T0);
    store.save("https://news.test/budget", analysis(BUDGET, "City Paper", "2024-03-01"), T0);
    for (String name : List.of("Stoltenberg", "Jens Stoltenberg", "NATO chief Jens Stoltenberg")) {
      assertThat(store.whoSaid(query("attack ally", name, null, null, null, 10)))
          .as(name)
          .hasSize(1);
    }
    assertThat(store.whoSaid(query("attack ally", "Biden", null, null, null, 10))).isEmpty();
    assertThat(store.whoSaid(query("schools budget", null, "city", null, null, 10))).hasSize(1);
    assertThat(store.whoSaid(query("schools budget", null, "euronews", null, null, 10))).isEmpty();
    assertThat(
            store.whoSaid(
                query("schools budget", null, null, LocalDate.parse("2024-02-20"), null, 10)))
        .hasSize(1);
    assertThat(
            store.whoSaid(
                query("schools budget", null, null, null, LocalDate.parse("2024-02-20"), 10)))
        .isEmpty();
    assertThat(store.whoSaid(query("deterrence", null, null, null, null, 1))).hasSize(1);
  }

  static final String PARIS =
      "Talks in Paris\n\n"
          + "\"The Élysée will not bend on the pension reform,\" said Chancellor Olaf Schölz.\n\n"
          + "\"Elysee officials were told to stay quiet,\" said Marie Dupont, a diplomat.\n\n"
          + "\"Мы нашли йод в воде,\" said Ivan Petrov, a chemist.\n";

  @Test
  void searchFoldsAccentsAndCaseBothWays() throws Exception {
    store.save("https://news.test/paris", analysis(PARIS, "Le Monde", null), T0);
    for (String words : List.of("Elysee", "élysée", "ÉLYSÉE")) {
      assertThat(store.whoSaid(SearchQuery.of(words))).as(words).hasSize(2);
    }
    // A letter the full-text index keeps as it is ("й" is no "и" there) is searched as it is.
    assertThat(store.whoSaid(SearchQuery.of("йод"))).hasSize(1);
    // Shown as written, found either way.
    assertThat(store.whoSaid(query("pension reform", "Scholz", null, null, null, 10)))
        .extracting(h -> h.quote().text())
        .containsExactly("The Élysée will not bend on the pension reform,");
    assertThat(store.quotesBy("Olaf Schölz", 10)).hasSize(1);
    assertThat(store.quotesBy("Olaf Scholz", 10)).hasSize(1);
  }

  @Test
  void anArchiveFromBeforeAccentFoldingFoldsWhenOpened() throws Exception {
    store.save("https://news.test/paris", analysis(PARIS, "Le Monde", null), T0);
    store.close();
    List<String> version2 = new ArrayList<>(version2Index());
    version2.add("UPDATE quotes SET speaker_key = 'schölz' WHERE speaker_key = 'scholz'");
    version2.add("DELETE FROM schema_version WHERE version = 3");
    store = reopenAfter(version2);
    assertThat(store.quotesBy("Olaf Scholz", 10)).hasSize(1);
    assertThat(store.whoSaid(SearchQuery.of("Elysee"))).hasSize(2);
  }

  @Test
  void quotesByASpeakerUnderAnyFormOfTheName() throws Exception {
    store.save("https://news.test/nato", analysis(NATO, "Euronews", null), T0);
    assertThat(store.quotesBy("Joe Biden", 10))
        .extracting(h -> h.quote().text())
        .containsExactly("dangerous", "un-American.");
    assertThat(store.quotesBy("Stoltenberg", 10)).hasSize(3);
  }

  @Test
  void forgetRemovesEveryVersionAndQuote() throws Exception {
    store.save("https://news.test/nato", analysis(NATO, "Euronews", null), T0);
    store.save(
        "https://news.test/nato",
        analysis(NATO + " Updated.", "Euronews", null),
        T0.plusSeconds(5));
    assertThat(store.forget("https://news.test/nato")).isTrue();
    assertThat(store.versions("https://news.test/nato")).isEmpty();
    assertThat(store.whoSaid(SearchQuery.of("deterrence"))).isEmpty();
    assertThat(store.forget("https://news.test/nato")).isFalse();
  }

  @Test
  void retentionForgetsArticlesNotFetchedSinceTheCutoff() throws Exception {
    store.save("https://news.test/old", analysis(BUDGET, null, null), T0);
    store.save("https://news.test/new", analysis(NATO, null, null), T0.plusSeconds(86_400 * 30));
    assertThat(store.forgetOlderThan(T0.plusSeconds(86_400))).isEqualTo(1);
    assertThat(store.recent(10))
        .extracting(StoredArticle::url)
        .containsExactly("https://news.test/new");
  }

  @Test
  void exportThenImportGivesTheSameArchive() throws Exception {
    store.save("https://news.test/nato", analysis(NATO, "Euronews", "2024-02-14"), T0);
    store.save(
        "https://news.test/nato",
        analysis(NATO + " More.", "Euronews", "2024-02-14"),
        T0.plusSeconds(9));
    store.save("https://news.test/budget", analysis(BUDGET, "City Paper", null), T0);
    List<StoredArticle> exported = new ArrayList<>();
    store.forEach(exported::add);
    assertThat(exported).hasSize(3);
    try (ArticleStore second = openSecond()) {
      for (StoredArticle article : exported) {
        second.restore(article);
        second.restore(article); // importing twice keeps one copy
      }
      assertThat(second.versions("https://news.test/nato"))
          .extracting(StoredArticle::version)
          .containsExactly(1, 2);
      assertThat(second.whoSaid(SearchQuery.of("attack ally")))
          .extracting(h -> h.quote().text())
          .isEqualTo(
              store.whoSaid(SearchQuery.of("attack ally")).stream()
                  .map(h -> h.quote().text())
                  .toList());
    }
  }

  private static SearchQuery query(
      String words, String speaker, String outlet, LocalDate since, LocalDate until, int limit) {
    return new SearchQuery(
        words,
        Optional.ofNullable(speaker),
        Optional.ofNullable(outlet),
        Optional.ofNullable(since),
        Optional.ofNullable(until),
        limit);
  }

  private static String first(List<SearchHit> hits) {
    assertThat(hits).isNotEmpty();
    return hits.get(0).quote().text();
  }
}
