package dev.pyvet.core.rules.pyflakes.format;

import dev.pyvet.syntax.ast.PyRepr;
import dev.pyvet.syntax.testing.Python313;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generated format strings, and python3.13 (with pyflakes, when asked for) to judge them. */
final class PythonOracle {
  private PythonOracle() {}


  /**
   * Runs {@code body} in python3.13 once per input string, each given to it as {@code s}; one
   * output line per input. {@code body} is a function body that returns a str.
   */
  static List<String> eachString(String prelude, String body, List<String> inputs) {
    StringBuilder script = new StringBuilder(prelude).append('\n');
    script.append("def f(s):\n");
    for (String line : body.split("\n")) {
      script.append("    ").append(line).append('\n');
    }
    script.append("import sys\n");
    script.append("for line in sys.stdin.read().split('\\n')[:-1]:\n");
    script.append("    s = ''.join(chr(int(h, 16)) for h in line.split(','))"
        + " if line else ''\n");
    script.append("    print(f(s).encode('unicode_escape').decode('ascii'))\n");
    StringBuilder in = new StringBuilder();
    for (String s : inputs) {
      StringBuilder hex = new StringBuilder();
      s.codePoints().forEach(cp -> {
        if (!hex.isEmpty()) {
          hex.append(',');
        }
        hex.append(Integer.toHexString(cp));
      });
      in.append(hex).append('\n');
    }
    String out = Python313.run(script.toString(), in.toString());
    List<String> lines = new ArrayList<>(List.of(out.split("\n", -1)));
    lines.removeLast();
    return lines;
  }

  /** Python's {@code s.encode('unicode_escape').decode('ascii')}, so outputs stay on one line. */
  static String unicodeEscape(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp == '\\') {
        sb.append("\\\\");
      } else if (cp == '\t') {
        sb.append("\\t");
      } else if (cp == '\n') {
        sb.append("\\n");
      } else if (cp == '\r') {
        sb.append("\\r");
      } else if (cp < 0x20 || (cp >= 0x7f && cp < 0x100)) {
        sb.append(String.format("\\x%02x", cp));
      } else if (cp < 0x7f) {
        sb.appendCodePoint(cp);
      } else if (cp < 0x10000) {
        sb.append(String.format("\\u%04x", cp));
      } else {
        sb.append(String.format("\\U%08x", cp));
      }
    });
    return sb.toString();
  }

  /** {@code count} random strings of up to {@code maxLength} code points from {@code alphabet}. */
  static List<String> generate(long seed, int count, int maxLength, String alphabet) {
    int[] letters = alphabet.codePoints().toArray();
    Random random = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = random.nextInt(maxLength + 1);
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < n; j++) {
        sb.appendCodePoint(letters[random.nextInt(letters.length)]);
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** Python's repr of a str or None. */
  static String repr(String s) {
    return s == null ? "None" : PyRepr.str(s);
  }

  /** Python's repr of a tuple whose items are already repr'd. */
  static String tuple(List<String> items) {
    if (items.size() == 1) {
      return "(" + items.getFirst() + ",)";
    }
    return "(" + String.join(", ", items) + ")";
  }
}
