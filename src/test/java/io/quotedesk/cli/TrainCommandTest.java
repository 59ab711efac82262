package io.quotedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quotedesk.analysis.Analyzer;
import io.quotedesk.analysis.Quote;
import io.quotedesk.ingest.PlainTextReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training the attribution model on annotated articles written here, PolNeAR's format. */
class TrainCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] NAMES = {"Maria Lopez", "Tom Baker", "Ann Lee", "Raj Patel"};

  @TempDir Path dir;

  /**
   * One article: a named quote, then a quote "she added" after another person is named. The gold
   * source of the second is the first speaker or, at random, the other person.
   */
  private static ObjectNode article(Random random, int id) {
    String first = NAMES[random.nextInt(NAMES.length)];
    return article(random, id, first, NAMES[(List.of(NAMES).indexOf(first) + 1) % NAMES.length]);
  }

  /** As above with two women named, both of whom "she" can be. */
  private static ObjectNode twoWomen(Random random, int id) {
    boolean mariaFirst = random.nextBoolean();
    return article(
        random, id, mariaFirst ? "Maria Lopez" : "Ann Lee", mariaFirst ? "Ann Lee" : "Maria Lopez");
  }

  private static ObjectNode article(Random random, int id, String first, String other) {
    String q1 = "We will rebuild the bridge";
    String q2 = "The roads come first";
    String text =
        "Headline "
            + id
            + "\n\n\u201C"
            + q1
            + ",\u201D "
            + first
            + " said.\n\n"
            + other
            + " spoke later.\n\n\u201C"
            + q2
            + ",\u201D she added.\n";
    ObjectNode article = JSON.createObjectNode();
    article.put("article_id", "synthetic-" + id);
    article.put("text", text);
    ArrayNode quotes = article.putArray("quotes");
    addGold(quotes, text, q1, first);
    addGold(quotes, text, q2, random.nextInt(3) == 0 ? other : first);
    return article;
  }

  private static void addGold(ArrayNode quotes, String text, String quote, String speaker) {
    int start = text.indexOf(quote) - 1; // the opening mark is part of a direct quote's span
    ObjectNode gold = quotes.addObject();
    gold.putArray("content_spans").addArray().add(start).add(start + quote.length() + 3);
    gold.put("speaker", speaker);
    gold.put("speaker_kind", "proper_or_titled");
    gold.put("quote_type", "direct");
    gold.put("has_source", true);
  }

  private Path goldFile(int articles) throws IOException {
    return goldFile(articles, TrainCommandTest::article);
  }

  private Path goldFile(
      int articles, java.util.function.BiFunction<Random, Integer, ObjectNode> write)
      throws IOException {
    Random random = new Random(7);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      lines.add(JSON.writeValueAsString(write.apply(random, i)));
    }
    return Files.write(dir.resolve("gold.jsonl"), lines, StandardCharsets.UTF_8);
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    return out.toString();
  }

  @Test
  void labelsAFoundSpeakerAgainstTheAnnotation() throws IOException {
    ObjectNode gold = article(new Random(1), 0);
    GoldAttributions annotation = new GoldAttributions(gold);
    List<Quote> found =
        new Analyzer(3, 0.0)
            .evidence(new PlainTextReader().read(gold.path("text").asText()))
            .quotes();
    assertThat(found).hasSize(2);
    assertThat(annotation.nameIsRight(found.get(0))).isTrue();
    String secondGold = gold.path("quotes").get(1).path("speaker").asText();
    String secondFound = found.get(1).speaker().orElseThrow().name();
    assertThat(annotation.nameIsRight(found.get(1))).isEqualTo(secondGold.equals(secondFound));
    // A quote the annotation does not hold teaches nothing.
    Quote elsewhere = found.get(0).withSpeaker(found.get(0).speaker().get());
    Quote headlineSpan =
        new Quote(
            "Headline",
            0,
            8,
            0,
            false,
            true,
            elsewhere.speaker(),
            elsewhere.mention(),
            elsewhere.cue());
    assertThat(annotation.nameIsRight(headlineSpan)).isNull();
  }

  @Test
  void trainsWeightsThatSeparateRightFromWrongAndRepeatExactly() throws IOException {
    Path gold = goldFile(60);
    Path first = dir.resolve("first.tsv");
    Path second = dir.resolve("second.tsv");
    String report = run("train", gold.toString(), "--folds", "3", "--out", first.toString());
    run("train", gold.toString(), "--folds", "3", "--out", second.toString());

    assertThat(report).contains("cross-validated by article (3 folds)").contains("suggested:");
    assertThat(Files.readString(first)).isEqualTo(Files.readString(second));
    List<String> weights = Files.readAllLines(first);
    assertThat(weights).anyMatch(l -> l.startsWith("(bias)\t"));
    // In these articles a named cue is always right and "she added" past another person often
    // wrong: the model must learn to trust the first more.
    double named = weight(weights, "path*kind=CUE*full-name");
    double pronoun = weight(weights, "path*kind=CUE*pronoun-he/she");
    assertThat(named).isGreaterThan(pronoun);
  }

  @Test
  void ranksTheCandidatesOfAPronounAndWritesThatRankingBesideTheWeights() throws IOException {
    Path gold = goldFile(60, TrainCommandTest::twoWomen);
    String report =
        run("train", gold.toString(), "--folds", "3", "--out", dir.resolve("a.tsv").toString());
    Path besideTheWeights = dir.resolve("attribution-ranking.tsv");
    Path named = dir.resolve("b-ranking.tsv");
    run(
        "train",
        gold.toString(),
        "--folds",
        "3",
        "--out",
        dir.resolve("b.tsv").toString(),
        "--ranking-out",
        named.toString());

    // "she added" after two women are named: both are candidates, the rules' choice among them
    Matcher ranked =
        Pattern.compile("he/she with several candidates: (\\d+) quotes").matcher(report);
    assertThat(ranked.find()).isTrue();
    assertThat(Integer.parseInt(ranked.group(1))).isPositive();
    assertThat(Files.readString(besideTheWeights)).isEqualTo(Files.readString(named));
    List<String> weights = Files.readAllLines(named);
    assertThat(weights).anyMatch(l -> l.startsWith("last-speaker=true\t"));
    // Shapes and relations only: no name of a person is a feature.
    for (String name : NAMES) {
      for (String word : name.split(" ")) {
        assertThat(weights).noneMatch(l -> l.contains(word));
      }
    }
  }

  @Test
  void withoutRankingTheRulesChoiceStandsAndTheRankingBesideHoldsNoWeights() throws IOException {
    Path gold = goldFile(30);
    // A ranking from an earlier run must not go on choosing beside the new weights.
    Path beside = dir.resolve("attribution-ranking.tsv");
    Files.writeString(beside, "last-speaker=true\t3.0\n");
    String report =
        run(
            "train",
            gold.toString(),
            "--folds",
            "3",
            "--no-ranking",
            "--out",
            dir.resolve("c.tsv").toString());
    assertThat(report).doesNotContain("several candidates");
    assertThat(Files.readAllLines(beside)).isNotEmpty().allMatch(l -> l.startsWith("#"));
  }

  @Test
  void leavesOutEveryNthArticleUntouched() throws IOException {
    Path gold = goldFile(60);
    // Two quotes an article: all 60 give 120 speakers, leaving out every third keeps 40 articles.
    assertThat(run("train", gold.toString(), "--folds", "3")).startsWith("120 speakers");
    Path weights = dir.resolve("left-out.tsv");
    assertThat(
            run(
                "train",
                gold.toString(),
                "--folds",
                "3",
                "--leave-out-every",
                "3",
                "--out",
                weights.toString()))
        .startsWith("80 speakers");
    // The header names the command that wrote the file, with the slice it left out.
    assertThat(Files.readAllLines(weights))
        .contains(
            "# Written by `quotedesk train "
                + gold.getFileName()
                + " --leave-out-every 3 --out FILE`; one feature and its weight a line.");
  }

  @Test
  void theOracleAccountsForEveryAnnotatedQuoteAndFindsTheRightPersonNamed() throws IOException {
    Path gold = goldFile(60);
    String report = run("train", gold.toString(), "--folds", "3", "--oracle");
    assertThat(report).contains("oracle: 120 annotated quotes with a source");
    int total = 0;
    int wrong = 0;
    for (String line : report.lines().toList()) {
      Matcher row =
          Pattern.compile("^ +(\\d+)  [0-9.]+ +(\\d+) \\([0-9.]+\\) +(\\d+) \\([0-9.]+\\)  (.*)$")
              .matcher(line);
      if (row.matches()) {
        int count = Integer.parseInt(row.group(1));
        total += count;
        if (row.group(4).startsWith("named wrong")) {
          wrong += count;
          // The gold speaker of a wrong "she added" is the other person, named just before.
          assertThat(Integer.parseInt(row.group(2))).isEqualTo(count);
          assertThat(Integer.parseInt(row.group(3))).isEqualTo(count);
        }
      }
    }
    assertThat(total).isEqualTo(120);
    assertThat(wrong).isPositive();
  }

  @Test
  void theSweepScoresEveryLearnerAndAgreesWithTheTableForTheShippedOne() throws IOException {
    Path gold = goldFile(60);
    String report = run("train", gold.toString(), "--folds", "3", "--sweep");
    List<String> rows = report.lines().filter(l -> l.matches("^L[12][ ,].* C=.*")).toList();
    assertThat(rows).hasSize(15);
    // The shipped learner (L2, C=0.5, the same features) must repeat the threshold table's 0.50
    // row.
    String tableRow =
        report.lines().filter(l -> l.matches("^ +0\\.50 .*")).findFirst().orElseThrow();
    String[] table = tableRow.trim().split(" +");
    String shipped =
        rows.stream()
            .filter(l -> l.startsWith("L2 logistic") && l.contains("C=0.5 "))
            .findFirst()
            .orElseThrow();
    String[] sweep = shipped.substring(shipped.indexOf("C=0.5") + 5).trim().split("[ /]+");
    assertThat(Double.parseDouble(sweep[0])).isCloseTo(Double.parseDouble(table[1]), within(0.001));
    assertThat(Double.parseDouble(sweep[1])).isCloseTo(Double.parseDouble(table[2]), within(0.001));
  }

  @Test
  void aMissingOrMalformedFileGetsOneSentence() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.jsonl"), "{\"text\": \"unclosed\n");
    for (String file : List.of(dir.resolve("missing.jsonl").toString(), broken.toString())) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(new String[] {"train", file}, new PrintWriter(out), new PrintWriter(err));
      assertThat(code).isEqualTo(1);
      assertThat(err.toString()).startsWith("quotedesk: cannot read the annotated articles");
      assertThat(err.toString()).doesNotContain("\tat ").hasLineCount(1);
    }
  }

  private static double weight(List<String> lines, String feature) {
    return lines.stream()
        .filter(l -> l.startsWith(feature + "\t"))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.indexOf('\t') + 1)))
        .findFirst()
        .orElseThrow();
  }
}
