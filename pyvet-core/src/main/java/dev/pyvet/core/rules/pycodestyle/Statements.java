package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.Chars;
import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.logical.PyToken;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** pycodestyle's statement analyses: E402, E7xx. */
final class Statements {
  private Statements() {}

  private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
  private static final Pattern DUNDER = Pattern.compile("^__([^\\s]+)__(?::\\s*[a-zA-Z.0-9_\\[\\]\"]+)? = ", FLAGS);
  private static final Pattern LAMBDA = Pattern.compile("\\blambda\\b", FLAGS);
  static final Pattern INDENT_STATEMENT = Pattern.compile(
      "^\\s*(def|async\\s+def|for|async\\s+for|if|elif|else|try|except|finally|with|async\\s+with|class|while)\\b",
      FLAGS);
  static final Pattern SINGLETON = Pattern.compile(
      "(?:(\\bNone|\\bFalse|\\bTrue)\\s*([=!]=)\\s*\\b|\\s*([=!]=)\\s*(None|False|True)\\b)", FLAGS);
  static final Pattern NEGATIVE =
      Pattern.compile("\\b(?<!is\\s)(not)\\s+[^\\]\\[)(}{ ]+\\s+(in|is)\\s", FLAGS);
  private static final Pattern TYPE = Pattern.compile(
      "[=!]=\\s+type(?:\\s*\\(\\s*([^)]*[^\\s)])\\s*\\))|(?<!\\.)\\btype(?:\\s*\\(\\s*([^)]*[^\\s)])\\s*\\))\\s+[=!]=",
      FLAGS);
  private static final Pattern BARE_EXCEPT = Pattern.compile("except\\s*:", FLAGS);

  private static final String SEEN_NON_IMPORTS = "seen_non_imports";
  private static final String SEEN_DOCSTRING = "seen_docstring";

  private static boolean isStringLiteral(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char first = line.charAt(0);
    if ("uUbBrR".indexOf(first) >= 0) {
      first = line.length() > 1 ? line.charAt(1) : 0;
    }
    return first == '"' || first == '\'';
  }

  /** E402, with pycodestyle's per-file state. */
  static final Analysis IMPORTS_ON_TOP = Statements::importsOnTop;

  static void importsOnTop(LogicalLine line, Hits hits) {
    String s = line.text();
    if (line.context().indentLevel() != 0 || s.isEmpty() || line.noqa()) {
      return;
    }
    Map<String, Boolean> state = line.context().state(Statements.class, HashMap::new);
    if (s.startsWith("import ") || s.startsWith("from ") || s.startsWith("lazy import ")
        || s.startsWith("lazy from ")) {
      if (state.getOrDefault(SEEN_NON_IMPORTS, false)) {
        hits.at(0, "E402 module level import not at top of file");
      }
    } else if (!state.getOrDefault(SEEN_NON_IMPORTS, false)) {
      if (s.startsWith("__") && DUNDER.matcher(s).lookingAt()) {
        return;
      }
      for (String kw : new String[] {"try", "except", "else", "finally", "with", "if", "elif"}) {
        if (s.startsWith(kw)) {
          return;
        }
      }
      if (isStringLiteral(s)) {
        if (state.getOrDefault(SEEN_DOCSTRING, false)) {
          state.put(SEEN_NON_IMPORTS, true);
        } else {
          state.put(SEEN_DOCSTRING, true);
        }
      } else {
        state.put(SEEN_NON_IMPORTS, true);
      }
    }
  }

  private static boolean isIdentifier(String s) {
    if (s.isEmpty() || !(Character.isLetter(s.codePointAt(0)) || s.charAt(0) == '_')) {
      return false;
    }
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.COMBINING_SPACING_MARK || Character.getType(c) == Character.CONNECTOR_PUNCTUATION)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Whether the first char after the leading whitespace can start one of INDENT_STATEMENT's
   * keywords: annotated assignments ({@code x: int = 0}) get to that regex too, and its Unicode
   * word boundary allocates at every test.
   */
  static boolean mayStartIndentStatement(String s) {
    int first = Chars.firstNonSpace(s);
    return first < s.length() && "dafietwc".indexOf(s.charAt(first)) >= 0;
  }

  /** E701, E702, E703, E704, E731. */
  static final Analysis COMPOUND = Statements::compound;

