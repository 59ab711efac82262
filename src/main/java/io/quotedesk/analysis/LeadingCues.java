package io.quotedesk.analysis;

import static io.quotedesk.analysis.NounPhrases.afterLastPreposition;
import static io.quotedesk.analysis.NounPhrases.phraseBefore;
import static io.quotedesk.analysis.PhrasesAfterVerb.rightPhrase;
import static io.quotedesk.analysis.SpeechGrammar.endOfCapitals;
import static io.quotedesk.analysis.SpeechGrammar.isAccordingTo;
import static io.quotedesk.analysis.SpeechGrammar.isParticiple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cues written before the quote they introduce: According to X, "Q" · X said: "Q" · X, calling
 * it "Q" · X's claim that "Q".
 */
final class LeadingCues {
  /** Subjects that stand for anyone: "you can't yell …", "people think …". */
  private static final Set<String> GENERIC = Lexicon.setOf("you", "people");

  private static final Set<String> PROMISES = Lexicon.setOf("promise", "pledge", "vow");

  private static final Set<String> ORGANISATION_JOINERS = Lexicon.setOf("and", "for", "of");

  private final VerbBeforeQuote verbs;

  LeadingCues(ArticleView article, SubjectReader subjects) {
    this.verbs = new VerbBeforeQuote(article, subjects);
  }

  /** According to X, "Q". */
  Optional<Cue> accordingTo(List<Token> tokens, int q) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (isAccordingTo(tokens, i)) {
        List<Token> subject = rightPhrase(tokens, i + 2);
        if (subject.size() > 1 && isParticiple(subject.get(subject.size() - 1))) {
          subject = subject.subList(0, subject.size() - 1); // "a complaint filed by …"
        }
        int after = i + 2 + subject.size();
        if (after < tokens.size() && isParticiple(tokens.get(after))) {
          after++;
        }
        boolean document =
            !subject.isEmpty()
                && SourceNouns.DOCUMENTS.contains(subject.get(subject.size() - 1).lower())
                && after + 1 < tokens.size()
                && (tokens.get(after).lower().equals("from")
                    || tokens.get(after).lower().equals("by"));
        if (document) {
          // "according to a statement from Ann Ruiz's office": the office is the source
          List<Token> source = organisation(tokens, after + 1);
          subject = source.isEmpty() ? subject : source;
        }
        if (!subject.isEmpty()) {
          return Optional.of(new Cue(subject, "according to"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The phrase at {@code from}, where a body's name may hold "and", "for" or "of" between its
   * capitals: "the Securities and Exchange Commission", "the Centers for Disease Control".
   */
  private static List<Token> organisation(List<Token> tokens, int from) {
    List<Token> phrase = rightPhrase(tokens, from);
    int end = from + phrase.size();
    while (!phrase.isEmpty()
        && phrase.get(phrase.size() - 1).isCapitalized()
        && end + 1 < tokens.size()
        && ORGANISATION_JOINERS.contains(tokens.get(end).lower())
        && tokens.get(end + 1).isCapitalized()) {
      int next = endOfCapitals(tokens, end + 1);
      phrase = tokens.subList(from, next);
      end = next;
    }
    return phrase;
  }

  /** X said: "Q" · X said (that) … "Q" · X, calling it "Q" (the subject of the sentence). */
  Optional<Cue> beforeQuote(List<Token> tokens, int q) {
    Optional<Cue> cue = verbs.nearest(tokens, q);
    if (cue.isPresent() && isGeneric(cue.get().subject())) {
      // "He notes that you can't yell "fire"", "He says if people think …": a generic "you" or
      // "people" inside someone's reported words; the verb that reports them names the speaker
      int at = tokens.indexOf(cue.get().subject().get(0));
      Optional<Cue> outer =
          at > 0 ? verbs.nearest(tokens.subList(0, at + 1), at) : Optional.empty();
      if (outer.isPresent() && !isGeneric(outer.get().subject())) {
        return outer;
      }
    }
    return cue;
  }

  private static boolean isGeneric(List<Token> subject) {
    return subject.size() == 1 && GENERIC.contains(subject.get(0).lower());
  }

  /**
   * Politifact checked Trump's claim that there had been "thousands of shootings": the quote in a
   * clause that completes someone's claim is theirs.
   */
  Optional<Cue> claimBefore(List<Token> tokens, int q) {
    for (int k = q - 2; k > 0; k--) {
      // "Hale's response: "Never."" — the owner's words follow a colon, as after "claim that"
      boolean introduces =
          tokens.get(k + 1).lower().equals("that") || tokens.get(k + 1).is(":") && k + 2 == q;
      String noun = tokens.get(k).lower();
      // "Hale's pledge to be "neutral"": a promise's complement is the promise
      introduces |= PROMISES.contains(noun) && tokens.get(k + 1).lower().equals("to");
      // "Hale's recent evidence-free assertion that": the owner before a modifier or two
      int o = k - 1;
      while (o > 0 && k - o <= 2 && isModifier(tokens.get(o))) {
        o--;
      }
      if (introduces
          && SourceNouns.CLAIM_NOUNS.contains(noun)
          && NameRuns.isPossessive(tokens.get(o))) {
        List<Token> name = o < k - 1 ? VerbBeforeQuote.nameEndingAt(tokens, o) : List.of();
        List<Token> owner =
            new ArrayList<>(
                name.isEmpty() ? afterLastPreposition(phraseBefore(tokens, o + 1, 0)) : name);
        if (owner.isEmpty()) {
          return Optional.empty();
        }
        owner.set(owner.size() - 1, owner.get(owner.size() - 1).withoutPossessive());
        return Optional.of(new Cue(owner, tokens.get(k).text()));
      }
    }
    return Optional.empty();
  }

  /** "recent", "evidence-free": a lower-case word that may stand between an owner and a noun. */
  private static boolean isModifier(Token token) {
    return token.isWord()
        && !token.isCapitalized()
        && !NameRuns.isPossessive(token)
        && !Lexicon.PHRASE_STOPS.contains(token.lower());
  }
}
