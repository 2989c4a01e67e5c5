package dev.pyvet.core.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.syntax.testing.Python313;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The builtin and magic names against a live python3.13 (skipped when it is absent). */
class BuiltinsTest {

  private static List<String> lines(String script) {
    return Python313.run(script, "").lines().filter(s -> !s.isBlank()).toList();
  }

  @Test
  void builtinsAreThoseOfPython313() {
    assertThat(Builtins.PYTHON_313)
        .containsExactlyElementsOf(lines("import builtins\nprint('\\n'.join(dir(builtins)))"));
  }

  @Test
  void classBodyNamesAreThoseOfPython313() {
    assertThat(new TreeSet<>(Builtins.CLASS_BODY_MAGIC)).containsExactlyElementsOf(
        lines("class C:\n    names = dir()\nprint('\\n'.join(C.names))"));
  }

  @Test
  void futureFeaturesAreThoseOfPython313() {
    assertThat(Builtins.FUTURE_FEATURES).containsExactlyInAnyOrderElementsOf(
        lines("import __future__\nprint('\\n'.join(__future__.all_feature_names))"));
  }
}
