package com.moneywar.briefing.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview as an editor uses it: serve, edit, see the change; break, see the error; fix, recover. */
class PreviewServerTest {
  @TempDir Path dir;
  private Path project;
  private PreviewServer server;

  /** Set by a test to stop the next PDF pass once its pages are staged, until the server is closed. */
  private volatile boolean holdNextPdfPass;
  private volatile boolean inPdfPass;
  private final CountDownLatch pdfPassHeld = new CountDownLatch(1);
  private volatile Thread buildThread;
  private volatile List<String> listingWhileHeld;
  /** What the server said changed, burst by burst (stage {@code changed}; serve --verbose prints it). */
  private final List<String> changes = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    project = ShippedProject.copyTo(dir.resolve("project"));
    server = PreviewServer.start(project, dir.resolve("site"), "127.0.0.1", 0, this::stageDone, () -> inPdfPass = holdNextPdfPass);
  }

  /**
   * The build's listener: in a held PDF pass, waits once its PDFs are laid out, before it publishes,
   * until close() interrupts the build.
   */
  private void stageDone(String stage, Duration took, String detail) {
    if (stage.equals("changed")) {
      changes.add(detail);
    }
    if (!inPdfPass || !stage.equals("pdf")) {
      return;
    }
    inPdfPass = false;
    holdNextPdfPass = false;
    buildThread = Thread.currentThread();
    try {
      listingWhileHeld = listing(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pdfPassHeld.countDown();
    try {
      new CountDownLatch(1).await(30, TimeUnit.SECONDS); // close() (an interrupt) ends this early
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the build goes on interrupted, as it would have been mid-publish
    }
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private record Response(int status, String type, String body) {}

  private Response get(String path) throws IOException {
    HttpURLConnection http = (HttpURLConnection) URI.create("http://127.0.0.1:" + server.port() + path).toURL().openConnection();
    int status = http.getResponseCode();
    InputStream in = status < 400 ? http.getInputStream() : http.getErrorStream();
    String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    return new Response(status, http.getContentType(), body);
  }

  /** Sends a request line as written, since HTTP clients normalise away the tricks. */
  private String rawGet(String target) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void awaitBuild(long after) throws InterruptedException {
    assertThat(server.awaitBuildsAbove(after, Duration.ofSeconds(30))).as("a rebuild happened").isGreaterThan(after);
  }

  @Test
  void servesTheSiteOnLoopbackWithContentTypes() throws IOException {
    Response home = get("/ko/index.html");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.type()).isEqualTo("text/html; charset=utf-8");
    assertThat(home.body()).contains("40억달러").doesNotContain("{{").contains("/__briefing/state");
    assertThat(get("/").body()).contains("ko/index.html");
    assertThat(get("/ko/charts/" + chart()).type()).isEqualTo("image/svg+xml");
    String css = org.jsoup.Jsoup.parse(home.body()).select("link[rel=stylesheet]").last().attr("href");
    assertThat(get(URI.create("/ko/index.html").resolve(css).getPath()).type()).startsWith("text/css");
    assertThat(get("/ko/briefing.ko.pdf").type()).isEqualTo("application/pdf");
    Response missing = get("/ko/briefings/nope.html");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.type()).isEqualTo("text/html; charset=utf-8");
    assertThat(missing.body()).as("the site's own 404 page, its links from the preview's root")
        .contains("페이지를 찾을 수 없습니다", "Page not found", "<base href=\"/\">").doesNotContain("example.org");
  }

  @Test
  void aBusyPortIsNamedWithWhatToDo() {
    assertThatThrownBy(() -> PreviewServer.start(project, dir.resolve("other"), "127.0.0.1", server.port(),
        (stage, took, detail) -> {}))
        .isInstanceOf(java.net.BindException.class)
        .hasMessageStartingWith("port " + server.port() + " on 127.0.0.1 is in use")
        .hasMessageEndingWith("choose another with --port, or --port 0 for any free one");
  }

  @Test
  void servesNothingOutsideTheOutputFolder() throws IOException {
    Files.writeString(dir.resolve("secret.txt"), "secret", StandardCharsets.UTF_8);
    for (String trick : new String[] {"/../secret.txt", "/ko/../../secret.txt", "/%2e%2e/secret.txt",
        "/ko/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt"}) {
      String response = rawGet(trick);
      assertThat(response).as(trick).doesNotContain("secret").startsWith("HTTP/1.1 4");
    }
  }

  @Test
  void doesNotFollowSymbolicLinksOut() throws IOException {
    Files.writeString(dir.resolve("secret.txt"), "secret", StandardCharsets.UTF_8);
    Files.createSymbolicLink(dir.resolve("site/ko/leak.txt"), dir.resolve("secret.txt"));
    assertThat(get("/ko/leak.txt").status()).isEqualTo(404);
  }

  @Test
  void anEditedCellShowsUpAndABrokenOneShowsWhereUntilFixed() throws Exception {
    long before = server.builds();
    ShippedProject.replace(project, "data/valuations.csv", ",86000000000,", ",90000000000,");
    awaitBuild(before);
    assertThat(changes).as("what the server said changed").containsExactly("data/valuations.csv");
    assertThat(get("/ko/valuations.html").body()).contains("900억달러");
    assertThat(get("/en/valuations.html").body()).contains("$90 billion");

    before = server.builds();
    ShippedProject.replace(project, "data/valuations.csv", ",90000000000,", ",90B,");
    awaitBuild(before);
    Response error = get("/en/valuations.html");
    assertThat(error.status()).isEqualTo(500);
    assertThat(error.body()).contains(ShippedProject.positionOf(project, "data/valuations.csv", "90B"))
        .contains("found &#39;90B&#39;".replace("&#39;", "'")).contains("/__briefing/state");
    assertThat(get("/ko/charts/" + chart()).status()).as("last good build still served").isEqualTo(200);

    before = server.builds();
    ShippedProject.replace(project, "data/valuations.csv", ",90B,", ",95000000000,");
    awaitBuild(before);
    Response fixed = get("/en/valuations.html");
    assertThat(fixed.status()).isEqualTo(200);
    assertThat(fixed.body()).contains("$95 billion");
  }

  @Test
  void closingMidPdfPassLeavesNothingHalfWritten() throws Exception {
    byte[] pdfBefore = Files.readAllBytes(dir.resolve("site/en/briefing.en.pdf"));
    holdNextPdfPass = true;
    ShippedProject.replace(project, "data/valuations.csv", ",86000000000,", ",90000000000,");
    // The page pass publishes the edit; the PDF pass then stages its pages and PDFs and is held there.
    assertThat(pdfPassHeld.await(60, TimeUnit.SECONDS)).as("the PDF pass reached its PDF stage").isTrue();
    assertThat(listingWhileHeld).as("the PDF pass was writing into a staging folder")
        .anyMatch(p -> p.startsWith(".site-"));

    server.close();
    List<String> atClose = listing(dir);
    assertThat(atClose).as("no staging folder left").noneMatch(p -> p.startsWith(".site-"));
    // The build thread is the only writer: once it has ended, nothing more can be written.
    buildThread.join(Duration.ofSeconds(30).toMillis());
    assertThat(buildThread.isAlive()).as("the build thread ended").isFalse();
    assertThat(listing(dir)).as("nothing written after close()").isEqualTo(atClose);
    assertThat(Files.readString(dir.resolve("site/en/valuations.html"))).contains("$90 billion");
    assertThat(dir.resolve("site/en/briefing.en.pdf")).as("the stopped PDF pass published nothing")
        .hasBinaryContent(pdfBefore);
  }

  /** The money-flow chart's file name (it carries a hash of the drawing). */
  private String chart() {
    return com.moneywar.briefing.testing.BuiltSite.chartSvg(dir.resolve("site/ko/charts"), "money-flows").getFileName()
        .toString();
  }

  private static List<String> listing(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().toList();
    }
  }
}
