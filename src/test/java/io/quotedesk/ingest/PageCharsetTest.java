package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Dns;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Pages whose label and bytes disagree are read as their bytes say, so names come out whole. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PageCharsetTest {
  private static final String STORY =
      "<html lang=en><head><title>Mayor quits</title></head><body><article>"
          + "<h1>Mayor quits</h1><p>The mayor resigned on Monday after a long dispute over the city"
          + " budget, which had divided the council for months.</p><p>\u201CI am done,\u201D said"
          + " José Núñez, adding that he would stay until a successor was chosen in June.</p>"
          + "</article></body></html>";
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private MockWebServer server;
  private ArticleLoader loader;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    loader =
        new ArticleLoader(
            new ArticleFetcher(
                LoopbackOnlySockets.client(Duration.ofSeconds(5)),
                new AddressGuard(List.of("localhost", "127.0.0.1")),
                Dns.SYSTEM));
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private String served(String contentType, byte[] body) throws Exception {
    MockResponse response = new MockResponse().setBody(new Buffer().write(body));
    server.enqueue(
        contentType == null ? response : response.setHeader("Content-Type", contentType));
    return loader.load(server.url("/story").toString()).text();
  }

  private static byte[] concat(byte[] head, byte[] tail) {
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  @Test
  void utf8BytesLabelledLatin1AreUtf8() throws Exception {
    String text = served("text/html; charset=iso-8859-1", STORY.getBytes(StandardCharsets.UTF_8));
    assertThat(text).contains("said José Núñez,").doesNotContain("Ã");
  }

  @Test
  void utf8BytesLabelledWithAChineseCharsetAreUtf8() throws Exception {
    String chinese = STORY.replace("Mayor quits", "人工智能迈上新台阶");
    byte[] page = chinese.getBytes(StandardCharsets.UTF_8);
    assertThat(served("text/html; charset=gb2312", page)).contains("人工智能迈上新台阶");
    assertThat(served("text/html; charset=gb2312", chinese.getBytes("GB2312")))
        .contains("人工智能迈上新台阶");
  }

  @Test
  void utf8BytesWhoseMetaTagSaysLatin1AreUtf8() throws Exception {
    byte[] page =
        STORY
            .replace("<head>", "<head><meta charset=\"iso-8859-1\">")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(served("text/html", page)).contains("said José Núñez,");
  }

  @Test
  void latin1BytesLabelledUtf8OrNotLabelledAreWindows1252() throws Exception {
    byte[] page = STORY.getBytes(WINDOWS_1252);
    assertThat(served("text/html; charset=utf-8", page)).contains("said José Núñez,");
    assertThat(served("text/html", page)).contains("said José Núñez,");
    assertThat(served(null, page)).contains("said José Núñez,");
  }

  @Test
  void aLatin1LabelReadsWindowsCurlyQuotesAsQuotationMarks() throws Exception {
    String text = served("text/html; charset=iso-8859-1", STORY.getBytes(WINDOWS_1252));
    assertThat(text).contains("\u201CI am done,\u201D said José Núñez");
  }

  @Test
  void aByteOrderMarkOutranksTheLabelAndIsNoPartOfTheText() throws Exception {
    byte[] story =
        "Mayor quits\n\n\u201CI am done,\u201D said José Núñez.\n".getBytes(StandardCharsets.UTF_8);
    byte[] page = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, story);
    String text = served("text/plain; charset=iso-8859-1", page);
    assertThat(text).startsWith("Mayor quits").contains("said José Núñez.");
  }

  @Test
  void aUtf8PageWithOneStrayByteStaysUtf8() throws Exception {
    byte[] page = STORY.replace("Monday", "Monday \u0000").getBytes(StandardCharsets.UTF_8);
    int stray = new String(page, StandardCharsets.ISO_8859_1).indexOf('\u0000');
    page[stray] = (byte) 0xE9; // a Latin-1 "é" pasted into a UTF-8 page
    String text = served("text/html; charset=utf-8", page);
    assertThat(text).contains("Monday \uFFFD").contains("said José Núñez,");
  }

  @Test
  void filesAreReadByTheSameRules(@TempDir Path folder) throws Exception {
    Path latin1Text = folder.resolve("story.txt");
    Files.write(
        latin1Text, "Mayor quits\n\n\"I am done,\" said José Núñez.\n".getBytes(WINDOWS_1252));
    assertThat(loader.load(latin1Text.toString()).text()).contains("said José Núñez.");
    Path markedText = folder.resolve("marked.txt");
    Files.write(
        markedText,
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "Mayor quits".getBytes(StandardCharsets.UTF_8)));
    assertThat(loader.load(markedText.toString()).text()).isEqualTo("Mayor quits");
    Path latin1Page = folder.resolve("story.html");
    Files.write(
        latin1Page,
        STORY.replace("<head>", "<head><meta charset=\"windows-1252\">").getBytes(WINDOWS_1252));
    Path mislabelled = folder.resolve("utf16.html");
    Files.write(
        mislabelled,
        STORY
            .replace("<head>", "<head><meta charset=\"utf-16\">")
            .getBytes(StandardCharsets.UTF_8));
    assertThat(loader.load(mislabelled.toString()).text()).contains("said José Núñez,");
    assertThat(loader.load(latin1Page.toString()).text())
        .contains("\u201CI am done,\u201D said José Núñez");
  }
}
