package io.quotedesk.cli;

import io.quotedesk.analysis.Analysis;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.brief.Brief;
import io.quotedesk.brief.TextRenderer;
import io.quotedesk.ingest.ArticleLoader;
import io.quotedesk.ingest.IngestException;
import io.quotedesk.store.AnalysisJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code analyze [--jsonl] SOURCE...}: a readable brief, or one JSON line per SOURCE. */
@Command(name = "analyze", description = "Analyze article files; nothing is stored.")
final class AnalyzeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(AnalyzeCommand.class);

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--jsonl", description = "One JSON object per SOURCE, one per line.")
  boolean jsonl;

  @Parameters(
      arity = "1..*",
      paramLabel = "SOURCE",
      description = "Article files (.txt, .html) or http(s) addresses.")
  List<String> sources;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleLoader loader = main.articleLoader();
    Analyzer analyzer = main.analyzer();
    TextRenderer renderer = new TextRenderer();
    int code = Main.OK;
    for (String source : sources) {
      try {
        Analysis analysis = main.timeLimit().run(() -> analyzer.analyze(loader.load(source)));
        out.println(
            jsonl
                ? AnalysisJson.line(source, analysis)
                : renderer.render(Brief.of(analysis, main.bands())));
      } catch (IngestException e) {
        if (e.getCause() != null) {
          // An unreadable source is expected input, not a fault: one line with its cause.
          LOG.warn("{}: {} ({})", source, e.getMessage(), e.getCause().toString());
          LOG.debug("{}: {}", source, e.getMessage(), e.getCause());
        }
        if (jsonl) {
          out.println(AnalysisJson.error(source, e.getMessage()));
        } else {
          err.println(source + ": " + e.getMessage());
        }
        code = Main.SOURCE_FAILED;
      }
    }
    return code;
  }
}
