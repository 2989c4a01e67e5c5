package dev.pyvet.syntax.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceDecodingException;
import dev.pyvet.syntax.source.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Huge, deeply nested and random inputs: pyvet must do what CPython 3.13 does with each (recorded
 * by {@code scripts/record-robustness-expectations}): parse it, or reject it with CPython's error,
 * and never overflow the stack, hang or run out of memory.
 *
 * <p>Where CPython gives up with RecursionError or MemoryError ("Parser stack overflowed"), that
 * is a limit of its implementation, not of the language: pyvet may then either parse the input or
 * give up with the same exception class and message, but must still return normally.
 */
class RobustnessTest {
  private static final String EXPECTATIONS = "/conformance/robustness-expectations.tsv";
  private static final int RANDOM_INPUTS = 300;
  private static final Set<String> RESOURCE_LIMITS = Set.of("RecursionError", "MemoryError");

  /** The generators; they must stay identical to those of the recording script. */
  private static final Map<String, Supplier<String>> CASES = new LinkedHashMap<>();

  static {
    CASES.put("parentheses_10000", () -> "(".repeat(10000) + "1" + ")".repeat(10000) + "\n");
    CASES.put("brackets_10000", () -> "[".repeat(10000) + "]".repeat(10000) + "\n");
    CASES.put("parentheses_200", () -> "x = " + "(".repeat(200) + "1" + ")".repeat(200) + "\n");
    CASES.put("nested_calls_1000", () -> "x = " + "f(".repeat(1000) + "1" + ")".repeat(1000) + "\n");
    CASES.put("nested_calls_150", () -> "x = " + "f(".repeat(150) + "1" + ")".repeat(150) + "\n");
    CASES.put("nested_subscripts_150", () -> "x = a" + "[a".repeat(150) + "]".repeat(150) + "\n");
    CASES.put("nested_dicts_150", () -> "x = " + "{1: ".repeat(150) + "1" + "}".repeat(150) + "\n");
    CASES.put("nested_lambdas_1000", () -> "x = " + "lambda: ".repeat(1000) + "1\n");
    CASES.put("nested_fstrings_200", () -> "x = " + "f\"{".repeat(200) + "1" + "}\"".repeat(200) + "\n");
    CASES.put("nested_ifs_5000", () -> nestedIfs(5000));
    CASES.put("nested_ifs_99", () -> nestedIfs(99));
    CASES.put("not_prefixes_100000", () -> "x = " + "not ".repeat(100000) + "y\n");
    CASES.put("minus_prefixes_100000", () -> "x = " + "-".repeat(100000) + "1\n");
    CASES.put("plus_chain_100000", () -> "x = " + join(" + ", "1", 100000) + "\n");
    CASES.put("power_chain_10000", () -> "x = " + join(" ** ", "a", 10000) + "\n");
    CASES.put("conditional_chain_10000", () -> "x = " + "a if b else ".repeat(10000) + "c\n");
    CASES.put("and_chain_100000", () -> "x = " + join(" and ", "a", 100000) + "\n");
    CASES.put("comparison_chain_100000", () -> "x = " + join(" < ", "a", 100000) + "\n");
    CASES.put("attribute_chain_100000", () -> "x = a" + ".b".repeat(100000) + "\n");
    CASES.put("call_chain_100000", () -> "x = a" + "()".repeat(100000) + "\n");
    CASES.put("tuple_100000", () -> "x = " + "1, ".repeat(100000) + "\n");
    CASES.put("list_200000", () -> "x = [" + "1, ".repeat(200000) + "]\n");
    CASES.put("statements_200000", () -> "x = 1\n".repeat(200000));
    CASES.put("decorators_10000", () -> "@d\n".repeat(10000) + "def f(): pass\n");
    CASES.put("continuation_lines_100000", () -> "x = 1" + " \\\n+ 1".repeat(100000) + "\n");
    CASES.put("string_50mb", () -> "x = \"" + "a".repeat(50_000_000) + "\"\n");
    CASES.put("comment_10mb", () -> "#" + "x".repeat(10_000_000) + "\nx = 1\n");
    CASES.put("name_1mb", () -> "a".repeat(1_000_000) + " = 1\n");
  }

