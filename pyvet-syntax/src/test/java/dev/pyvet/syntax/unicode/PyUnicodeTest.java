package dev.pyvet.syntax.unicode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pyvet.syntax.testing.Python313;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** Every code point of the generated tables against python3.13's own answers. */
class PyUnicodeTest {

  private static final String SCRIPT = """
      import sys
      def bitmap(pred):
          bits = bytearray(0x110000 // 8)
          for cp in range(0x110000):
              if pred(cp):
                  bits[cp >> 3] |= 1 << (cp & 7)
          return bits.hex()
      print(bitmap(lambda cp: chr(cp).isidentifier()))
      print(bitmap(lambda cp: ('a' + chr(cp)).isidentifier()))
      print(bitmap(lambda cp: chr(cp).isprintable()))
      """;

  @Test
  void tablesAgreeWithPython313ForEveryCodePoint() {
    Path python = Python313.find();
    assumeTrue(python != null, "python3.13 not found: Unicode table check skipped");
    String[] maps = Python313.run(SCRIPT, "").split("\n");
    List<String> wrong = new ArrayList<>();
    check("XID_Start", HexFormat.of().parseHex(maps[0].trim()), PyUnicode::isXidStart, wrong);
    check("XID_Continue", HexFormat.of().parseHex(maps[1].trim()), PyUnicode::isXidContinue, wrong);
    check("printable", HexFormat.of().parseHex(maps[2].trim()), PyUnicode::isPrintable, wrong);
    assertThat(wrong).isEmpty();
  }

  private static void check(String what, byte[] bits, IntPredicate ours, List<String> wrong) {
    for (int cp = 0; cp < 0x110000 && wrong.size() < 50; cp++) {
      boolean python = (bits[cp >> 3] & (1 << (cp & 7))) != 0;
      if (python != ours.test(cp)) {
        wrong.add(what + " U+" + Integer.toHexString(cp) + ": python " + python);
      }
    }
  }

  @Test
  void knownDifferencesFromTheJvmsOwnUnicodeData() {
    // Joiners are XID_Continue since Unicode 15.1; U+309B is ID_Start but not XID_Start.
    assertThat(PyUnicode.isXidContinue(0x200C)).isTrue();
    assertThat(PyUnicode.isXidStart(0x309B)).isFalse();
    assertThat(PyUnicode.isXidStart(0x037A)).isFalse();
    assertThat(PyUnicode.isXidStart('_')).isTrue();
    assertThat(PyUnicode.isXidContinue('7')).isTrue();
    assertThat(PyUnicode.isXidStart('7')).isFalse();
    assertThat(PyUnicode.isPrintable(0xA0)).isFalse();
    assertThat(PyUnicode.isPrintable(0x20AC)).isTrue();
    assertThat(PyUnicode.isPrintable(' ')).isTrue();
  }
}
