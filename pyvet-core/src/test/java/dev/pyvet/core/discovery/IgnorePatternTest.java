package dev.pyvet.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IgnorePatternTest {
  @Test
  void blankLinesAndCommentsAreNotPatterns() {
    assertThat(IgnorePattern.parse("")).isNull();
    assertThat(IgnorePattern.parse("   ")).isNull();
    assertThat(IgnorePattern.parse("# comment")).isNull();
    assertThat(IgnorePattern.parse("\\#file").glob()).isEqualTo("\\#file");
  }

  @Test
  void parsesNegationDirectoryOnlyAndAnchoring() {
    IgnorePattern p = IgnorePattern.parse("!/build/");
    assertThat(p.negated()).isTrue();
    assertThat(p.directoryOnly()).isTrue();
    assertThat(p.anchored()).isTrue();
    assertThat(p.glob()).isEqualTo("build");

    IgnorePattern name = IgnorePattern.parse("gen.py");
    assertThat(name.anchored()).isFalse();
    assertThat(IgnorePattern.parse("a/b.py").anchored()).isTrue();
    assertThat(IgnorePattern.parse("out/").anchored()).isFalse();
  }

  @Test
  void trailingSpacesAreDroppedUnlessQuoted() {
    assertThat(IgnorePattern.parse("a.py   ").glob()).isEqualTo("a.py");
    assertThat(IgnorePattern.parse("a\\ ").glob()).isEqualTo("a\\ ");
    assertThat(IgnorePattern.parse("a.py\r").glob()).isEqualTo("a.py");
  }

  @Test
  void unanchoredPatternsMatchTheNameAtAnyDepth() {
    IgnorePattern p = IgnorePattern.parse("gen_*.py");
    assertThat(p.matches("x/y/gen_1.py", "gen_1.py", false)).isTrue();
    assertThat(p.matches("gen_1.py", "gen_1.py", false)).isTrue();
  }

  @Test
  void anchoredPatternsMatchTheWholeRelativePath() {
    IgnorePattern p = IgnorePattern.parse("/gen.py");
    assertThat(p.matches("gen.py", "gen.py", false)).isTrue();
    assertThat(p.matches("sub/gen.py", "gen.py", false)).isFalse();
    IgnorePattern middle = IgnorePattern.parse("sub/gen.py");
    assertThat(middle.matches("sub/gen.py", "gen.py", false)).isTrue();
    assertThat(middle.matches("x/sub/gen.py", "gen.py", false)).isFalse();
  }

  @Test
  void directoryOnlyPatternsSkipFiles() {
    IgnorePattern p = IgnorePattern.parse("out/");
    assertThat(p.matches("out", "out", true)).isTrue();
    assertThat(p.matches("out", "out", false)).isFalse();
  }

  @Test
  void theLastMatchingLineOfAFileDecides() {
    IgnoreFile f = IgnoreFile.parse("*.py\n!keep.py\n");
    assertThat(f.verdict("a.py", "a.py", false)).isEqualTo(IgnoreFile.Verdict.IGNORED);
    assertThat(f.verdict("keep.py", "keep.py", false)).isEqualTo(IgnoreFile.Verdict.INCLUDED);
    assertThat(f.verdict("a.txt", "a.txt", false)).isEqualTo(IgnoreFile.Verdict.NO_MATCH);
  }
}
