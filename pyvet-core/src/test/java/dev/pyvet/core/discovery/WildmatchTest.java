package dev.pyvet.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WildmatchTest {
  @ParameterizedTest(name = "{0} ~ {1} -> {2}")
  @CsvSource({
    "foo, foo, true",
    "foo, foobar, false",
    "*.py, a.py, true",
    "*.py, dir/a.py, false",
    "a/*.py, a/b.py, true",
    "a/*.py, a/b/c.py, false",
    "?.py, a.py, true",
    "?.py, ab.py, false",
    "a?b, a/b, false",
    "[abc].py, b.py, true",
    "[abc].py, d.py, false",
    "[!abc].py, d.py, true",
    "[^abc].py, a.py, false",
    "[a-c]x, bx, true",
    "[a-c]x, dx, false",
    "[]]x, ]x, true",
    "'\\*x', *x, true",
    "'\\*x', ax, false",
    "[unclosed, [unclosed, true",
    "**/foo, foo, true",
    "**/foo, a/foo, true",
    "**/foo, a/b/foo, true",
    "**/foo, a/b/foox, false",
    "foo/**, foo/a, true",
    "foo/**, foo/a/b, true",
    "a/**/b, a/b, true",
    "a/**/b, a/x/b, true",
    "a/**/b, a/x/y/b, true",
    "a/**/b, a/xb, false",
    "a**b, axxb, true",
    "a**b, ax/xb, false",
    "*, anything, true",
    "*, a/b, false",
  })
  void matchesLikeGit(String pattern, String path, boolean expected) {
    assertThat(Wildmatch.matches(pattern, path)).isEqualTo(expected);
  }
}
