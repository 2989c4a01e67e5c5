package dev.pyvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scripts/find-jdk}, shared by {@code ./pyvet} and {@code .ci/run}, on fake JDKs. */
class FindJdkScriptTest {
  @TempDir Path home;
  private Path script;

  @BeforeEach
  void locate() {
    // Surefire runs in the module's directory; the script is at the repository's root.
    script = Path.of("").toAbsolutePath().getParent().resolve("scripts/find-jdk");
    Assumptions.assumeTrue(Files.isRegularFile(script), "scripts/find-jdk not found");
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash");
  }

  private Path fakeJdk(String relative, String version) throws IOException {
    Path jdk = home.resolve(relative);
    Files.createDirectories(jdk.resolve("bin"));
    for (String tool : new String[] {"java", "javac"}) {
      Path p = jdk.resolve("bin").resolve(tool);
      Files.writeString(p, "#!/bin/sh\nexit 0\n");
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
    return jdk;
  }

  private record Result(int status, String out, String err) {}

  private Result find(String javaHome, int minimum) throws Exception {
    String command =
        ". \"$1\"; PYVET_MIN_JAVA=" + minimum + "; pyvet_find_jdk && printf '%s' \"$JAVA_HOME\"";
    ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c", command, "bash", script.toString());
    pb.environment().put("HOME", home.toString());
    pb.environment().put("PATH", "/usr/bin:/bin");
    if (javaHome == null) {
      pb.environment().remove("JAVA_HOME");
    } else {
      pb.environment().put("JAVA_HOME", javaHome);
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out, err);
  }

  @Test
  void javaHomeWinsWhenItIsNewEnough() throws Exception {
    Path jdk = fakeJdk("custom/jdk", "99.0.1");
    fakeJdk(".sdkman/candidates/java/100.0.0-tem", "100.0.0");
    Result r = find(jdk.toString(), 99);
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(jdk.toString());
  }

  @Test
  void otherwiseTheNewestInstalledJdkIsTaken() throws Exception {
    Path old = fakeJdk("custom/old", "98");
    fakeJdk(".sdkman/candidates/java/99.0.2-tem", "99.0.2");
    Path newest = fakeJdk(".sdkman/candidates/java/99.0.10-tem", "99.0.10");
    fakeJdk(".jdks/openjdk-98", "98.0.1");
    Result r = find(old.toString(), 99);
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(newest.toString());
  }

  @Test
  void aJreWithoutJavacIsNotEnough() throws Exception {
    Path jre = fakeJdk(".jdks/jre-99", "99");
    Files.delete(jre.resolve("bin/javac"));
    Result r = find(null, 99);
    assertThat(r.status()).isEqualTo(1);
  }

  @Test
  void saysWhatIsMissingWhenNothingFits() throws Exception {
    Path old = fakeJdk("custom/old", "17.0.2");
    Result r = find(old.toString(), 1000);
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("JDK 1000 or newer", "is JDK 17.0.2, too old", "JAVA_HOME", "Install one");
  }
}
