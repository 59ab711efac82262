package io.quotedesk.analysis;

/**
 * One pair of matched quotation marks, by the index of each mark in the text: the quote runs
 * between them. In {@code He called it "fake".} the pair is the two straight marks. A quote whose
 * writer left out the closing mark at the end of a paragraph ({@link UnclosedQuotes}) closes at the
 * paragraph's end, the white space after its last character.
 */
record MarkPair(int open, int close) {}
