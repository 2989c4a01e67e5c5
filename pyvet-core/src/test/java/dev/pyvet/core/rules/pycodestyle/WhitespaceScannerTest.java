package dev.pyvet.core.rules.pycodestyle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scanners against pycodestyle's regular expressions (run with java.util.regex,
 * which matches Python's re on these ASCII patterns) on random lines built from the chars that
 * matter to them.
 */
class WhitespaceScannerTest {
  private static final String KEYWORDS = String.join("|", "and", "as", "assert", "async", "await", "break",
      "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
      "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
      "with", "yield", "print");
  private static final Pattern KEYWORD = Pattern.compile("(\\s*)\\b(?:" + KEYWORDS + ")\\b(\\s*)");
  private static final Pattern OPERATOR = Pattern.compile("(?:[^,\\s])(\\s*)(?:[-+*/|!<=>%&^]+|:=)(\\s*)");
  private static final Pattern EXTRANEOUS = Pattern.compile("[\\[({][ \\t]|[ \\t][\\]}),;:](?!=)");
  private static final Pattern AFTER_COMMA = Pattern.compile("[,;:]\\s*(?:  |\\t)");

  private static final String[] PIECES = {" ", "  ", "\t", "x", "in", "is", "not", "and", "as", "assert",
      "print", "None", "=", "==", "-", "+=", ":=", ":", ",", ";", "(", ")", "[", "]", "{", "}", "%", "**",
      "_", "1", "ifx", "or"};

  private static String randomLine(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  private static List<String> show(List<Hit> hits) {
    List<String> out = new ArrayList<>();
    for (Hit h : hits) {
      out.add(h.offset() + " " + h.code() + " " + h.message());
    }
    return out;
  }

  private static List<String> byRegex(Pattern p, String s, String tab1, String multi1, String tab2, String multi2) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(s);
    while (m.find()) {
      String before = m.group(1);
      String after = m.group(2);
      if (before.contains("\t")) {
        out.add(m.start(1) + " " + tab1);
      } else if (before.length() > 1) {
        out.add(m.start(1) + " " + multi1);
      }
      if (after.contains("\t")) {
        out.add(m.start(2) + " " + tab2);
      } else if (after.length() > 1) {
        out.add(m.start(2) + " " + multi2);
      }
    }
    return out;
  }

  @Test
  void scannersFindWhatPycodestylesRegexesFind() {
    Random r = new Random(20261121);
    for (int i = 0; i < 200_000; i++) {
      String s = randomLine(r);
      assertThat(show(Whitespace.aroundKeywords(s))).as("keywords in [%s]", s).isEqualTo(byRegex(KEYWORD, s,
          "E274 tab before keyword", "E272 multiple spaces before keyword",
          "E273 tab after keyword", "E271 multiple spaces after keyword"));
      assertThat(show(Whitespace.aroundOperator(s))).as("operators in [%s]", s).isEqualTo(byRegex(OPERATOR, s,
          "E223 tab before operator", "E221 multiple spaces before operator",
          "E224 tab after operator", "E222 multiple spaces after operator"));

      List<String> extraneous = new ArrayList<>();
      Matcher m = EXTRANEOUS.matcher(s);
      while (m.find()) {
        String text = m.group();
        char c = text.strip().charAt(0);
        int found = m.start();
        if (Character.isWhitespace(text.charAt(text.length() - 1))) {
          extraneous.add((found + 1) + " E201 whitespace after '" + c + "'");
        } else if (s.charAt(found - 1 < 0 ? s.length() - 1 : found - 1) != ',') {
          extraneous.add(found + " " + ("}])".indexOf(c) >= 0 ? "E202" : "E203") + " whitespace before '" + c + "'");
        }
      }
      List<String> scanned = show(Whitespace.extraneous(s));
      scanned.removeIf(h -> h.contains("E204"));
      assertThat(scanned).as("extraneous in [%s]", s).isEqualTo(extraneous);

      List<String> commas = new ArrayList<>();
      m = AFTER_COMMA.matcher(s);
      while (m.find()) {
        commas.add((m.start() + 1) + " " + (m.group().contains("\t") ? "E242 tab" : "E241 multiple spaces")
            + " after '" + m.group().charAt(0) + "'");
      }
      assertThat(show(Whitespace.aroundComma(s))).as("commas in [%s]", s).isEqualTo(commas);
    }
  }
}
