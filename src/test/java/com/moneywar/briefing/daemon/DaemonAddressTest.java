package com.moneywar.briefing.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonAddressTest {
  @TempDir Path dir;

  private final JarIdentity jar = new JarIdentity(Path.of("/opt/briefing/target/briefing.jar"), 23_566_227, 1_764_700_000_000L);
  private final Map<String, String> env = new HashMap<>(Map.of("CI", "true", "LANG", "C.UTF-8", "PATH", "/usr/bin"));

  private DaemonAddress address(Path cwd, JarIdentity j, String javaHome) {
    return DaemonAddress.of(dir, cwd, j, javaHome, env::get);
  }

  @Test
  void theSameFolderJarJavaAndEnvironmentFindTheSameDaemon() {
    DaemonAddress a = address(Path.of("/work/briefing"), jar, "/usr/lib/jvm/17");
    assertThat(address(Path.of("/work/briefing/"), jar, "/usr/lib/jvm/17")).isEqualTo(a);
    assertThat(a.socket().getParent()).isEqualTo(dir);
    assertThat(a.socket().getFileName().toString()).matches("[0-9a-f]{20}\\.sock");
    assertThat(a.log().getFileName().toString()).isEqualTo(a.socket().getFileName().toString().replace(".sock", ".log"));
    // PATH is not read by a build: a different one finds the same daemon.
    env.put("PATH", "/usr/local/bin:/usr/bin");
    assertThat(address(Path.of("/work/briefing"), jar, "/usr/lib/jvm/17")).isEqualTo(a);
  }

  @Test
  void anotherFolderJarJavaOrEnvironmentFindsAnotherDaemon() {
    DaemonAddress a = address(Path.of("/work/briefing"), jar, "/usr/lib/jvm/17");
    assertThat(address(Path.of("/work/other"), jar, "/usr/lib/jvm/17")).isNotEqualTo(a);
    assertThat(address(Path.of("/work/briefing"), new JarIdentity(jar.path(), jar.size() + 1, jar.modifiedMillis()),
        "/usr/lib/jvm/17")).as("a rebuilt jar").isNotEqualTo(a);
    assertThat(address(Path.of("/work/briefing"), new JarIdentity(jar.path(), jar.size(), jar.modifiedMillis() + 1),
        "/usr/lib/jvm/17")).as("a rewritten jar").isNotEqualTo(a);
    assertThat(address(Path.of("/work/briefing"), jar, "/usr/lib/jvm/25")).as("another Java").isNotEqualTo(a);
    for (String name : DaemonAddress.ENVIRONMENT) {
      String before = env.get(name);
      env.put(name, "changed");
      assertThat(address(Path.of("/work/briefing"), jar, "/usr/lib/jvm/17")).as(name).isNotEqualTo(a);
      if (before == null) {
        env.remove(name);
      } else {
        env.put(name, before);
      }
    }
    env.put("SOURCE_DATE_EPOCH", "");
    assertThat(address(Path.of("/work/briefing"), jar, "/usr/lib/jvm/17")).as("set but empty is not unset").isNotEqualTo(a);
  }

  @Test
  void socketsLiveInTheUsersRuntimeFolderOrAFolderOfTheirsInTmp() throws IOException {
    Path runtime = Files.createDirectories(dir.resolve("run/user/1000"));
    assertThat(DaemonAddress.folder(Map.of("XDG_RUNTIME_DIR", runtime.toString())::get, "/tmp", "editor"))
        .isEqualTo(runtime.resolve("briefing"));
    assertThat(DaemonAddress.folder(Map.of("XDG_RUNTIME_DIR", dir.resolve("gone").toString())::get, "/tmp", "editor"))
        .isEqualTo(Path.of("/tmp/briefing-editor"));
    assertThat(DaemonAddress.folder(name -> null, "/var/tmp", "jo/../x")).isEqualTo(Path.of("/var/tmp/briefing-jo_.._x"));
  }

  @Test
  void makesItsFolderClosedToOthersAndRefusesOneThatIsNot() throws IOException {
    DaemonAddress a = DaemonAddress.of(dir.resolve("sockets"), dir, jar, "/usr/lib/jvm/17", env::get);
    a.prepareFolder();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("sockets")))).isEqualTo("rwx------");
    Files.setPosixFilePermissions(dir.resolve("sockets"), PosixFilePermissions.fromString("rwxrwxrwx"));
    assertThatThrownBy(a::prepareFolder).isInstanceOf(IOException.class)
        .hasMessageContaining("expected " + dir.resolve("sockets") + " to be a folder of")
        .hasMessageContaining("with permissions rwx------, found one of").hasMessageEndingWith("with rwxrwxrwx");
  }
}
