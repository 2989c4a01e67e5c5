package dev.pyvet.core.rules.pycodestyle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written keyword test against the keyword list, on the keywords and their near misses. */
class PythonKeywordsTest {
  @Test
  void agreesWithTheKeywordListOnKeywordsAndNearMisses() {
    List<String> words = new ArrayList<>(List.of("", "a", "self", "print", "match", "case", "type", "_", "x"));
    for (String k : Python.KEYWORDS) {
      words.add(k);
      words.add(k + "x");
      words.add(k.substring(1));
      words.add(k.substring(0, k.length() - 1));
      for (int i = 0; i < k.length(); i++) {
        words.add(k.substring(0, i) + 'q' + k.substring(i + 1));
        words.add(k.substring(0, i) + Character.toUpperCase(k.charAt(i)) + k.substring(i + 1));
      }
    }
    for (String w : words) {
      assertThat(Python.isKeyword(w)).as(w).isEqualTo(Python.KEYWORDS.contains(w));
    }
    assertThat(Python.KEYWORDS).allMatch(Python::isKeyword);
  }
}