  static void compound(LogicalLine line, Hits hits) {
    String s = line.text();
    int lastChar = s.length() - 1;
    int found = line.has(':') ? s.indexOf(':') : -1;
    int prevFound = 0;
    // the counts of { } [ ] ( ) before the colon
    int braces = 0;
    int closedBraces = 0;
    int squares = 0;
    int closedSquares = 0;
    int parens = 0;
    int closedParens = 0;
    char[] chars = null;
    int firstLambda = -1;
    while (-1 < found && found < lastChar) {
      if (chars == null) { // only lines with a colon before their end get here
        chars = line.chars();
        firstLambda = s.indexOf("lambda");
      }
      for (int i = prevFound; i < found; i++) {
        switch (chars[i]) {
          case '{' -> braces++;
          case '}' -> closedBraces++;
          case '[' -> squares++;
          case ']' -> closedSquares++;
          case '(' -> parens++;
          case ')' -> closedParens++;
          default -> { }
        }
      }
      if (braces <= closedBraces && squares <= closedSquares && parens <= closedParens && chars[found + 1] != '=') {
        // the regex needs the word before the colon: skip it when the text has none there
        Matcher lambda = firstLambda < 0 || firstLambda + 6 > found ? null : LAMBDA.matcher(s).region(0, found);
        if (lambda != null && lambda.find()) {
          String before = Chars.rstrip(s.substring(0, lambda.start()));
          if (before.endsWith("=") && isIdentifier(Chars.strip(before.substring(0, before.length() - 1)))) {
            hits.at(0, "E731 do not assign a lambda expression, use a def");
          }
          break;
        }
        if (LinePrefixes.startsWithDef(s)) {
          hits.at(0, "E704 multiple statements on one line (def)");
        } else if (mayStartIndentStatement(s) && INDENT_STATEMENT.matcher(s).lookingAt()) {
          hits.at(found, "E701 multiple statements on one line (colon)");
        }
      }
      prevFound = found;
      found = s.indexOf(':', found + 1);
    }
    found = line.has(';') ? s.indexOf(';') : -1;
    while (-1 < found) {
      if (found < lastChar) {
        hits.at(found, "E702 multiple statements on one line (semicolon)");
      } else {
        hits.at(found, "E703 statement ends with a semicolon");
      }
      found = s.indexOf(';', found + 1);
    }
  }

