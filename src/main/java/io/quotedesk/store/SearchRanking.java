package io.quotedesk.store;

import io.quotedesk.store.SearchTerms.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Orders the quotes a database found for a query: body quotes before headline quotes; among each,
 * the exact phrase first, then the words near one another, then light paraphrase (at least half of
 * the words, anywhere); within a tier, more of the words, closer together, then the database's own
 * score. A term with punctuation ("AT&T") counts only as a whole token; quotes holding fewer than
 * half of the terms are left out.
 */
final class SearchRanking {
  /**
   * Words a near phrase may hold beyond the searched ones: "the credibility of NATO's deterrence".
   */
  static final int NEAR_SLACK = 3;

  /** Endings that make no other word for ranking: "ally"/"allies", "attack"/"attacked". */
  private static final List<String> ENDINGS = List.of("ing", "ed", "es", "s", "d");

  enum Tier {
    EXACT_PHRASE,
    NEAR_PHRASE,
    PARAPHRASE
  }

  /** How one quote holds the query. */
  record Closeness(Tier tier, int found, int span) {}

  /**
   * A quote the database found, read only as far as ranking needs (its stored JSON and article are
   * read for the few that rank), with its text's tokens read once however often it is ranked.
   */
  record Candidate(
      long id, String text, boolean headline, long articleId, double score, List<String> forms) {
    Candidate(long id, String text, boolean headline, long articleId, double score) {
      this(id, text, headline, articleId, score, SearchTerms.forms(text));
    }

    Candidate withScore(double newScore) {
      return new Candidate(id, text, headline, articleId, newScore, forms);
    }
  }

  private SearchRanking() {}

  /** The best {@code limit} candidates, best first, each scored by its tier. */
  static List<Candidate> rank(List<Candidate> candidates, SearchTerms query, int limit) {
    record Scored(Candidate hit, Closeness closeness) {}
    List<Scored> kept = new ArrayList<>();
    for (Candidate hit : candidates) {
      closeness(hit.forms(), query).ifPresent(c -> kept.add(new Scored(hit, c)));
    }
    kept.sort(
        Comparator.comparing((Scored s) -> s.hit().headline())
            .thenComparing(s -> s.closeness().tier())
            .thenComparing(s -> s.closeness().found(), Comparator.reverseOrder())
            .thenComparingInt(s -> s.closeness().span())
            .thenComparing(s -> s.hit().score(), Comparator.reverseOrder()));
    List<Candidate> ranked = new ArrayList<>();
    for (Scored s : kept.subList(0, Math.min(limit, kept.size()))) {
      Candidate c = s.hit();
      double score = 3 - s.closeness().tier().ordinal() + normalized(c.score());
      ranked.add(c.withScore(score));
    }
    return ranked;
  }

  /** True when the quote holds the query's tokens as one run, in order. */
  static boolean isExactPhrase(String quote, SearchTerms query) {
    return containsPhrase(SearchTerms.forms(quote), query.tokens());
  }

  /**
   * The tier of a quote's tokens for the query, or empty when it does not hold enough of it. A
   * whole-token term ("at&t") matches only itself; a word also another ending ("allies", "ally").
   */
  static Optional<Closeness> closeness(List<String> quote, SearchTerms query) {
    List<Term> terms = query.terms();
    // positions[t] lists where term t occurs in the quote; each token is stemmed at most once
    String[] stems = new String[quote.size()];
    List<List<Integer>> positions = new ArrayList<>();
    int found = 0;
    for (Term term : terms) {
      String termStem = term.whole() ? null : stem(term.form());
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < quote.size(); i++) {
        String token = quote.get(i);
        if (token.equals(term.form())) {
          at.add(i);
        } else if (termStem != null && termStem.length() >= 3) {
          if (stems[i] == null) {
            stems[i] = stem(token);
          }
          if (termStem.equals(stems[i])) {
            at.add(i);
          }
        }
      }
      positions.add(at);
      found += at.isEmpty() ? 0 : 1;
    }
    if (found * 2 < terms.size() || found == 0) {
      return Optional.empty();
    }
    int span = span(positions, quote.size());
    Tier tier =
        containsPhrase(quote, query.tokens())
            ? Tier.EXACT_PHRASE
            : found == terms.size() && span <= terms.size() + NEAR_SLACK
                ? Tier.NEAR_PHRASE
                : Tier.PARAPHRASE;
    return Optional.of(new Closeness(tier, found, span));
  }

  /** "allies" → "all", "ally" → "all", "attacked" → "attack": enough to compare two words. */
  private static String stem(String word) {
    String w = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y" : word;
    for (String ending : ENDINGS) {
      if (w.endsWith(ending) && w.length() - ending.length() >= 3) {
        w = w.substring(0, w.length() - ending.length());
        break;
      }
    }
    return w.endsWith("y") || w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
  }

  /** The query's tokens as one run, in order. */
  private static boolean containsPhrase(List<String> quote, List<Term> tokens) {
    outer:
    for (int i = 0; i + tokens.size() <= quote.size(); i++) {
      for (int j = 0; j < tokens.size(); j++) {
        if (!quote.get(i + j).equals(tokens.get(j).form())) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** The fewest tokens holding one occurrence of every term found. */
  private static int span(List<List<Integer>> positions, int length) {
    int best = length;
    for (List<Integer> first : positions) {
      for (int start : first) {
        int end = start;
        boolean all = true;
        for (List<Integer> other : positions) {
          if (other.isEmpty()) {
            continue;
          }
          int next = -1;
          for (int p : other) {
            if (p >= start) {
              next = p;
              break;
            }
          }
          if (next < 0) {
            all = false;
            break;
          }
          end = Math.max(end, next);
        }
        if (all) {
          best = Math.min(best, end - start + 1);
        }
      }
    }
    return best;
  }

  /** The database's score squeezed into [0, 1) so the tier always weighs more. */
  private static double normalized(double score) {
    return score <= 0 ? 0 : score / (score + 1);
  }
}
