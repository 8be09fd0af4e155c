package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing swaps a whole site in or leaves the old one exactly as it was. */
class PublisherTest {
  @TempDir Path dir;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private String[] siblings() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  /** The preview reads files under a read lock; a build must not swap folders while one is held. */
  @Test
  void theSwapWaitsForReadersSoTheOutputIsNeverMissing() throws Exception {
    Path site = dir.resolve("site");
    new Publisher().publish(Map.of("index.html", utf8("old")), site);
    ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    // The publisher asks for the swap lock once the new files are staged: that asking is the signal.
    CountDownLatch atTheSwap = new CountDownLatch(1);
    Lock swap = new Lock() {
      @Override public void lock() {
        atTheSwap.countDown();
        lock.writeLock().lock();
      }
      @Override public void lockInterruptibly() throws InterruptedException {
        atTheSwap.countDown();
        lock.writeLock().lockInterruptibly();
      }
      @Override public boolean tryLock() {
        atTheSwap.countDown();
        return lock.writeLock().tryLock();
      }
      @Override public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        atTheSwap.countDown();
        return lock.writeLock().tryLock(time, unit);
      }
      @Override public void unlock() {
        lock.writeLock().unlock();
      }
      @Override public Condition newCondition() {
        return lock.writeLock().newCondition();
      }
    };
    lock.readLock().lock();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread publishing = new Thread(() -> {
      try {
        new Publisher().publish(Map.of("index.html", utf8("new")), site, swap);
      } catch (IOException | RuntimeException e) {
        failure.set(e);
      }
    });
    publishing.start();
    try {
      assertThat(atTheSwap.await(10, TimeUnit.SECONDS)).as("publisher reached the swap").isTrue();
      // The reader still holds the read lock, so the publisher waits, and nothing was swapped before asking.
      assertThat(site.resolve("index.html")).hasContent("old");
    } finally {
      lock.readLock().unlock();
    }
    publishing.join(10_000);
    assertThat(publishing.isAlive()).as("publisher finished").isFalse();
    assertThat(failure.get()).as("publisher failed").isNull();
    assertThat(site.resolve("index.html")).hasContent("new");
    assertThat(siblings()).containsExactly(".site.briefing-site", "site");
  }

  @Test
  void replacesTheOldSiteWhole() throws IOException {
    Path site = dir.resolve("site");
    new Publisher().publish(Map.of("old/gone.html", utf8("old")), site);
    new Publisher().publish(Map.of("index.html", utf8("new"), "ko/index.html", utf8("새")), site);
    assertThat(site.resolve("old")).doesNotExist();
    assertThat(site.resolve("ko/index.html")).hasContent("새");
    assertThat(siblings()).containsExactly(".site.briefing-site", "site");
  }

  @Test
  void republishingKeepsUnchangedFilesAndReplacesChangedOnes() throws IOException {
    Path site = dir.resolve("site");
    new Publisher().publish(Map.of("same.css", utf8("same"), "page.html", utf8("v1"), "gone.html", utf8("x")), site);
    new Publisher().publish(Map.of("same.css", utf8("same"), "page.html", utf8("v2"), "new.html", utf8("n")), site);
    assertThat(site.resolve("same.css")).hasContent("same");
    assertThat(site.resolve("page.html")).hasContent("v2");
    assertThat(site.resolve("new.html")).hasContent("n");
    assertThat(site.resolve("gone.html")).doesNotExist();
    assertThat(siblings()).containsExactly(".site.briefing-site", "site");
  }

  @Test
  void aFailureHalfwayLeavesTheOldSiteAndNoTemporaryFolder() throws IOException {
    Path site = dir.resolve("site");
    new Publisher().publish(Map.of("index.html", utf8("old")), site);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("a.html", utf8("written first"));
    files.put("z/../../escape.html", utf8("refused"));
    assertThatThrownBy(() -> new Publisher().publish(files, site)).isInstanceOf(IOException.class)
        .hasMessageContaining("outside the output");
    assertThat(site.resolve("index.html")).hasContent("old");
    assertThat(site.resolve("a.html")).doesNotExist();
    assertThat(siblings()).containsExactly(".site.briefing-site", "site");
  }

  /** A Pages artifact uploads the whole folder: the marker lives beside the site, never in it. */
  @Test
  void theMarkerIsKeptBesideTheSiteNotInIt() throws IOException {
    Path site = dir.resolve("site");
    new Publisher().publish(Map.of("index.html", utf8("new")), site);
    try (Stream<Path> published = Files.list(site)) {
      assertThat(published.map(p -> p.getFileName().toString())).containsExactly("index.html");
    }
    assertThat(dir.resolve(".site.briefing-site")).content(StandardCharsets.UTF_8).contains("'briefing build'");
    new Publisher().publish(Map.of("index.html", utf8("again")), site);
    assertThat(site.resolve("index.html")).hasContent("again");
  }

  /** A site written by an earlier version holds the marker inside: still replaced, and the marker moves out. */
  @Test
  void replacesASiteMarkedTheOldWayAndDropsTheOldMarker() throws IOException {
    Path site = dir.resolve("site");
    Files.createDirectories(site);
    Files.writeString(site.resolve(".briefing-site"), "written by an earlier version");
    Files.writeString(site.resolve("index.html"), "old");
    new Publisher().publish(Map.of("index.html", utf8("new")), site);
    assertThat(site.resolve("index.html")).hasContent("new");
    assertThat(site.resolve(".briefing-site")).doesNotExist();
    assertThat(siblings()).containsExactly(".site.briefing-site", "site");
  }

  @Test
  void aMarkerBesideAnotherFolderDoesNotCount() throws IOException {
    new Publisher().publish(Map.of("index.html", utf8("site")), dir.resolve("site"));
    Path mine = dir.resolve("my-notes");
    Files.createDirectories(mine);
    Files.writeString(mine.resolve("draft.md"), "keep me");
    assertThatThrownBy(() -> new Publisher().publish(Map.of("index.html", utf8("new")), mine))
        .isInstanceOf(IOException.class).hasMessageContaining("holds files that 'briefing build' did not write");
    assertThat(mine.resolve("draft.md")).hasContent("keep me");
  }

  @Test
  void neverReplacesAFolderItDidNotWrite() throws IOException {
    Path mine = dir.resolve("my-notes");
    Files.createDirectories(mine);
    Files.writeString(mine.resolve("draft.md"), "keep me");
    assertThatThrownBy(() -> new Publisher().publish(Map.of("index.html", utf8("new")), mine))
        .isInstanceOf(IOException.class).hasMessageContaining("holds files that 'briefing build' did not write");
    assertThat(mine.resolve("draft.md")).hasContent("keep me");
    assertThat(mine.resolve("index.html")).doesNotExist();
    assertThat(siblings()).containsExactly("my-notes");
  }

  @Test
  void removesWhatAKilledBuildLeftBehind() throws IOException {
    Files.createDirectories(dir.resolve(".site-new-123/ko"));
    Files.createDirectories(dir.resolve(".site-old-456"));
    new Publisher().publish(Map.of("index.html", utf8("new")), dir.resolve("site"));
    assertThat(siblings()).containsExactly(".site.briefing-site", "site");
  }

  /**
   * A process that builds again and again (the preview, the build daemon) removes the replaced
   * output after the build: the new site is in place when the commit returns, the old one is gone
   * once the remover is done, and the next build waits for it rather than taking it for a leftover.
   */
  @Test
  void aReplacedOutputRemovedAfterwardsIsGoneBeforeTheNextBuildBegins() throws Exception {
    Path site = dir.resolve("site");
    RetiredOutputs retired = RetiredOutputs.afterwards();
    Publisher publisher = new Publisher(retired);
    publisher.publish(Map.of("index.html", utf8("v1"), "old.html", utf8("x")), site);
    publisher.publish(Map.of("index.html", utf8("v2")), site);
    assertThat(site.resolve("index.html")).hasContent("v2");
    assertThat(site.resolve("old.html")).doesNotExist();
    retired.awaitRemoved();
    assertThat(siblings()).containsExactly(".site.briefing-site", "site");
    for (int i = 3; i < 8; i++) {
      try (Publisher.Staging staging = publisher.begin(site)) {
        staging.commit(Map.of("index.html", utf8("v" + i)), new java.util.concurrent.locks.ReentrantLock());
      }
    }
    retired.awaitRemoved();
    assertThat(site.resolve("index.html")).hasContent("v7");
    assertThat(siblings()).containsExactly(".site.briefing-site", "site");
  }

  /** The next build waits while the output the last one replaced is still being removed. */
  @Test
  void theNextBuildWaitsForTheRemovalOfTheLastOutput() throws Exception {
    Path site = dir.resolve("site");
    java.util.concurrent.CountDownLatch slowDisk = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService remover = java.util.concurrent.Executors.newSingleThreadExecutor();
    remover.submit(() -> {
      slowDisk.await();
      return null;
    });
    RetiredOutputs retired = new RetiredOutputs(remover);
    Publisher publisher = new Publisher(retired);
    publisher.publish(Map.of("index.html", utf8("v1")), site);
    publisher.publish(Map.of("index.html", utf8("v2")), site);
    java.util.concurrent.Future<?> next = java.util.concurrent.Executors.newSingleThreadExecutor().submit(() -> {
      publisher.publish(Map.of("index.html", utf8("v3")), site);
      return null;
    });
    Thread.sleep(300);
    assertThat(next).as("the next build, while the old output is being removed").isNotDone();
    assertThat(site.resolve("index.html")).hasContent("v2");
    slowDisk.countDown();
    next.get();
    retired.awaitRemoved();
    assertThat(site.resolve("index.html")).hasContent("v3");
    assertThat(siblings()).containsExactly(".site.briefing-site", "site");
    remover.shutdown();
  }

  /** A build hands files over while it renders; a failure before the commit leaves nothing behind. */
  @Test
  void filesHandedOverDuringABuildThatFailsNeverReachTheSite() throws IOException {
    Path site = dir.resolve("site");
    new Publisher().publish(Map.of("index.html", utf8("old")), site);
    try (Publisher.Staging staging = new Publisher().begin(site)) {
      staging.put("index.html", utf8("half-built"));
      staging.put("ko/new.html", utf8("새"));
      // the rendering fails here: no commit
    }
    assertThat(site.resolve("index.html")).hasContent("old");
    assertThat(site.resolve("ko")).doesNotExist();
    assertThat(siblings()).containsExactly(".site.briefing-site", "site");
  }

  @Test
  void theCommitDecidesWhatTheSiteHolds() throws IOException {
    Path site = dir.resolve("site");
    new Publisher().publish(Map.of("same.html", utf8("same"), "page.html", utf8("v1")), site);
    // Another name for the current site's file, to see whether anything writes through the link
    // that staging makes for an unchanged file.
    Path watch = dir.resolve("watch");
    Files.createLink(watch, site.resolve("same.html"));
    try (Publisher.Staging staging = new Publisher().begin(site)) {
      staging.put("same.html", utf8("same")); // unchanged: linked to the current site's copy
      staging.put("page.html", utf8("v2"));
      staging.put("dropped.html", utf8("rendered, then left out"));
      staging.commit(Map.of("same.html", utf8("changed after all"), "page.html", utf8("v2")),
          new java.util.concurrent.locks.ReentrantLock());
    }
    assertThat(site.resolve("same.html")).hasContent("changed after all");
    assertThat(site.resolve("page.html")).hasContent("v2");
    assertThat(site.resolve("dropped.html")).doesNotExist();
    assertThat(watch).hasContent("same");
    assertThat(siblings()).containsExactly(".site.briefing-site", "site", "watch");
  }

  /**
   * A build hands each file over once it is made and keeps no copy; a path handed over again is
   * published with its last bytes, and a path that was never handed over cannot be committed.
   */
  @Test
  void theLastBytesHandedOverForAPathArePublished() throws IOException {
    Path site = dir.resolve("site");
    new Publisher().publish(Map.of("page.html", utf8("v1")), site);
    try (Publisher.Staging staging = new Publisher().begin(site)) {
      for (int i = 2; i <= 40; i++) {
        staging.put("page.html", utf8("v" + i));
      }
      staging.put("other.html", utf8("other"));
      assertThatThrownBy(() -> staging.commit(java.util.Set.of("page.html", "missing.html"),
          new java.util.concurrent.locks.ReentrantLock())).isInstanceOf(IOException.class).hasMessageContaining("missing.html");
      staging.commit(java.util.Set.of("page.html"), new java.util.concurrent.locks.ReentrantLock());
    }
    assertThat(site.resolve("page.html")).hasContent("v40");
    assertThat(site.resolve("other.html")).doesNotExist();
  }

  /** A web server running as another user must be able to read the site: no private (0700) folder. */
  @Test
  void thePublishedFolderHasTheUsualPermissions() throws IOException {
    Path site = dir.resolve("site");
    new Publisher().publish(Map.of("ko/index.html", utf8("새")), site);
    Path usual = Files.createDirectory(dir.resolve("usual"));
    assertThat(Files.getPosixFilePermissions(site)).isEqualTo(Files.getPosixFilePermissions(usual));
    assertThat(Files.getPosixFilePermissions(site.resolve("ko"))).isEqualTo(Files.getPosixFilePermissions(usual));
  }
}