  private static String nestedIfs(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(" ".repeat(i)).append("if x:\n");
    }
    return sb.append(" ".repeat(n)).append("pass\n").toString();
  }

  private static String join(String separator, String term, int n) {
    return String.join(separator, java.util.Collections.nCopies(n, term));
  }

  /** What CPython did with one input; {@code kind} is "ok" when it parsed. */
  record Expected(String name, String kind, int line, int offset, String message) {}

  private static final Map<String, Expected> EXPECTED = load();

  private static Map<String, Expected> load() {
    try (InputStream in = RobustnessTest.class.getResourceAsStream(EXPECTATIONS)) {
      if (in == null) {
        throw new IllegalStateException("missing " + EXPECTATIONS);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", 5))
          .map(f -> new Expected(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4]))
          .collect(Collectors.toMap(Expected::name, e -> e, (a, b) -> a, LinkedHashMap::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<String> cases() {
    return CASES.keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void hugeOrDeepInputIsHandledAsCPythonDoes(String name) {
    Expected expected = EXPECTED.get(name);
    assertThat(expected).as("no recorded CPython outcome for %s", name).isNotNull();
    ParseResult result = parseWithoutCrash(name, SourceText.of(CASES.get(name).get()));
    PySyntaxError error = result.error();
    if (expected.kind().equals("ok")) {
      assertThat(error).as("%s: CPython parses it", name).isNull();
      assertThat(result.module()).isNotNull();
    } else if (RESOURCE_LIMITS.contains(expected.kind())) {
      // CPython's own limit: pyvet may parse it, or give up as CPython does.
      if (error == null) {
        assertThat(result.module()).as("%s gave neither module nor error", name).isNotNull();
      } else {
        assertThat(List.of(error.kind().name(), error.message()))
            .as("%s: CPython gives up with %s: %s", name, expected.kind(), expected.message())
            .containsExactly(expected.kind(), expected.message());
      }
    } else {
      assertThat(error).as("%s: CPython rejects it with %s: %s", name, expected.kind(), expected.message()).isNotNull();
      assertThat(List.of(error.kind().name(), error.message(), error.line(), error.column()))
          .as(name)
          .containsExactly(expected.kind(), expected.message(), expected.line(), expected.offset());
    }
  }

  /**
   * Every random input must be accepted or rejected as CPython does, with the same exception
   * class; undecodable bytes, which CPython reports as SyntaxError or UnicodeDecodeError, are a
   * SourceDecodingException in pyvet.
   */
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void randomInputsAreAcceptedOrRejectedAsByCPython() {
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < RANDOM_INPUTS; i++) {
      Expected expected = expected(i);
      Expected actual = pyvetOutcome(i);
      boolean same = actual.kind().equals(DECODING)
          ? DECODING_KINDS.contains(expected.kind())
          : actual.kind().equals(expected.kind());
      if (!same) {
        differences.add(expected.name() + ": CPython " + describe(expected) + ", pyvet " + describe(actual));
      }
    }
    assertThat(differences).as("inputs where pyvet's verdict differs from CPython's").isEmpty();
  }

  /**
   * Random text and mutated modules that both reject must get CPython's message and position.
   * (Raw bytes are left out: their messages are mostly about undecodable bytes, which pyvet words
   * as CPython does for files, see ast-known-differences.txt.)
   */
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void randomTextIsRejectedWithCPythonsMessageAndPosition() {
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (int i = 0; i < RANDOM_INPUTS; i++) {
      Expected expected = expected(i);
      if (i % 3 == 0 || expected.kind().equals("ok")) {
        continue;
      }
      Expected actual = pyvetOutcome(i);
      if (actual.kind().equals("ok") || actual.kind().equals(DECODING)) {
        continue; // the verdict test reports these
      }
      compared++;
      if (!actual.equals(expected)) {
        differences.add(expected.name() + ": CPython " + describe(expected) + ", pyvet " + describe(actual));
      }
    }
    assertThat(compared).isGreaterThan(100);
    assertThat(differences).as("of %d rejected random texts, those where pyvet's error differs", compared).isEmpty();
  }

  private static final String DECODING = "SourceDecodingException";
  private static final Set<String> DECODING_KINDS = Set.of("SyntaxError", "UnicodeDecodeError");

  private static Expected expected(int i) {
    String name = String.format("random_%03d", i);
    Expected expected = EXPECTED.get(name);
    assertThat(expected).as("no recorded CPython outcome for %s", name).isNotNull();
    return expected;
  }

  private static Expected pyvetOutcome(int i) {
    String name = String.format("random_%03d", i);
    try {
      ParseResult result = parseWithoutCrash(name, SourceText.decode(randomInput(i)));
      PySyntaxError e = result.error();
      return e == null
          ? new Expected(name, "ok", 0, 0, "")
          : new Expected(name, e.kind().name(), e.line(), e.column(), e.message());
    } catch (SourceDecodingException e) {
      return new Expected(name, DECODING, e.line(), 0, e.getMessage());
    }
  }

  private static String describe(Expected e) {
    return e.kind().equals("ok") ? "ok" : e.kind() + ": " + e.message() + " (" + e.line() + "," + e.offset() + ")";
  }

  @Test
  void everyRecordedInputHasAGenerator() {
    Set<String> recorded = new java.util.TreeSet<>(EXPECTED.keySet());
    Set<String> generated = new java.util.TreeSet<>(CASES.keySet());
    for (int i = 0; i < RANDOM_INPUTS; i++) {
      generated.add(String.format("random_%03d", i));
    }
    assertThat(recorded).as("run scripts/record-robustness-expectations").isEqualTo(generated);
  }

  private static ParseResult parseWithoutCrash(String name, SourceText source) {
    try {
      ParseResult result = Parser.parse(source, Outcome.ORACLE_MINOR);
      assertThat(result).as(name).isNotNull();
      return result;
    } catch (StackOverflowError e) {
      return fail(name + ": StackOverflowError; deep nesting needs a limit or an explicit stack", e);
    } catch (OutOfMemoryError e) {
      return fail(name + ": OutOfMemoryError", e);
    }
  }

  /**
   * The same inputs as the recording script's: SplitMix64; a third each of raw bytes, Python-ish
   * fragments, and mutations of a valid module.
   */
  static byte[] randomInput(int i) {
    SplitMix64 rng = new SplitMix64(20261121L + i);
    if (i % 3 == 2) {
      return mutated(rng);
    }
    int n = 1 + (int) Long.remainderUnsigned(rng.next(), 200);
    if (i % 3 == 0) {
      byte[] b = new byte[n];
      for (int k = 0; k < n; k++) {
        b[k] = (byte) (rng.next() & 0xFF);
      }
      return b;
    }
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      sb.append(FRAGMENTS[(int) Long.remainderUnsigned(rng.next(), FRAGMENTS.length)]);
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A valid module using much of the grammar; mutated copies are nearly valid programs. */
  private static final String SNIPPET =
      "import os\n"
      + "from typing import Any\n"
      + "\n"
      + "@dataclass(frozen=True)\n"
      + "class Point(Base, metaclass=Meta):\n"
      + "    \"\"\"A point.\"\"\"\n"
      + "    x: int = 0\n"
      + "    y: float = 1.5e-3\n"
      + "\n"
      + "    async def move(self, dx, /, dy=0, *args, scale: int = 1, **kw) -> \"Point\":\n"
      + "        async with lock as held:\n"
      + "            await held\n"
      + "        for i, v in enumerate(args):\n"
      + "            if i % 2 and not v:\n"
      + "                continue\n"
      + "            elif v is None:\n"
      + "                break\n"
      + "        else:\n"
      + "            pass\n"
      + "        try:\n"
      + "            value = {k: [w ** 2 for w in range(k) if w] for k in (1, 2, 3)}\n"
      + "        except* (ValueError, TypeError) as e:\n"
      + "            raise RuntimeError(f\"bad {value!r:>10} {self.x=}\") from e\n"
      + "        finally:\n"
      + "            del kw[\"x\"], args\n"
      + "        match dx:\n"
      + "            case [1, *rest] | {\"k\": _, **more}:\n"
      + "                return lambda a, b=2: a @ b\n"
      + "            case Point(x=0) if dy > 0:\n"
      + "                yield from (z async for z in aiter())\n"
      + "        return Point(self.x + dx * scale, self.y - dy), b'\\x00', 0x_FF, 1_000j\n";

  private static byte[] mutated(SplitMix64 rng) {
    byte[] b = SNIPPET.getBytes(StandardCharsets.UTF_8);
    int mutations = 1 + (int) Long.remainderUnsigned(rng.next(), 3);
    for (int m = 0; m < mutations; m++) {
      int op = (int) Long.remainderUnsigned(rng.next(), 3);
      if (op == 0) {
        int at = (int) Long.remainderUnsigned(rng.next(), b.length);
        int len = Math.min(1 + (int) Long.remainderUnsigned(rng.next(), 8), b.length - at);
        byte[] c = new byte[b.length - len];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(b, at + len, c, at, b.length - at - len);
        b = c;
      } else if (op == 1) {
        int at = (int) Long.remainderUnsigned(rng.next(), b.length + 1);
        byte[] f = FRAGMENTS[(int) Long.remainderUnsigned(rng.next(), FRAGMENTS.length)].getBytes(StandardCharsets.UTF_8);
        byte[] c = new byte[b.length + f.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(f, 0, c, at, f.length);
        System.arraycopy(b, at, c, at + f.length, b.length - at);
        b = c;
      } else {
        int at = (int) Long.remainderUnsigned(rng.next(), b.length);
        b[at] = (byte) (32 + Long.remainderUnsigned(rng.next(), 95));
      }
    }
    return b;
  }

  private static final String[] FRAGMENTS = {
    "if ", "x", " ", "\n", "(", ")", "[", "]", "{", "}", ":", "1", "0x", ".", "'", "\"",
    "'''", "f'", "{x}", "\\", "\t", "    ", "#", "=", "+", "*", "**", "lambda", "def ",
    "class ", "return", ",", "\u00e9", "\r", "yield", "await", "match ", "case ", "_",
    "async ", "@", "->", ":=", ";", "!", "1e", "j", "b'", "r'", "\f"
  };

  /** Steele, Lea and Flood's SplitMix64, simple to write identically in Python. */
  private static final class SplitMix64 {
    private long state;

    SplitMix64(long seed) {
      state = seed;
    }

    long next() {
      state += 0x9E3779B97F4A7C15L;
      long z = state;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }
  }
}
