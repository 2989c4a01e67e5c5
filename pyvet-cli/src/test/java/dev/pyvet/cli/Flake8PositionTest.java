package dev.pyvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.syntax.testing.Python313;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pyvet check} reports E999 exactly as flake8 7 does on CPython 3.13: flake8 reads the file
 * with {@code tokenize.open}, runs {@code ast.parse} on the text, and prints the SyntaxError's
 * class, message, {@code lineno} and {@code offset + 1}. CPython 3.13 computes the expected lines
 * here; the test is skipped when python3.13 cannot be found.
 */
class Flake8PositionTest {
  @TempDir Path dir;

  private static final String[] INVALID = {
    "x = (\n",
    "def f(:\n    pass\n",
    "if x:\npass\n",
    "if x:\n\tif y:\n        pass\n",
    "x = 1\n  y = 2\n",
    "s = \"abc\n",
    "s = \"\"\"abc\n\nx\n",
    "print \"hello\"\n",
    "x = ]\n",
    "f(**x, *y)\n",
    "a = 1 +\n",
    "for x in y:\n    pass\n  else:\n    pass\n",
    "x = \"\u00e9\" + (\n",
    "def f():\n    return\n\nclass C:\n    def g(self) -> :\n        pass\n",
    "x = 0777\n",
    "x = $\n",
    "f\"{x!z}\"\n",
    "a, b += 1\n",
    "x = 1\n\\\n",
    "\u00e9 = (1,\n     2\n",
    "\ufeffx = (\n",
    "x = \"\u00e9\u00e9\" foo\n",
    "x = 1\r\ny = (\r\n",
    "del f()\n",
    "f(x for x in y, 1)\n",
    "x = {1: 2, 3}\n",
    "class C:\n    x = 1\n   y = 2\n",
    "import a.b as\n",
    "try:\n    pass\n",
    "x = [1, 2\ny = 3\n",
    "lambda x=1, y: x\n",
    "def f(*, **k): pass\n",
    "x = 1 if y\n",
    "match x:\n    case 1 + 1:\n        pass\n",
    "x = '\\N{NO SUCH NAME}'\n",
    "b'\u00e9'\n",
    "x = 1e\n",
    "0x\n",
    "(".repeat(201) + ")".repeat(201) + "\n",
    "def f(:\n",
    "s = '\uD835\uDD18' + (\n",
    "s = '\uD835\uDD18\uD835\uDD18' $\n",
    "\tx = (\n",
    "\fx = (1,\n",
    "x = 1\r  y = 2\r",
  };

  @Test
  void e999PositionsAndMessagesMatchFlake8OnCPython313() throws Exception {
    Path python = Python313.find();
    Assumptions.assumeTrue(python != null, "python3.13 not found on PATH nor under ~/.pyenv");
    for (int i = 0; i < INVALID.length; i++) {
      Files.writeString(dir.resolve(String.format("case%02d.py", i)), INVALID[i], StandardCharsets.UTF_8);
    }
    List<String> expected = flake8Lines(python);
    assertThat(expected).hasSize(INVALID.length);

    CliRunner r = CliRunner.run(dir, "check", "--select", "E999");
    assertThat(r.err()).isEmpty();
    List<String> actual = r.outLines();

    // One line per differing case, with its source, so a failure says what to fix.
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < INVALID.length; i++) {
      String file = String.format("./case%02d.py:", i);
      String want = lineFor(expected, file);
      String got = lineFor(actual, file);
      if (!want.equals(got)) {
        mismatches.add(
            INVALID[i].strip().replace("\n", "\\n") + "\n    flake8: " + want + "\n    pyvet:  " + got);
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(actual).isEqualTo(expected);
  }

  private static String lineFor(List<String> lines, String prefix) {
    return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("(nothing)");
  }

  private List<String> flake8Lines(Path python) throws IOException, InterruptedException {
    String script =
        String.join(
            "\n",
            "import ast, glob, os, tokenize",
            "for f in sorted(glob.glob('./*.py')):",
            "    with tokenize.open(f) as fd:",
            "        text = ''.join(fd.readlines())",
            "    try:",
            "        ast.parse(text)",
            "    except SyntaxError as e:",
            "        print(f'{f}:{e.lineno}:{(e.offset or 0) + 1}: E999 {type(e).__name__}: {e.args[0]}')",
            "");
    ProcessBuilder pb = new ProcessBuilder(python.toString(), "-c", script).directory(dir.toFile());
    pb.environment().put("PYTHONIOENCODING", "utf-8");
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    return new ArrayList<>(out.lines().toList());
  }
}
