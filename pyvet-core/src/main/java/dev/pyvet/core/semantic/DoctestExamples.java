package dev.pyvet.core.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples ({@code >>> } lines) of a docstring, found as Python's
 * {@code doctest.DocTestParser().get_examples} finds them, which pyflakes uses for its doctest
 * checks: same splitting, same line numbers and indents, and the same refusals (a docstring it
 * rejects yields no examples at all).
 */
final class DoctestExamples {
  private DoctestExamples() {}

  /**
   * One example.
   *
   * @param source its source lines without prompts, ending with a newline
   * @param lineno the 0-based line of its first prompt within the docstring
   * @param indent the indentation of its prompt
   */
  record Example(String source, int lineno, int indent) {}

  /** Thrown where doctest raises ValueError: a malformed example. */
  static final class Malformed extends Exception {
    Malformed() {
      super(null, null, false, false);
    }
  }

  // A prompt line and its continuation lines, then the expected output: every following line
  // that is neither blank nor a prompt. UNIX_LINES: only \n ends a line, as in Python's re.
  private static final Pattern EXAMPLE = Pattern.compile(
      "(?<source>(?:^(?<indent>[ ]*)>>>.*)(?:\\n[ ]*\\.\\.\\..*)*)\\n?"
          + "(?<want>(?:(?![ ]*$)(?![ ]*>>>).+$\\n?)*)",
      Pattern.MULTILINE | Pattern.UNIX_LINES);
  private static final Pattern INDENT = Pattern.compile(
      "^([ ]*)(?=\\S)", Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern OPTION_DIRECTIVE = Pattern.compile(
      "#\\s*doctest:\\s*([^\\n'\"]*)$",
      Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern BLANK_OR_COMMENT =
      Pattern.compile("[ ]*(#.*)?\\n?", Pattern.UNIX_LINES);
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Set<String> OPTION_FLAGS = Set.of(
      "DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE", "NORMALIZE_WHITESPACE", "ELLIPSIS",
      "SKIP", "IGNORE_EXCEPTION_DETAIL", "REPORT_UDIFF", "REPORT_CDIFF", "REPORT_NDIFF",
      "REPORT_ONLY_FIRST_FAILURE", "FAIL_FAST");

  /** The examples of {@code docstring}. */
  static List<Example> of(String docstring) throws Malformed {
    String string = expandTabs(docstring);
    int minIndent = minIndent(string);
    if (minIndent > 0) {
      String[] lines = string.split("\n", -1);
      StringBuilder sb = new StringBuilder(string.length());
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          sb.append('\n');
        }
        sb.append(lines[i], Math.min(minIndent, lines[i].length()), lines[i].length());
      }
      string = sb.toString();
    }
    List<Example> out = new ArrayList<>();
    int charno = 0;
    int lineno = 0;
    Matcher m = EXAMPLE.matcher(string);
    while (m.find()) {
      lineno += count(string, charno, m.start());
      int indent = m.group("indent").length();
      String source = parseExample(m, indent);
      if (!isBlankOrComment(source)) {
        out.add(new Example(source.endsWith("\n") ? source : source + "\n", lineno,
            minIndent + indent));
      }
      lineno += count(string, m.start(), m.end());
      charno = m.end();
    }
    return out;
  }

  private static String parseExample(Matcher m, int indent) throws Malformed {
    String[] sourceLines = m.group("source").split("\n", -1);
    for (String line : sourceLines) {
      // the prompt must be followed by a space
      if (line.length() >= indent + 4 && line.charAt(indent + 3) != ' ') {
        throw new Malformed();
      }
    }
    String continuation = " ".repeat(indent) + ".";
    for (int i = 1; i < sourceLines.length; i++) {
      if (!sourceLines[i].isEmpty() && !sourceLines[i].startsWith(continuation)) {
        throw new Malformed();
      }
    }
    StringBuilder source = new StringBuilder();
    for (int i = 0; i < sourceLines.length; i++) {
      if (i > 0) {
        source.append('\n');
      }
      String line = sourceLines[i];
      source.append(line, Math.min(indent + 4, line.length()), line.length());
    }
    List<String> wantLines = new ArrayList<>(List.of(m.group("want").split("\n", -1)));
    if (wantLines.size() > 1 && wantLines.get(wantLines.size() - 1).matches(" *")) {
      wantLines.remove(wantLines.size() - 1);
    }
    String wantIndent = " ".repeat(indent);
    for (String line : wantLines) {
      if (!line.isEmpty() && !line.startsWith(wantIndent)) {
        throw new Malformed();
      }
    }
    checkOptions(source.toString());
    return source.toString();
  }

  private static void checkOptions(String source) throws Malformed {
    boolean any = false;
    Matcher m = OPTION_DIRECTIVE.matcher(source);
    while (m.find()) {
      for (String option : SPACES.split(m.group(1).replace(',', ' ').strip())) {
        if (option.isEmpty()) {
          continue;
        }
        if ((option.charAt(0) != '+' && option.charAt(0) != '-')
            || !OPTION_FLAGS.contains(option.substring(1))) {
          throw new Malformed();
        }
        any = true;
      }
    }
    if (any && isBlankOrComment(source)) {
      throw new Malformed();
    }
  }

  private static boolean isBlankOrComment(String source) {
    return BLANK_OR_COMMENT.matcher(source).matches();
  }

  private static int minIndent(String s) {
    int min = -1;
    Matcher m = INDENT.matcher(s);
    while (m.find()) {
      int n = m.group(1).length();
      min = min < 0 ? n : Math.min(min, n);
    }
    return Math.max(min, 0);
  }

  private static int count(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** Python's {@code str.expandtabs()}: tab stops every 8 columns, counted from each line start. */
  static String expandTabs(String s) {
    if (s.indexOf('\t') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    int column = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t') {
        int spaces = 8 - column % 8;
        sb.append(" ".repeat(spaces));
        column += spaces;
      } else {
        sb.append(c);
        column = c == '\n' || c == '\r' ? 0 : column + 1;
      }
    }
    return sb.toString();
  }
}
