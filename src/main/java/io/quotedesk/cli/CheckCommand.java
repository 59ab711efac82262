package io.quotedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quotedesk.analysis.Quote;
import io.quotedesk.brief.AttributionBands;
import io.quotedesk.brief.AttributionBands.Band;
import io.quotedesk.brief.Printable;
import io.quotedesk.check.ClaimParser;
import io.quotedesk.check.QuoteCheck;
import io.quotedesk.check.QuoteChecker;
import io.quotedesk.ingest.IngestException;
import io.quotedesk.store.AnalysisJson;
import io.quotedesk.store.Archive;
import io.quotedesk.store.ArticleStore;
import io.quotedesk.store.StoreException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code check [--json] "QUOTE" [--speaker NAME] [--source URL]}: a draft's quote against the
 * record. Exits 0 whatever the verdict; 1 only when the check could not run.
 */
@Command(
    name = "check",
    description = "Check a quote against what was said (exit 0 whatever the verdict).")
final class CheckCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "The verdict as JSON.")
  boolean json;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Who the draft says said it.")
  String speaker;

  @Option(names = "--source", paramLabel = "URL", description = "Check against this article only.")
  String source;

  @Parameters(index = "0", paramLabel = "QUOTE", description = "The quote as the draft has it.")
  String quote;

  @Override
  public Integer call() throws StoreException {
    PrintWriter out = spec.commandLine().getOut();
    QuoteCheck.Claim claim = claim();
    if (!claim.hasWords()) {
      throw new ConfigException(
          "Give the quote to check, e.g. quotedesk check \"“prevent war” — Stoltenberg\".");
    }
    try (ArticleStore store = main.openStore()) {
      Archive archive = main.openArchive(store);
      QuoteCheck check =
          new QuoteChecker(archive, main.bands().min()).check(claim, Optional.ofNullable(source));
      if (json) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putArray("checks").add(json(check));
        out.println(AnalysisJson.write(root));
      } else {
        out.println(text(check, main.bands()));
      }
      return Main.OK;
    } catch (IngestException e) {
      spec.commandLine().getErr().println("check: " + e.getMessage());
      return Main.SOURCE_FAILED;
    }
  }

  /** "“prevent war” — Stoltenberg" as Slack reads it; {@code --speaker} names the speaker first. */
  QuoteCheck.Claim claim() {
    QuoteCheck.Claim typed = ClaimParser.parse(quote);
    return speaker == null ? typed : new QuoteCheck.Claim(typed.text(), Optional.of(speaker));
  }

  static ObjectNode json(QuoteCheck check) {
    ObjectNode node = MAPPER.createObjectNode();
    ObjectNode claimed = node.putObject("claimed");
    claimed.put("text", check.claimed().text());
    claimed.put("speaker", check.claimed().speaker().orElse(null));
    node.put("verdict", check.verdict().json());
    if (check.match().isPresent()) {
      node.set("match", SearchOutput.quoteAndArticle(check.match().get()));
    } else {
      node.putNull("match");
    }
    if (!check.further().isEmpty()) {
      // A claim over quotes the article splits: the record's next quotes, in order.
      ArrayNode more = node.putArray("moreMatches");
      check.further().forEach(hit -> more.add(SearchOutput.quoteAndArticle(hit)));
    }
    ArrayNode differences = node.putArray("differences");
    for (QuoteCheck.Difference d : check.differences()) {
      differences.addObject().put("op", d.op()).put("text", d.text());
    }
    check.context().ifPresent(c -> node.put("context", c));
    return node;
  }

  /** The verdict for a reader; the record's speaker as surely as {@code bands} allow. */
  static String text(QuoteCheck check, AttributionBands bands) {
    StringBuilder out =
        new StringBuilder(
            check.verdict().json().replace('_', ' ').toUpperCase(java.util.Locale.ROOT));
    out.append(": \u201C").append(check.claimed().text()).append("\u201D");
    check.claimed().speaker().ifPresent(s -> out.append(" \u2014 ").append(s));
    check.reversedMeaning().ifPresent(r -> out.append("\n  ").append(r));
    check
        .match()
        .ifPresent(
            hit -> {
              out.append("\n  on record: \u201C").append(hit.quote().text()).append("\u201D");
              check
                  .further()
                  .forEach(
                      more -> out.append(" \u201C").append(more.quote().text()).append("\u201D"));
              out.append(" \u2014 ")
                  .append(bands.label(hit.quote()))
                  .append("\n  ")
                  .append(hit.article().title().orElse(""))
                  .append(" ")
                  .append(hit.article().url());
            });
    for (QuoteCheck.Difference d : check.differences()) {
      out.append("\n  ").append(d.op().equals("delete") ? "- " : "+ ").append(d.text());
    }
    check
        .context()
        .ifPresent(c -> out.append("\n  whole sentence: \u201C").append(c).append("\u201D"));
    check.match().ifPresent(hit -> unconfirmedSpeaker(check, hit.quote(), bands, out));
    return Printable.of(out.toString());
  }

  /** A claimed speaker the record cannot confirm: the article names nobody clearly. */
  private static void unconfirmedSpeaker(
      QuoteCheck check, Quote record, AttributionBands bands, StringBuilder out) {
    Band band = bands.band(record);
    if (check.claimed().speaker().isPresent() && !band.named()) {
      out.append("\n  the article does not name the speaker")
          .append(band == Band.UNCLEAR ? " clearly" : "")
          .append(", so it does not confirm that ")
          .append(check.claimed().speaker().get())
          .append(" said this");
    }
  }
}
