package io.quotedesk.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A who-said query read as tokens: words, and terms with punctuation ("AT&T", "U.S.", "$380",
 * "9/11", "2%") that must match as whole tokens, so "AT&T" never finds the "t" of "don't".
 *
 * @param tokens every token in order, stop words included: what an exact phrase must hold
 * @param terms the tokens that carry meaning, each once: what the search requires
 */
record SearchTerms(List<Term> tokens, List<Term> terms) {

  /**
   * A letter-or-digit run, joined to the next by {@code & . / '} (or a comma between digits), with
   * a currency sign before it or a percent sign after it: "AT&T", "U.S", "$380,000", "9/11", "2%",
   * "we're". Hyphens split words, so "full-scale" also finds "full scale".
   */
  private static final Pattern TOKEN =
      Pattern.compile(
          "[$\u20AC\u00A3\u00A5]?[\\p{L}\\p{N}]+(?:(?:[&./']|,(?=\\p{N}))[\\p{L}\\p{N}]+)*%?");

  private static final Pattern PARTS = Pattern.compile("[\\p{L}\\p{N}]+");

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "the", "of", "to", "in", "and", "or", "is", "are", "was", "were", "be", "it",
          "that", "this", "on", "for", "with", "as", "at", "by", "we", "i", "you", "he", "she",
          "they", "our", "not", "do", "have", "has", "will", "would");

  /**
   * One token of a query.
   *
   * @param raw as written, lower-cased: "nato's", "at&t"
   * @param form what it is compared as: "nato" (a possessive dropped), "at&t"
   * @param parts its letter-and-digit runs, as a full-text index splits it: ["nato", "s"]
   * @param whole true when it holds punctuation and so must match a whole token ("at&t")
   */
  record Term(String raw, String form, List<String> parts, boolean whole) {
    Term {
      parts = List.copyOf(parts);
    }
  }

  SearchTerms {
    tokens = List.copyOf(tokens);
    terms = List.copyOf(terms);
  }

  /** Reads a query; stop words are dropped from the terms unless nothing else remains. */
  static SearchTerms of(String query) {
    List<Term> tokens = new ArrayList<>();
    for (String raw : rawTokens(query)) {
      String form = form(raw);
      List<String> parts = new ArrayList<>();
      Matcher part = PARTS.matcher(raw);
      while (part.find()) {
        parts.add(part.group());
      }
      tokens.add(new Term(raw, form, parts, !PARTS.matcher(form).matches()));
    }
    Map<String, Term> content = new LinkedHashMap<>();
    Map<String, Term> all = new LinkedHashMap<>();
    for (Term token : tokens) {
      all.putIfAbsent(token.form(), token);
      if (token.whole() || !STOP_WORDS.contains(token.form())) {
        content.putIfAbsent(token.form(), token);
      }
    }
    return new SearchTerms(
        tokens, List.copyOf(content.isEmpty() ? all.values() : content.values()));
  }

  /**
   * True when every term is a stop word ("AND OR NOT", "to be or not"): such a query finds no
   * quote, since its words are in nearly every one.
   */
  boolean commonWordsOnly() {
    return !terms.isEmpty() && terms.stream().noneMatch(t -> t.whole() || !isStopWord(t));
  }

  private static boolean isStopWord(Term term) {
    return STOP_WORDS.contains(term.form());
  }

  /**
   * A text's tokens as compared with a query's, accents folded: "NATO’s U.S. allies" → nato, u.s,
   * allies; "Élysée" → elysee.
   */
  static List<String> forms(String text) {
    return rawTokens(text).stream().map(SearchTerms::form).toList();
  }

  private static List<String> rawTokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m =
        TOKEN.matcher(AccentFolding.fold(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')));
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** "nato's" → "nato": a possessive is the same name. */
  private static String form(String raw) {
    return raw.endsWith("'s") && raw.length() > 2 ? raw.substring(0, raw.length() - 2) : raw;
  }
}
