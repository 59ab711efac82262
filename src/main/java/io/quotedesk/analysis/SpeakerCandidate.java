package io.quotedesk.analysis;

import java.util.List;

/**
 * One person the rules could give a quote to, with the evidence the ranking model weighs: how
 * recently and in what position the text names them, whether they spoke last. Shapes and relations
 * only, as for {@link AttributionFeatures}.
 */
public record SpeakerCandidate(Speaker speaker, List<String> features) {}
