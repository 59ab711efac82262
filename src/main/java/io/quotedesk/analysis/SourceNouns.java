package io.quotedesk.analysis;

import java.util.Set;

/**
 * Nouns for who or what carries someone's words: bodies ("… Exchange Commission", "the ministry"),
 * documents ("a statement from X") and what was said ("Trump's claim that …").
 */
final class SourceNouns {
  /** Words that end the name of a body: "… Exchange Commission", "… Human Services". */
  static final Set<String> BODIES =
      Lexicon.setOf(
          "commission",
          "committee",
          "department",
          "agency",
          "administration",
          "council",
          "bureau",
          "office",
          "institute",
          "foundation",
          "association",
          "union",
          "board",
          "services",
          "service",
          "authority",
          "court",
          "party",
          "ministry",
          "corporation",
          "company",
          "university",
          "center",
          "centre",
          "centers",
          "league",
          "fund",
          "bank",
          "organization",
          "organisation");

  /** Bodies that speak as "they". */
  static final Set<String> COLLECTIVES =
      Lexicon.setOf(
          "union",
          "campaign",
          "committee",
          "company",
          "government",
          "party",
          "team",
          "administration",
          "group",
          "board",
          "council",
          "family",
          "police",
          "court",
          "agency",
          "ministry",
          "department",
          "firm",
          "bank",
          "panel",
          "coalition",
          "organisation",
          "organization",
          "network",
          "club",
          "school",
          "university",
          "office");

  /** Documents that carry someone's words: "according to a statement from X". */
  static final Set<String> DOCUMENTS =
      Lexicon.setOf(
          "statement",
          "report",
          "letter",
          "memo",
          "release",
          "filing",
          "transcript",
          "email",
          "post",
          "tweet",
          "interview",
          "complaint",
          "lawsuit",
          "document",
          "documents");

  /** Nouns for what someone said: "Trump's claim that …". */
  static final Set<String> CLAIM_NOUNS =
      Lexicon.setOf(
          "claim",
          "claims",
          "statement",
          "assertion",
          "remark",
          "remarks",
          "comment",
          "comments",
          "promise",
          "pledge",
          "vow",
          "warning",
          "insistence",
          "argument",
          "accusation",
          "charge",
          "suggestion",
          "prediction",
          "contention",
          "boast",
          "response",
          "answer",
          "reply",
          "message",
          "words");

  private SourceNouns() {}
}
