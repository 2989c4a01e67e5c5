package dev.pyvet.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.check.FileChecker;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildFingerprintTest {
  @TempDir Path dir;

  private Path jar(String name, String... entries) throws IOException {
    Path jar = dir.resolve(name);
    Files.createDirectories(jar.getParent());
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < entries.length; i += 2) {
        ZipEntry e = new ZipEntry(entries[i]);
        e.setTime(System.currentTimeMillis() + i * 1000L); // rebuilds differ in timestamps
        zip.putNextEntry(e);
        zip.write(entries[i + 1].getBytes());
        zip.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void aJarsFingerprintFollowsItsContentNotItsTimestamps() throws IOException {
    Path first = jar("a/pyvet.jar", "A.class", "one", "B.class", "two");
    Files.createDirectories(dir.resolve("b"));
    Path sameContent = jar("b/pyvet.jar", "A.class", "one", "B.class", "two");
    Path changed = jar("pyvet.jar", "A.class", "one", "B.class", "twO");
    String fp = BuildFingerprint.ofLocations(List.of(first));
    assertThat(BuildFingerprint.ofLocations(List.of(sameContent))).isEqualTo(fp);
    assertThat(BuildFingerprint.ofLocations(List.of(changed))).isNotEqualTo(fp);
  }

  @Test
  void aClassFolderChangesItsFingerprintWhenAnyFileChanges() throws IOException {
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes.resolve("dev/pyvet"));
    Files.writeString(classes.resolve("dev/pyvet/A.class"), "one");
    Files.writeString(classes.resolve("dev/pyvet/r.md"), "text");
    String fp = BuildFingerprint.ofLocations(List.of(classes));
    assertThat(BuildFingerprint.ofLocations(List.of(classes))).isEqualTo(fp);
    Files.writeString(classes.resolve("dev/pyvet/r.md"), "texT");
    assertThat(BuildFingerprint.ofLocations(List.of(classes))).isNotEqualTo(fp);
  }

  @Test
  void theRunningCodeHasAStableFingerprint() {
    String fp = BuildFingerprint.of(FileChecker.class, BuildFingerprint.class);
    assertThat(fp).doesNotStartWith("unknown").isEqualTo(BuildFingerprint.of(FileChecker.class));
  }
}