  /**
   * Whether an {@code ==} or {@code !=} has None, True or False right before or after it, with
   * only whitespace between: what the singleton regex needs. Whitespace is skipped by {@link
   * Chars#isPySpace}, which holds every char of the regex's Unicode {@code \\s}.
   */
  static boolean hasSingletonComparison(String text) {
    int n = text.length();
    // i: the second char of an operator == or != at i - 1
    for (int i = text.indexOf('=', 1); i >= 0; i = text.indexOf('=', i + 1)) {
      char first = text.charAt(i - 1);
      if (first != '=' && first != '!') {
        continue;
      }
      int before = i - 1;
      while (before > 0 && Chars.isPySpace(text.charAt(before - 1))) {
        before--;
      }
      int after = i + 1;
      while (after < n && Chars.isPySpace(text.charAt(after))) {
        after++;
      }
      if (endsWithSingleton(text, before) || startsWithSingleton(text, after)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithSingleton(String text, int end) {
    return text.startsWith("None", end - 4) || text.startsWith("True", end - 4) || text.startsWith("False", end - 5);
  }

  private static boolean startsWithSingleton(String text, int at) {
    return text.startsWith("None", at) || text.startsWith("True", at) || text.startsWith("False", at);
  }

  /** E711, E712. */
  static final Analysis SINGLETONS = Statements::singletons;

  static void singletons(LogicalLine line, Hits hits) {
    if (line.noqa()) {
      return;
    }
    String text = line.text();
    // the regex needs an equality operator with a singleton next to it: skip it on the other
    // lines (a java.util.regex word boundary in Unicode mode allocates at every test)
    if (!line.has('=') || !hasSingletonComparison(text)) {
      return;
    }
    Matcher m = SINGLETON.matcher(text);
    while (m.find()) {
      boolean first = m.group(1) != null;
      String singleton = first ? m.group(1) : m.group(4);
      String op = first ? m.group(2) : m.group(3);
      int opStart = first ? m.start(2) : m.start(3);
      boolean same = op.equals("==");
      String msg = "'if cond is " + (same ? "" : "not ") + singleton + ":'";
      String code;
      if (singleton.equals("None")) {
        code = "E711";
      } else {
        code = "E712";
        boolean nonzero = singleton.equals("True") && same || singleton.equals("False") && !same;
        msg += " or 'if " + (nonzero ? "" : "not ") + "cond:'";
      }
      hits.at(opStart, code + " comparison to " + singleton + " should be " + msg);
    }
  }

  /**
   * Whether {@code not} occurs followed by a char that could be the regex's whitespace (anything
   * but an ASCII word char): the regex cannot match without one.
   */
  static int notBeforeSpace(String text) {
    int at = text.indexOf("not");
    while (at >= 0) {
      int next = at + 3;
      if (next < text.length() && !isAsciiWordChar(text.charAt(next))) {
        return at;
      }
      at = text.indexOf("not", next);
    }
    return -1;
  }

  private static boolean isAsciiWordChar(char c) {
    return c < 0x80 && Chars.isWordChar(c);
  }

  /**
   * Whether "in" or "is" occurs from {@code from} on between two chars that could be the
   * regex's whitespace (anything but ASCII word chars): the regex cannot match without one.
   */
  static boolean hasInOrIsBetweenSpaces(String text, int from) {
    int n = text.length();
    for (int k = Math.max(from, 1); k + 2 < n; k++) {
      if (text.charAt(k) == 'i' && (text.charAt(k + 1) == 'n' || text.charAt(k + 1) == 's')
          && !isAsciiWordChar(text.charAt(k - 1)) && !isAsciiWordChar(text.charAt(k + 2))) {
        return true;
      }
    }
    return false;
  }

  /** E713, E714. */
  static final Analysis NEGATIVE_COMPARISON = Statements::negativeComparison;

  static void negativeComparison(LogicalLine line, Hits hits) {
    if (!line.has('i')) {
      return;
    }
    // the regex needs "not", a space, a word, a space, then "in" or "is" and a space: the
    // first "not" that can start it, and an "in" or "is" at least six chars on
    int not = notBeforeSpace(line.text());
    if (not < 0 || !hasInOrIsBetweenSpaces(line.text(), not + 6)) {
      return;
    }
    Matcher m = NEGATIVE.matcher(line.text());
    if (m.find()) {
      if (m.group(2).equals("in")) {
        hits.at(m.start(1), "E713 test for membership should be 'not in'");
      } else {
        hits.at(m.start(1), "E714 test for object identity should be 'is not'");
      }
    }
  }

  /** E721. */
  static final Analysis TYPE_COMPARISON = Statements::typeComparison;

  static void typeComparison(LogicalLine line, Hits hits) {
    String text = line.text();
    if (!line.has('=') || !text.contains("type") || !(text.contains("==") || text.contains("!="))) {
      return;
    }
    Matcher m = TYPE.matcher(text);
    if (m.find() && !line.noqa()) {
      String inst = m.group(1);
      if (inst != null && isIdentifier(inst) && !Python.isSingleton(inst)) {
        return;
      }
      hits.at(m.start(), "E721 do not compare types, for exact checks use `is` / `is not`, "
          + "for instance checks use `isinstance()`");
    }
  }

  /** E722. */
  static final Analysis BARE_EXCEPT_CHECK = Statements::bareExceptCheck;

  static void bareExceptCheck(LogicalLine line, Hits hits) {
    if (line.noqa()) {
      return;
    }
    Matcher m = line.text().startsWith("except") ? BARE_EXCEPT.matcher(line.text()) : null;
    if (m != null && m.lookingAt()) {
      hits.at(m.start(), "E722 do not use bare 'except'");
    }
  }

  // What a token's text is to the E741 check (Python's `in` on strings is a substring test).
  private static final int T_DEF = 1;
  private static final int T_LAMBDA = 1 << 1;
  /** as, for, global, nonlocal: a name bound right after. */
  private static final int T_BINDS_NEXT = 1 << 2;
  private static final int T_CLASS = 1 << 3;
  /** lambda , * ** ( : a parameter may follow. */
  private static final int T_BEFORE_PARAMETER = 1 << 4;
  /** in '([{' */
  private static final int T_OPENS = 1 << 5;
  /** in ')]}' */
  private static final int T_CLOSES = 1 << 6;
  private static final int T_COLON = 1 << 7;
  private static final int T_WALRUS = 1 << 8;
  private static final int T_EQUAL = 1 << 9;
  /** l, O, I */
  private static final int T_AVOIDED = 1 << 10;
  /** in ':,=)' */
  private static final int T_ENDS_PARAMETER = 1 << 11;

  private static int ambiguityFlags(String text) {
    return switch (text) {
      case "def" -> T_DEF;
      case "lambda" -> T_LAMBDA | T_BEFORE_PARAMETER;
      case "as", "for", "global", "nonlocal" -> T_BINDS_NEXT;
      case "class" -> T_CLASS;
      case "," -> T_BEFORE_PARAMETER | T_ENDS_PARAMETER;
      case "*", "**" -> T_BEFORE_PARAMETER;
      case "(" -> T_BEFORE_PARAMETER | T_OPENS;
      case "" -> T_OPENS | T_CLOSES | T_ENDS_PARAMETER;
      case "[", "{", "([", "[{", "([{" -> T_OPENS;
      case ")" -> T_CLOSES | T_ENDS_PARAMETER;
      case "]", "}", ")]", "]}", ")]}" -> T_CLOSES;
      case ":" -> T_COLON | T_ENDS_PARAMETER;
      case ":=" -> T_WALRUS;
      case "=" -> T_EQUAL | T_ENDS_PARAMETER;
      case "l", "O", "I" -> T_AVOIDED;
      case ":,", ",=", "=)", ":,=", ",=)", ":,=)" -> T_ENDS_PARAMETER;
      default -> 0;
    };
  }

  private static boolean hasAvoidedName(PyToken[] tokens) {
    for (PyToken t : tokens) {
      String s = t.string();
      if (s.length() == 1) {
        char c = s.charAt(0);
        if (c == 'l' || c == 'O' || c == 'I') {
          return true;
        }
      }
    }
    return false;
  }

  /** E741, E742, E743. */
  static final Analysis AMBIGUOUS = Statements::ambiguous;

  static void ambiguous(LogicalLine line, Hits hits) {
    if (!line.has('l') && !line.has('O') && !line.has('I')) {
      return; // a name l, O or I is in the text as it is
    }
    PyToken[] tokens = line.tokenArray();
    int n = tokens.length;
    if (!hasAvoidedName(tokens)) {
      return; // every finding names a token l, O or I
    }
    boolean inFunction = false; // pycodestyle's func_depth is not None
    int funcDepth = 0;
    boolean seenColon = false;
    int braceDepth = 0;
    String prevText = tokens[0].string();
    int prevFlags = ambiguityFlags(prevText);
    int prevRow = tokens[0].startRow();
    int prevCol = tokens[0].startCol();
    int flags = n > 1 ? ambiguityFlags(tokens[1].string()) : 0;
    for (int index = 1; index < n; index++) {
      PyToken t = tokens[index];
      String text = t.string();
      int nextFlags = index + 1 < n ? ambiguityFlags(tokens[index + 1].string()) : 0;
      String ident = null;
      int posRow = 0;
      int posCol = 0;
      if ((prevFlags & (T_DEF | T_LAMBDA)) != 0) {
        inFunction = true;
        funcDepth = braceDepth;
        seenColon = false;
      } else if (inFunction && (flags & T_COLON) != 0 && braceDepth == funcDepth) {
        seenColon = true;
      }
      if ((flags & T_OPENS) != 0) {
        braceDepth++;
      } else if ((flags & T_CLOSES) != 0) {
        braceDepth--;
      }
      if ((flags & T_WALRUS) != 0 || (flags & T_EQUAL) != 0 && braceDepth == 0) {
        if ((prevFlags & T_AVOIDED) != 0) {
          ident = prevText;
          posRow = prevRow;
          posCol = prevCol;
        }
      }
      if ((prevFlags & T_BINDS_NEXT) != 0 && (flags & T_AVOIDED) != 0) {
        ident = text;
        posRow = t.startRow();
        posCol = t.startCol();
      }
      if (inFunction && !seenColon && index < n - 1 && (nextFlags & T_ENDS_PARAMETER) != 0
          && (prevFlags & T_BEFORE_PARAMETER) != 0 && (flags & T_AVOIDED) != 0) {
        ident = text;
        posRow = t.startRow();
        posCol = t.startCol();
      }
      if ((prevFlags & T_CLASS) != 0 && (flags & T_AVOIDED) != 0) {
        hits.atPosition(t.startRow(), t.startCol(), "E742 ambiguous class definition '" + text + "'");
      }
      if ((prevFlags & T_DEF) != 0 && (flags & T_AVOIDED) != 0) {
        hits.atPosition(t.startRow(), t.startCol(), "E743 ambiguous function definition '" + text + "'");
      }
      if (ident != null) {
        hits.atPosition(posRow, posCol, "E741 ambiguous variable name '" + ident + "'");
      }
      prevText = text;
      prevFlags = flags;
      flags = nextFlags;
      prevRow = t.startRow();
      prevCol = t.startCol();
    }
  }
}
