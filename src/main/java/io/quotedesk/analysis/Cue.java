package io.quotedesk.analysis;

import java.util.List;

/**
 * A speaker as the text names them, before resolution: the words of the subject and the cue word
 * ("said", "according to"; null where a sentence's subject speaks without one).
 */
record Cue(List<Token> subject, String verb) {}
