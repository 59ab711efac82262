package io.quotedesk.store;

/**
 * How much an archive holds: articles (latest versions), every stored version, and the quotes of
 * the latest versions, which are what searches see.
 */
public record ArchiveCounts(long articles, long versions, long quotes) {
  public ArchiveCounts {
    if (articles < 0 || versions < articles || quotes < 0) {
      throw new IllegalArgumentException(
          "bad counts " + articles + ", " + versions + ", " + quotes);
    }
  }
}
