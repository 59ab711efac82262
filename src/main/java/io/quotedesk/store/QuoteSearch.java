package io.quotedesk.store;

import io.quotedesk.analysis.Quote;
import io.quotedesk.store.SearchHit.ArticleRef;
import io.quotedesk.store.SearchRanking.Candidate;
import io.quotedesk.store.SearchTerms.Term;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One who-said search on the archive's connection: the database finds candidate quotes by its
 * full-text index (all the words, the newest few hundred quotes holding them; most of the words
 * when no quote holds the exact phrase), {@link SearchRanking} orders them by their text, and only
 * the quotes that rank are read whole (their stored JSON and article).
 */
final class QuoteSearch {
  /** At most this many groups of terms in one light-paraphrase search. */
  private static final int MAX_GROUPS = 10;

  private final Connection connection;
  private final SqlDialect dialect;

  QuoteSearch(Connection connection, SqlDialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  List<SearchHit> whoSaid(SearchQuery query) throws SQLException {
    SearchTerms terms = SearchTerms.of(query.words());
    if (terms.terms().isEmpty() || terms.commonWordsOnly()) {
      // "AND OR NOT": common words alone are in nearly every quote, and PostgreSQL's index leaves
      // them out, so such a query matches nothing on either backend; the caller says why.
      return List.of();
    }
    // A few candidates per result, then the closest wordings first: the database finds quotes
    // holding the words, SearchRanking orders them by how closely they hold them.
    int cap = Math.max(200, query.limit() * 20);
    Map<String, Candidate> found = new LinkedHashMap<>();
    add(found, search(query, dialect.match(List.of(terms.terms())), cap));
    List<Candidate> ranked = SearchRanking.rank(List.copyOf(found.values()), terms, query.limit());
    if (ranked.size() < query.limit()
        && terms.terms().size() > 1
        && ranked.stream().noneMatch(c -> SearchRanking.isExactPhrase(c.text(), terms))) {
      // Light paraphrase when the words were not said as such: most of the words, a few
      // candidates per missing result (each costs the database a row read).
      int missing = query.limit() - ranked.size();
      add(found, search(query, dialect.match(mostOf(terms.terms())), missing * 5));
      ranked = SearchRanking.rank(List.copyOf(found.values()), terms, query.limit());
    }
    if (ranked.isEmpty() && dialect.dropsStopWords()) {
      Optional<Term> whole = terms.terms().stream().filter(Term::whole).findFirst();
      if (whole.isPresent()) {
        add(found, containing(query, whole.get().raw(), cap));
        ranked = SearchRanking.rank(List.copyOf(found.values()), terms, query.limit());
      }
    }
    return hits(ranked);
  }

  /** The latest quotes given to {@code speaker} (any form of the name), newest article first. */
  List<SearchHit> quotesBy(String speaker, int limit) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT q.quote_json, a.title, a.publisher, a.url, a.published FROM quotes q JOIN"
                + " articles a ON a.id = q.article_id WHERE a.latest = ? AND q.speaker_key = ?"
                + " ORDER BY a.fetched_at DESC, q.headline, q.position LIMIT ?")) {
      select.setBoolean(1, true);
      select.setString(2, SpeakerKey.of(speaker));
      select.setInt(3, limit);
      List<SearchHit> hits = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          hits.add(new SearchHit(decode(rs.getString(1)), articleRef(rs), 0));
        }
      }
      return hits;
    }
  }

  /** The article a hit comes from, read from columns 2 to 5 of a search's row. */
  private static ArticleRef articleRef(ResultSet rs) throws SQLException {
    return new ArticleRef(
        Optional.ofNullable(rs.getString(2)),
        Optional.ofNullable(rs.getString(3)),
        rs.getString(4),
        Optional.ofNullable(rs.getString(5)));
  }

  /** The ranked quotes as hits: their stored JSON and articles, read for these few only. */
  private List<SearchHit> hits(List<Candidate> ranked) throws SQLException {
    List<SearchHit> hits = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT q.quote_json, a.title, a.publisher, a.url, a.published FROM quotes q JOIN"
                + " articles a ON a.id = q.article_id WHERE q.id = ?")) {
      for (Candidate c : ranked) {
        select.setLong(1, c.id());
        try (ResultSet rs = select.executeQuery()) {
          if (!rs.next()) {
            continue; // forgotten since it was found
          }
          hits.add(new SearchHit(decode(rs.getString(1)), articleRef(rs), c.score()));
        }
      }
    }
    return hits;
  }

  private static Quote decode(String json) throws SQLException {
    try {
      return AnalysisJson.decodeQuote(AnalysisJson.parse(json));
    } catch (IOException | RuntimeException e) { // JSON that parses but is no quote
      throw new SQLException("unreadable stored quote", e);
    }
  }

  /** Adds hits not found before, one per quote. */
  private static void add(Map<String, Candidate> found, List<Candidate> hits) {
    for (Candidate hit : hits) {
      // One article has one latest version, so its id stands for its address.
      found.putIfAbsent(hit.articleId() + "\n" + hit.headline() + "\n" + hit.text(), hit);
    }
  }

  /**
   * Groups of terms any of which a light paraphrase holds: half of the terms (rounded up) in every
   * combination while they are few (two of "deterrence credibility Moscow view"), else all but one.
   */
  static List<List<Term>> mostOf(List<Term> terms) {
    int half = (terms.size() + 1) / 2;
    List<List<Term>> groups = new ArrayList<>();
    combinations(terms, half, 0, new ArrayList<>(), groups);
    if (groups.size() <= MAX_GROUPS) {
      return groups;
    }
    groups.clear();
    for (int left = 0; left < terms.size(); left++) {
      List<Term> group = new ArrayList<>(terms);
      group.remove(left);
      groups.add(group);
    }
    return groups;
  }

  private static void combinations(
      List<Term> terms, int size, int from, List<Term> chosen, List<List<Term>> out) {
    if (chosen.size() == size) {
      out.add(List.copyOf(chosen));
      return;
    }
    for (int i = from; i < terms.size() && out.size() <= MAX_GROUPS; i++) {
      chosen.add(terms.get(i));
      combinations(terms, size, i + 1, chosen, out);
      chosen.remove(chosen.size() - 1);
    }
  }

  private List<Candidate> search(SearchQuery query, String match, int cap) throws SQLException {
    return select(query, dialect.search(filters(query, new ArrayList<>())), match, cap);
  }

  /** Quotes whose text holds {@code raw}, newest first, for a term the index cannot see. */
  private List<Candidate> containing(SearchQuery query, String raw, int cap) throws SQLException {
    String pattern = "%" + raw.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    String sql =
        "SELECT q.id, 0, q.text, q.headline, q.article_id FROM"
            + " quotes q JOIN articles a ON a.id = q.article_id WHERE LOWER(q.text) LIKE ? ESCAPE '\\' AND"
            + " a.latest = ?"
            + filters(query, new ArrayList<>())
            + " ORDER BY q.id DESC LIMIT ?";
    return select(query, sql, pattern, cap);
  }

  private List<Candidate> select(SearchQuery query, String sql, String match, int cap)
      throws SQLException {
    List<String> arguments = new ArrayList<>();
    filters(query, arguments);
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      int i = 1;
      select.setString(i++, match);
      select.setBoolean(i++, true);
      for (String argument : arguments) {
        select.setString(i++, argument);
      }
      select.setInt(i, cap);
      try (ResultSet rs = select.executeQuery()) {
        List<Candidate> found = new ArrayList<>();
        while (rs.next()) {
          found.add(
              new Candidate(
                  rs.getLong(1),
                  rs.getString(3),
                  rs.getBoolean(4),
                  rs.getLong(5),
                  rs.getDouble(2)));
        }
        return found;
      }
    }
  }

  /** The SQL for the query's filters; their arguments are added to {@code arguments}. */
  private static String filters(SearchQuery query, List<String> arguments) {
    StringBuilder filters = new StringBuilder();
    query
        .speaker()
        .ifPresent(
            s -> {
              filters.append(" AND q.speaker_key = ?");
              arguments.add(SpeakerKey.of(s));
            });
    query
        .outlet()
        .ifPresent(
            o -> {
              filters.append(" AND LOWER(a.publisher) LIKE ?");
              arguments.add("%" + o.toLowerCase(Locale.ROOT) + "%");
            });
    query
        .since()
        .ifPresent(
            d -> {
              filters.append(" AND a.day >= ?");
              arguments.add(d.toString());
            });
    query
        .until()
        .ifPresent(
            d -> {
              filters.append(" AND a.day <= ?");
              arguments.add(d.toString());
            });
    return filters.toString();
  }
}
