package com.moneywar.briefing.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Where the daemon for a working folder listens: a socket named by a hash of everything a build's
 * result may depend on outside its arguments and files (the working folder, the jar, the Java, and
 * the environment variables the tool or the JVM reads). A client whose hash differs finds no socket
 * and builds in its own JVM, so a daemon never builds with settings its client does not have.
 *
 * <p>The sockets live in {@code $XDG_RUNTIME_DIR/briefing/}, or else in {@code
 * <java.io.tmpdir>/briefing-<user>/}, a folder made with permissions {@code rwx------}; a folder
 * there that another user owns, or that others may enter, is refused, so no one else can reach a
 * user's daemon or put a socket in its place.
 */
public record DaemonAddress(Path socket, Path log) {
  /** The environment variables a build or its JVM reads; a daemon serves only the values it started with. */
  static final List<String> ENVIRONMENT = List.of("CI", "SOURCE_DATE_EPOCH", "TZ", "LANG", "LC_ALL", "LC_CTYPE",
      "BRIEFING_JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

  /** The address of this process's daemon: its working folder, jar, Java and environment. */
  public static Optional<DaemonAddress> forThisProcess() throws IOException {
    Optional<JarIdentity> jar = JarIdentity.ofThisTool();
    if (jar.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(of(folder(System::getenv, System.getProperty("java.io.tmpdir"), System.getProperty("user.name")),
        Path.of("").toAbsolutePath(), jar.get(), System.getProperty("java.home"), System::getenv));
  }

  /** The address in {@code folder} for a JVM of {@code javaHome} running {@code jar} in {@code workingFolder}. */
  static DaemonAddress of(Path folder, Path workingFolder, JarIdentity jar, String javaHome, UnaryOperator<String> env) {
    Map<String, String> key = new TreeMap<>();
    key.put("\0folder", workingFolder.toAbsolutePath().normalize().toString());
    key.put("\0jar", jar.path() + "\0" + jar.size() + "\0" + jar.modifiedMillis());
    key.put("\0java", javaHome);
    for (String name : ENVIRONMENT) {
      String value = env.apply(name);
      key.put(name, value == null ? "\0unset" : value);
    }
    String name = hash(key.toString());
    return new DaemonAddress(folder.resolve(name + ".sock"), folder.resolve(name + ".log"));
  }

  /** The folder of a user's sockets, from the environment and the JVM's temporary folder and user name. */
  static Path folder(UnaryOperator<String> env, String tmpdir, String user) {
    String runtime = env.apply("XDG_RUNTIME_DIR");
    if (runtime != null && !runtime.isEmpty() && Files.isDirectory(Path.of(runtime))) {
      return Path.of(runtime, "briefing");
    }
    return Path.of(tmpdir, "briefing-" + user.replaceAll("[^A-Za-z0-9._-]", "_"));
  }

  /**
   * Makes the socket folder if it is not there ({@code rwx------}) and checks that it is this
   * user's own and closed to others; throws, saying what was found, when it is not.
   */
  public void prepareFolder() throws IOException {
    Path folder = socket.getParent();
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      try {
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        // Made by another client meanwhile: checked below like any other.
      }
    }
    checkFolder();
  }

  /** Throws, saying what was found, unless the socket folder is a folder of this user's that others cannot enter. */
  void checkFolder() throws IOException {
    Path folder = socket.getParent();
    PosixFileAttributes a = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    String user = System.getProperty("user.name");
    Set<PosixFilePermission> others = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
        PosixFilePermission.OTHERS_EXECUTE);
    if (!a.isDirectory() || !a.owner().getName().equals(user)
        || a.permissions().stream().anyMatch(others::contains)) {
      throw new IOException("expected " + folder + " to be a folder of " + user + "'s with permissions rwx------, found "
          + (a.isDirectory() ? "one of " + a.owner().getName() + "'s with " + PosixFilePermissions.toString(a.permissions())
              : "something else there"));
    }
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
