package dev.pyvet.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IgnoreScopeTest {
  @Test
  void pathsInsideTheBaseAreGivenRelativeWithSlashes() {
    assertThat(IgnoreScope.relativeSlashPath(Path.of("/a/b"), Path.of("/a/b/c/d.py"))).isEqualTo("c/d.py");
    assertThat(IgnoreScope.relativeSlashPath(Path.of("/a/b"), Path.of("/a/b/c"))).isEqualTo("c");
    assertThat(IgnoreScope.relativeSlashPath(Path.of("/a/b"), Path.of("/a/b"))).isEmpty();
    assertThat(IgnoreScope.relativeSlashPath(Path.of("/"), Path.of("/x/y.py"))).isEqualTo("x/y.py");
  }

  @Test
  void pathsOutsideTheBaseHaveNone() {
    assertThat(IgnoreScope.relativeSlashPath(Path.of("/a/b"), Path.of("/a/bc/d.py"))).isNull();
    assertThat(IgnoreScope.relativeSlashPath(Path.of("/a/b"), Path.of("/a"))).isNull();
    assertThat(IgnoreScope.relativeSlashPath(Path.of("/a/b"), Path.of("/x/a/b/c"))).isNull();
  }
}
