package io.quotedesk.analysis;

/**
 * One pair of matched quotation marks, by the index of each mark in the text: the quote runs
 * between them. In {@code He called it "fake".} the pair is the two straight marks.
 */
record MarkPair(int open, int close) {}
