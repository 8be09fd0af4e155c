package com.moneywar.briefing.mail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The record of what one briefing's sending delivered: {@code .briefing-mail/<slug>.log} in the
 * project, one tab-separated line per message the SMTP server accepted (time, language, address,
 * Message-ID), written and forced to disk right after the server's acceptance and before the next
 * reader. A run sends only to the addresses not in it, so a run after a failure sends what is
 * missing and never sends twice. While open it holds a lock on the file, so two runs at the same
 * time cannot both send. Not thread-safe.
 */
final class SendLog implements AutoCloseable {
  static final String FOLDER = ".briefing-mail";
  private static final String HEADER = "# briefing mail: one line per message the SMTP server accepted"
      + " (time, language, address, Message-ID).\n# A reader listed here is not sent this briefing again;"
      + " delete their line to send it once more.\n";

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final Set<String> delivered;

  private SendLog(Path file, FileChannel channel, FileLock lock, Set<String> delivered) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.delivered = delivered;
  }

  /** The log's path in {@code project} for the briefing {@code slug}. */
  static Path path(Path project, String slug) {
    return project.resolve(FOLDER).resolve(slug + ".log");
  }

  /** Reads the addresses already delivered; opening only to read, it takes no lock and creates nothing. */
  static Set<String> delivered(Path file) throws IOException {
    Set<String> addresses = new HashSet<>();
    if (!Files.exists(file)) {
      return addresses;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length >= 3) {
        addresses.add(fields[2].strip().toLowerCase(Locale.ROOT));
      }
    }
    return addresses;
  }

  /** Opens the log for appending, creating it; fails if another run holds it. */
  static SendLog open(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Set<String> delivered = delivered(file);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      lock = null; // held by this same process
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new IOException(file + " is in use: another 'briefing mail --send' of this briefing is running");
    }
    SendLog log = new SendLog(file, channel, lock, delivered);
    if (channel.size() == 0) {
      log.write(HEADER);
    }
    return log;
  }

  boolean wasDelivered(Recipient reader) {
    return delivered.contains(reader.key());
  }

  /** Records a delivery, on disk before it returns. */
  void record(Recipient reader, String messageId, Instant at) throws IOException {
    write(at + "\t" + reader.lang().code() + "\t" + reader.email() + "\t" + messageId + "\n");
    delivered.add(reader.key());
  }

  Path file() {
    return file;
  }

  private void write(String line) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
    channel.force(false);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
