package io.quotedesk.slack;

import io.quotedesk.ingest.IngestException;
import io.quotedesk.store.StoreException;

/**
 * The one place a failure becomes the sentence the asker reads. Ingest and store failures carry a
 * sentence written for users; anything else gets a general apology, its cause left to the log.
 */
final class Failures {
  static final String COULD_NOT_ANSWER = "Sorry, QuoteDesk couldn't answer that; please try again.";
  static final String TOO_MANY_FETCHES =
      "You've asked for a lot of articles this minute; try again shortly.";

  private Failures() {}

  /** What the asker reads when answering failed. */
  static String sentence(Exception e) {
    if (e instanceof IngestException || e instanceof StoreException) {
      return e.getMessage();
    }
    return COULD_NOT_ANSWER;
  }

  /** When Slack refused a post for a reason other than "not in this channel". */
  static String couldNotPost(String slackError) {
    return "QuoteDesk couldn't post here (" + slackError + ").";
  }
}
