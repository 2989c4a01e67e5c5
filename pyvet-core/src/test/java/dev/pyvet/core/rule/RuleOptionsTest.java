package dev.pyvet.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.logical.PycodestyleOptions;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The options' written-out toString, which the result cache keys on, names every option. */
class RuleOptionsTest {
  @Test
  void toStringNamesEveryComponentWithItsValue() throws Exception {
    PycodestyleOptions style = new PycodestyleOptions(99, 72, true, 2, true);
    RuleOptions options = new RuleOptions(style, 12, List.of("_"), List.of("setUp"),
        List.of("cm"), List.of("sm"), true);
    assertNamesEveryComponent(style);
    assertNamesEveryComponent(options);
    assertThat(options.withMaxComplexity(13).toString()).isNotEqualTo(options.toString());
  }

  private static void assertNamesEveryComponent(Record r) throws Exception {
    String text = r.toString();
    assertThat(text).startsWith(r.getClass().getSimpleName() + "[");
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      assertThat(text).contains(c.getName() + "=" + c.getAccessor().invoke(r));
    }
  }
}
