package dev.pyvet.syntax.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pyvet.syntax.ast.ConstantValue;
import dev.pyvet.syntax.ast.PyRepr;
import dev.pyvet.syntax.testing.Python313;
import dev.pyvet.syntax.parser.Literals.LiteralException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LiteralsTest {

  @Test
  void numbersOfEachKind() throws Exception {
    assertThat(Literals.number("0")).isEqualTo(new ConstantValue.Int(BigInteger.ZERO));
    assertThat(Literals.number("1_000")).isEqualTo(new ConstantValue.Int(BigInteger.valueOf(1000)));
    assertThat(Literals.number("0x_fF")).isEqualTo(new ConstantValue.Int(BigInteger.valueOf(255)));
    assertThat(Literals.number("0o17")).isEqualTo(new ConstantValue.Int(BigInteger.valueOf(15)));
    assertThat(Literals.number("0b101")).isEqualTo(new ConstantValue.Int(BigInteger.valueOf(5)));
    assertThat(Literals.number("1.")).isEqualTo(new ConstantValue.Float(1.0));
    assertThat(Literals.number(".5")).isEqualTo(new ConstantValue.Float(0.5));
    assertThat(Literals.number("1_000.5e-3")).isEqualTo(new ConstantValue.Float(1.0005));
    assertThat(Literals.number("1e400")).isEqualTo(new ConstantValue.Float(Double.POSITIVE_INFINITY));
    assertThat(Literals.number("1e3j")).isEqualTo(new ConstantValue.Complex(1000.0));
    assertThat(Literals.number("1J")).isEqualTo(new ConstantValue.Complex(1.0));
  }

  @Test
  void hugeDecimalIntsAreRejectedLikeCPython() throws Exception {
    assertThat(Literals.number("1" + "0".repeat(4299))).isInstanceOf(ConstantValue.Int.class);
    assertThatThrownBy(() -> Literals.number("1" + "0".repeat(4300)))
        .isInstanceOf(LiteralException.class)
        .hasMessageStartingWith("Exceeds the limit (4300 digits) for integer string conversion:"
            + " value has 4301 digits;");
    assertThat(Literals.number("0x" + "f".repeat(5000))).isInstanceOf(ConstantValue.Int.class);
    assertThat(Literals.number("0".repeat(5000))).isEqualTo(new ConstantValue.Int(BigInteger.ZERO));
  }

  @Test
  void strEscapes() throws Exception {
    assertThat(Literals.str("a\\x41\\u00e9\\U0001F600\\N{DIGIT ONE}\\101\\q", false, false))
        .isEqualTo("aA\u00e9\ud83d\ude001A\\q");
    assertThat(Literals.str("\\udc80", false, false)).isEqualTo("\udc80");
    assertThat(Literals.str("a\\\r\nb\r\nc\rd", false, false)).isEqualTo("ab\nc\nd");
    assertThat(Literals.str("\\x41{{}}", true, true)).isEqualTo("\\x41{}");
    assertThat(Literals.bytes("\\x41\\777\\N{x}", false))
        .isEqualTo(new byte[] {0x41, (byte) 0xff, '\\', 'N', '{', 'x', '}'});
    assertThatThrownBy(() -> Literals.bytes("\u00e9", false))
        .hasMessage("bytes can only contain ASCII literal characters");
  }

  /** Escaped surrogates Java would pair stay two code points, as in Python. */
  @Test
  void escapedSurrogatesStayApart() throws Exception {
    ConstantValue.Str s = Literals.strConstant("a\\ud83d\\ude00\ud83d\ude00", false, false);
    assertThat(s.value()).isEqualTo("a\ud83d\ude00\ud83d\ude00");
    assertThat(s.codePoints()).containsExactly('a', 0xd83d, 0xde00, 0x1f600);
    assertThat(PyRepr.constant(s)).isEqualTo("'a\\ud83d\\ude00\ud83d\ude00'");
    // A surrogate that pairs with nothing needs no code points.
    assertThat(Literals.strConstant("\\udc80x", false, false).codePoints()).isNull();
    ConstantValue.Str joined =
        ConstantValue.Str.concat(
            List.of(Literals.strConstant("x\\ud800", false, false),
                Literals.strConstant("\\udc00", false, false)));
    assertThat(PyRepr.constant(joined)).isEqualTo("'x\\ud800\\udc00'");
    assertThat(ConstantValue.Str.concat(List.of(new ConstantValue.Str("a"), new ConstantValue.Str("b"))))
        .isEqualTo(new ConstantValue.Str("ab"));
  }

  private static final String[] STR_BODIES = {
    "", "abc", "\\x41", "\\x4", "\\x", "\\xzz", "\\x4\u00e9", "\\u12", "\\u00e9", "\\U0001F600",
    "\\U00110000", "\\UFFFFFFFF", "\\U1234", "\\N{DIGIT ONE}", "\\N{digit one}",
    "\\N{ DIGIT ONE}", "\\N{DIGIT ONE }", "\\N{DIGIT  ONE}", "\\N{}", "\\N", "\\Nx", "\\N{",
    "abc\\N{LATIN", "\\N{LF}", "\\N{NULL}", "\\N{null}", "\\N{LINE FEED}", "\\N{LINE FEED (LF)}",
    "\\N{BYTE ORDER MARK}", "\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}",
    "\\N{CJK UNIFIED IDEOGRAPH-4E00}", "\\N{cjk unified ideograph-4E00}",
    "\\N{CJK UNIFIED IDEOGRAPH-4e00}", "\\N{CJK UNIFIED IDEOGRAPH-2EE5D}",
    "\\N{CJK UNIFIED IDEOGRAPH-2EE5E}", "\\N{CJK UNIFIED IDEOGRAPH-04E00}",
    "\\N{CJK COMPATIBILITY IDEOGRAPH-F900}", "\\N{HANGUL SYLLABLE GA}",
    "\\N{hangul syllable GAG}", "\\N{HANGUL SYLLABLE ga}", "\\N{HANGUL SYLLABLE A}",
    "\\N{HANGUL SYLLABLE GGAG}", "\\N{HANGUL SYLLABLE }", "\\N{TANGUT IDEOGRAPH-17000}",
    "\\N{NUSHU CHARACTER-1B170}", "\\N{BASIC LATIN 41}", "\\N{GARAY VOWEL SIGN A}",
    "\\N{GRINNING FACE}", "\\N{grinning face}", "\\N{\u00e9}", "\u00e9\\N{foo}", "\u00e9\\x4",
    "\ud83d\ude00\\x4", "\\\u00e9\\x4", "\\\u00e9", "a\\\nb", "a\\\r\nb", "a\\\rb", "a\r\nb",
    "a\rb", "a\r\n\\x4", "\\\r\n\\x4", "\\q", "\\8", "\\9", "\\0", "\\00", "\\000", "\\0000",
    "\\400", "\\777", "\\1234", "\\udc80", "\\ud800x", "\\'", "\\\"", "\\\\", "\\\\\u00e9\\x4",
    "\\a\\b\\f\\n\\r\\t\\v", "x\\U0010FFFF", "\\u{41}", "\\x4g", "\\ud83d\\ude00",
    "a\\ud800\\udc00b'", "\\ud800\ud83d\ude00", "\\udc00\\ud800", "\ud83d\ude00\\udc00",
    "\\U0000d800\\U0000dc00", "\\ud800\\U00010000",
  };

  private static final String[] FSTRING_BODIES = {
    "a{{b}}c", "\\x7b{{", "\\{{x", "a{{\\x4", "a{{b\\x4", "a}}b\\N{foo}", "\\N{DIGIT ONE}{{",
    "{{", "}}", "\u00e9{{\u00e9\\x4",
  };

  private static final String[] BYTES_BODIES = {
    "", "\\x41", "\\x4", "ab\\x4", "a\\q\\x4", "\\xz", "\\x", "\u00e9", "a\u20ac", "\\777",
    "\\400", "\\0", "\\N{DIGIT ONE}", "\\u1234", "a\r\n\\xz", "a\\\r\nb", "a\r\nb", "\\'",
    "\\a\\b\\f\\n\\r\\t\\v\\\\", "\\8", "\\xfF", "a\\\rb", "\\\r\\x4",
  };

  /** Each body is decoded by CPython (as a whole literal) and by us; values or errors match. */
  @Test
  void literalBodiesMatchPython() {
    Python313.require();
    List<String[]> cases = new ArrayList<>();
    for (String b : STR_BODIES) {
      cases.add(new String[] {"", b});
      cases.add(new String[] {"r", b});
    }
    for (String b : FSTRING_BODIES) {
      cases.add(new String[] {"f", b});
      if (!b.contains("\\N{")) { // in a raw f-string, {...} would be a replacement field
        cases.add(new String[] {"rf", b});
      }
    }
    for (String b : BYTES_BODIES) {
      cases.add(new String[] {"b", b});
      cases.add(new String[] {"rb", b});
    }
    StringBuilder in = new StringBuilder();
    for (String[] c : cases) {
      in.append(c[0]).append('\t').append(escape(c[1])).append('\n');
    }
    String script =
        "import sys, ast, json\n"
            + "for line in sys.stdin:\n"
            + "    prefix, body = line.rstrip('\\n').split('\\t')\n"
            + "    body = json.loads(body)\n"
            + "    q = '\"\"\"' if ('\\n' in body or '\\r' in body) else '\"'\n"
            + "    try:\n"
            + "        v = ast.parse(prefix + q + body + q, mode='eval').body\n"
            + "        if isinstance(v, ast.JoinedStr):\n"
            + "            v = ''.join(x.value for x in v.values)\n"
            + "        else:\n"
            + "            v = v.value\n"
            + "        print('ok', ascii(v))\n"
            + "    except SyntaxError as e:\n"
            + "        print('error', ascii(e.msg))\n";
    String[] lines = Python313.run(script, in.toString()).split("\n");
    assertThat(lines).hasSize(cases.size());
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      String prefix = cases.get(i)[0];
      String body = cases.get(i)[1];
      String ours;
      try {
        boolean raw = prefix.contains("r");
        if (prefix.contains("b")) {
          ours = "ok " + ascii(PyRepr.bytes(Literals.bytes(body, raw)));
        } else {
          ours = "ok " + ascii(PyRepr.constant(Literals.strConstant(body, raw, prefix.contains("f"))));
        }
      } catch (LiteralException e) {
        ours = "error " + ascii(PyRepr.str(e.getMessage()));
      }
      if (!ours.equals(lines[i])) {
        mismatches.add(prefix + "'" + escape(body) + "': ours " + ours + ", python " + lines[i]);
      }
    }
    assertThat(mismatches).as("of %d literals", cases.size()).isEmpty();
  }

  /** Every name CPython gives a code point, every name Java knows, aliases and case variants. */
  @Test
  void unicodeNamesMatchPython() {
    Python313.require();
    StringBuilder names = new StringBuilder();
    for (int cp = 0; cp < 0x110000; cp++) {
      Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
      String name = Character.getName(cp);
      // Java's stand-in names for unnamed code points: one per block is enough.
      boolean standIn =
          block != null && (cp == 0 || Character.UnicodeBlock.of(cp - 1) == block) && name != null
              && name.endsWith(" " + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT));
      if (name != null && !standIn) {
        names.append(name).append('\n');
        if (cp % 97 == 0) {
          names.append(name.toLowerCase(java.util.Locale.ROOT)).append('\n');
          names.append(' ').append(name).append('\n');
        }
      }
    }
    String script =
        "import sys, codecs, unicodedata\n"
            + "names = [l.rstrip('\\n') for l in sys.stdin]\n"
            + "names += [unicodedata.name(chr(c), '') for c in range(0x110000)]\n"
            + "names += ['HANGUL SYLLABLE ' + x for x in ('GAG', 'ga', 'GGAG', '', 'A', 'GAX')]\n"
            + "names += ['hangul syllable GA', 'cjk unified ideograph-4E00', 'EM', 'em', 'NUL',\n"
            + "    'SUNDANESE LETTER ARCHAIC I', 'ARABIC SMALL HIGH LIGATURE ALEF WITH YEH BARREE',\n"
            + "    'lf', 'byte order mark', 'VS256', 'vs17', 'LINE FEED (LF)', 'SP', 'ZWNBSP']\n"
            + "out = []\n"
            + "for n in names:\n"
            + "    if not n: continue\n"
            + "    try:\n"
            + "        v = codecs.decode(b'\\\\N{' + n.encode() + b'}', 'unicode_escape')\n"
            + "        out.append('%s\\t%d' % (n, ord(v)))\n"
            + "    except UnicodeDecodeError:\n"
            + "        out.append('%s\\t-1' % n)\n"
            + "sys.stdout.write('\\n'.join(out) + '\\n')\n";
    String[] lines = Python313.run(script, names.toString()).split("\n");
    List<String> mismatches = new ArrayList<>();
    int accepted = 0;
    for (String line : lines) {
      int tab = line.lastIndexOf('\t');
      String name = line.substring(0, tab);
      int expected = Integer.parseInt(line.substring(tab + 1));
      int ours = UnicodeNames.lookup(name, 0, name.length());
      if (expected >= 0) {
        accepted++;
      }
      if (ours != expected && mismatches.size() < 20) {
        mismatches.add(name + ": ours " + ours + ", python " + expected);
      }
    }
    assertThat(accepted).isGreaterThan(140_000);
    assertThat(mismatches).as("of %d names", lines.length).isEmpty();
  }

  /** Random number literals: same kind and same value (floats bit for bit). */
  @Test
  void randomNumbersMatchPython() {
    Python313.require();
    SplittableRandom r = new SplittableRandom(3);
    List<String> literals = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      literals.add(randomNumber(r));
    }
    literals.addAll(
        List.of("0", "00", "0_0", "0x_ff", "0XAb_c", "0o777", "0O1_7", "0b1010", "0B_1", "1.",
            ".5", "1_000.5e-3", "1e400", "1e-400", "0e0", "1.e5", "1j", "1.5J", "1e3j", "1_0J",
            ".5j", "1e400j", "9".repeat(19), "9".repeat(30), "9007199254740993",
            "9007199254740993.0", "2.4703282292062327e-324", "2.4703282292062328e-324",
            "0.30000000000000004", "1" + "0".repeat(4299), "1" + "0".repeat(4300),
            "1_" + "0".repeat(4300), "0".repeat(5000), "0x" + "f".repeat(5000),
            "0b" + "1".repeat(300), "0o" + "7".repeat(300), "1" + "0".repeat(400) + ".0",
            "0." + "0".repeat(400) + "1"));
    String script =
        "import sys, ast, struct\n"
            + "def bits(x): return struct.unpack('<q', struct.pack('<d', x))[0]\n"
            + "for line in sys.stdin:\n"
            + "    try:\n"
            + "        v = ast.parse(line.strip(), mode='eval').body.value\n"
            + "    except SyntaxError as e:\n"
            + "        print('error', e.msg); continue\n"
            + "    if isinstance(v, int): print('int', hex(v))\n"
            + "    elif isinstance(v, float): print('float', bits(v))\n"
            + "    else: print('complex', bits(v.imag))\n";
    String[] lines = Python313.run(script, String.join("\n", literals) + "\n").split("\n");
    assertThat(lines).hasSize(literals.size());
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < literals.size(); i++) {
      String ours;
      try {
        ours =
            switch (Literals.number(literals.get(i))) {
              case ConstantValue.Int n -> "int 0x" + n.value().toString(16);
              case ConstantValue.Float f -> "float " + Double.doubleToRawLongBits(f.value());
              case ConstantValue.Complex c -> "complex " + Double.doubleToRawLongBits(c.imag());
              default -> "unexpected";
            };
      } catch (LiteralException e) {
        ours = "error " + e.getMessage();
      }
      if (!ours.equals(lines[i]) && mismatches.size() < 20) {
        String lit = literals.get(i);
        mismatches.add(
            (lit.length() > 60 ? lit.substring(0, 60) + "..." : lit) + ": ours " + ours
                + ", python " + lines[i]);
      }
    }
    assertThat(mismatches).as("of %d number literals", literals.size()).isEmpty();
  }

  private static String randomNumber(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int kind = r.nextInt(6);
    switch (kind) {
      case 0 -> sb.append("0x").append(digits(r, "0123456789abcdefABCDEF", r.nextInt(1, 40)));
      case 1 -> sb.append("0o").append(digits(r, "01234567", r.nextInt(1, 40)));
      case 2 -> sb.append("0b").append(digits(r, "01", r.nextInt(1, 80)));
      case 3 -> sb.append(r.nextInt(1, 10)).append(digits(r, "0123456789", r.nextInt(0, 40)));
      default -> {
        if (r.nextBoolean()) {
          sb.append(r.nextInt(1, 10)).append(digits(r, "0123456789", r.nextInt(0, 25)));
        }
        sb.append('.');
        sb.append(digits(r, "0123456789", r.nextInt(sb.length() == 1 ? 1 : 0, 25)));
        if (r.nextBoolean()) {
          sb.append(r.nextBoolean() ? 'e' : 'E');
          if (r.nextBoolean()) {
            sb.append(r.nextBoolean() ? '-' : '+');
          }
          sb.append(r.nextInt(0, 400));
        }
        if (r.nextInt(4) == 0) {
          sb.append(r.nextBoolean() ? 'j' : 'J');
        }
      }
    }
    return sb.toString();
  }

  /** Random digits, with a single underscore between some of them. */
  private static String digits(SplittableRandom r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0 && r.nextInt(8) == 0) {
        sb.append('_');
      }
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** JSON string escaping (lone surrogates kept as escapes). */
  private static String escape(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c >= 0x7f) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /** Python's ascii() of a repr: non-ASCII as escapes. */
  private static String ascii(String repr) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < repr.length(); ) {
      int cp = repr.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        sb.append((char) cp);
      } else if (cp <= 0xff) {
        sb.append(String.format("\\x%02x", cp));
      } else if (cp <= 0xffff) {
        sb.append(String.format("\\u%04x", cp));
      } else {
        sb.append(String.format("\\U%08x", cp));
      }
    }
    return sb.toString();
  }
}
