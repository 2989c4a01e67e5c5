package dev.pyvet.syntax.ast;

import dev.pyvet.syntax.testing.Python313;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PyReprTest {

  @Test
  void floatsInBothNotations() {
    assertThat(PyRepr.floatRepr(1.0)).isEqualTo("1.0");
    assertThat(PyRepr.floatRepr(-0.0)).isEqualTo("-0.0");
    assertThat(PyRepr.floatRepr(1e16)).isEqualTo("1e+16");
    assertThat(PyRepr.floatRepr(1e15)).isEqualTo("1000000000000000.0");
    assertThat(PyRepr.floatRepr(1e-5)).isEqualTo("1e-05");
    assertThat(PyRepr.floatRepr(1e-4)).isEqualTo("0.0001");
    assertThat(PyRepr.floatRepr(0.1)).isEqualTo("0.1");
    assertThat(PyRepr.floatRepr(123.456)).isEqualTo("123.456");
    assertThat(PyRepr.floatRepr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    assertThat(PyRepr.floatRepr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    assertThat(PyRepr.floatRepr(Double.NaN)).isEqualTo("nan");
    assertThat(PyRepr.floatRepr(Double.MIN_VALUE)).isEqualTo("5e-324");
    assertThat(PyRepr.floatRepr(2e23)).isEqualTo("2e+23");
    assertThat(PyRepr.floatRepr(1.7976931348623157e308)).isEqualTo("1.7976931348623157e+308");
  }

  @Test
  void imaginaryNumbers() {
    assertThat(PyRepr.imaginary(2.0)).isEqualTo("2j");
    assertThat(PyRepr.imaginary(1.5)).isEqualTo("1.5j");
    assertThat(PyRepr.imaginary(0.0)).isEqualTo("0j");
    assertThat(PyRepr.imaginary(Double.POSITIVE_INFINITY)).isEqualTo("infj");
    assertThat(PyRepr.imaginary(Double.NaN)).isEqualTo("nanj");
    assertThat(PyRepr.imaginary(1e300)).isEqualTo("1e+300j");
    assertThat(PyRepr.imaginary(1e16)).isEqualTo("1e+16j");
  }

  @Test
  void otherConstants() {
    assertThat(PyRepr.constant(ConstantValue.NONE)).isEqualTo("None");
    assertThat(PyRepr.constant(ConstantValue.TRUE)).isEqualTo("True");
    assertThat(PyRepr.constant(ConstantValue.FALSE)).isEqualTo("False");
    assertThat(PyRepr.constant(ConstantValue.ELLIPSIS)).isEqualTo("Ellipsis");
    BigInteger big = BigInteger.TWO.pow(200).negate();
    assertThat(PyRepr.constant(new ConstantValue.Int(big))).isEqualTo(big.toString());
  }

  @Test
  void strQuotesAndEscapes() {
    assertThat(PyRepr.str("a'b")).isEqualTo("\"a'b\"");
    assertThat(PyRepr.str("a'b\"")).isEqualTo("'a\\'b\"'");
    assertThat(PyRepr.str("\\\t\n\r\u0000\u007f\u0085\u00a0\u00e9\u2028\udc80\ud83d\ude00"))
        .isEqualTo("'\\\\\\t\\n\\r\\x00\\x7f\\x85\\xa0\u00e9\\u2028\\udc80\ud83d\ude00'");
    assertThat(PyRepr.bytes(new byte[] {'\'', 0, (byte) 0xff, '\\'}))
        .isEqualTo("b\"'\\x00\\xff\\\\\"");
  }

  /** Random and edge-case doubles: float repr and imaginary repr against python3.13. */
  @Test
  void floatsMatchPython() {
    Python313.require();
    List<Double> values = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(20261121);
    for (int i = 0; i < 100_000; i++) {
      values.add(Double.longBitsToDouble(r.nextLong()));
    }
    for (int i = 0; i < 50_000; i++) {
      // Short decimals: the cases where the shortest digits are few.
      long digits = r.nextLong(1, 1_000_000);
      values.add(Double.parseDouble(digits + "e" + r.nextInt(-330, 310)));
    }
    for (int i = 0; i < 20_000; i++) {
      values.add(r.nextDouble() * Math.pow(10, r.nextInt(-8, 20)));
    }
    for (int e = -330; e <= 310; e++) {
      double p = Double.parseDouble("1e" + e);
      values.add(p);
      values.add(Math.nextUp(p));
      values.add(Math.nextDown(p));
    }
    for (int k = 1; k <= 2000; k++) {
      values.add(Double.MIN_VALUE * k);
    }
    values.addAll(
        List.of(0.0, -0.0, 9999999999999998.0, 1e16, 0.0001, Math.nextDown(0.0001),
            Double.MAX_VALUE, Double.MIN_NORMAL, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 5e-324, 2e23, 8.41e21, 5.0e-324 * 3));

    StringBuilder in = new StringBuilder();
    for (double d : values) {
      in.append(Double.doubleToRawLongBits(d)).append('\n');
    }
    String script =
        "import sys, struct\n"
            + "out = []\n"
            + "for line in sys.stdin:\n"
            + "    x = struct.unpack('<d', struct.pack('<q', int(line)))[0]\n"
            + "    out.append(repr(x) + ' ' + repr(complex(0.0, x)))\n"
            + "sys.stdout.write('\\n'.join(out) + '\\n')\n";
    String[] lines = Python313.run(script, in.toString()).split("\n");
    assertThat(lines).hasSize(values.size());
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      double d = values.get(i);
      String ours = PyRepr.floatRepr(d) + " " + PyRepr.imaginary(d);
      if (!ours.equals(lines[i]) && mismatches.size() < 20) {
        mismatches.add(Double.doubleToRawLongBits(d) + ": ours " + ours + ", python " + lines[i]);
      }
    }
    assertThat(mismatches).as("of %d doubles", values.size()).isEmpty();
  }

  /** repr of every single code point, lone surrogates included. */
  @Test
  void everyCodePointMatchesPython() {
    Python313.require();
    String script =
        "import sys\n"
            + "sys.stdout.write('\\n'.join(repr(chr(c)) for c in range(0x110000)) + '\\n')\n";
    String[] lines = Python313.run(script, "").split("\n");
    assertThat(lines).hasSize(0x110000);
    List<String> mismatches = new ArrayList<>();
    for (int cp = 0; cp < 0x110000; cp++) {
      String ours = PyRepr.str(new String(Character.toChars(cp)));
      if (!ours.equals(lines[cp]) && mismatches.size() < 20) {
        mismatches.add(Integer.toHexString(cp) + ": ours " + ours + ", python " + lines[cp]);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  /** Random strings mixing quotes, escapes, controls and any code points. */
  @Test
  void randomStringsMatchPython() {
    Python313.require();
    SplittableRandom r = new SplittableRandom(7);
    String pool = "'\"\\\t\n\r\u0000\u001f\u007f\u0080\u00a0\u00ad \u00e9a~";
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(0, 12);
      for (int k = 0; k < len; k++) {
        int kind = r.nextInt(4);
        if (kind <= 1) {
          sb.append(pool.charAt(r.nextInt(pool.length())));
        } else if (kind == 2) {
          sb.appendCodePoint(r.nextInt(0, 0x110000)); // may add a lone surrogate
        } else {
          sb.append((char) r.nextInt(0xD800, 0xE000));
        }
      }
      strings.add(sb.toString());
    }
    // One JSON string per line: json.loads keeps lone surrogates and joins valid pairs, as
    // Java does when it reads code points.
    StringBuilder in = new StringBuilder();
    for (String s : strings) {
      in.append('"');
      for (int k = 0; k < s.length(); k++) {
        in.append(String.format("\\u%04x", (int) s.charAt(k)));
      }
      in.append("\"\n");
    }
    String script =
        "import sys, json\n"
            + "sys.stdout.write(''.join(repr(json.loads(l)) + '\\n' for l in sys.stdin))\n";
    String[] lines =
        new String(
                Python313.run(script, in.toString().getBytes(StandardCharsets.US_ASCII)),
                StandardCharsets.UTF_8)
            .split("\n", -1);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < strings.size(); i++) {
      String ours = PyRepr.str(strings.get(i));
      if (!ours.equals(lines[i]) && mismatches.size() < 20) {
        mismatches.add("ours " + ours + ", python " + lines[i]);
      }
    }
    assertThat(mismatches).as("of %d strings", strings.size()).isEmpty();
  }

  @Test
  void bytesMatchPython() {
    Python313.require();
    SplittableRandom r = new SplittableRandom(11);
    List<byte[]> all = new ArrayList<>();
    for (int b = 0; b < 256; b++) {
      all.add(new byte[] {(byte) b});
    }
    byte[] quotes = {'\'', '"', '\\', 'a'};
    for (int i = 0; i < 5_000; i++) {
      byte[] b = new byte[r.nextInt(0, 8)];
      for (int k = 0; k < b.length; k++) {
        b[k] = r.nextBoolean() ? quotes[r.nextInt(quotes.length)] : (byte) r.nextInt(256);
      }
      all.add(b);
    }
    StringBuilder in = new StringBuilder();
    for (byte[] b : all) {
      for (byte x : b) {
        in.append(String.format("%02x", x & 0xff));
      }
      in.append('\n');
    }
    String script =
        "import sys\n"
            + "sys.stdout.write(''.join(repr(bytes.fromhex(l.strip())) + '\\n' for l in sys.stdin))\n";
    String[] lines = Python313.run(script, in.toString()).split("\n");
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      String ours = PyRepr.bytes(all.get(i));
      if (!ours.equals(lines[i]) && mismatches.size() < 20) {
        mismatches.add("ours " + ours + ", python " + lines[i]);
      }
    }
    assertThat(mismatches).as("of %d bytes values", all.size()).isEmpty();
  }
}
