package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.Chars;
import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.logical.PyToken;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** pycodestyle's statement analyses: E402, E7xx. */
final class Statements {
  private Statements() {}

  private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
  private static final Pattern DUNDER = Pattern.compile("^__([^\\s]+)__(?::\\s*[a-zA-Z.0-9_\\[\\]\"]+)? = ", FLAGS);
  private static final Pattern LAMBDA = Pattern.compile("\\blambda\\b", FLAGS);
  private static final Pattern DEF = Pattern.compile("^(async\\s+def|def)\\b", FLAGS);
  private static final Pattern INDENT_STATEMENT = Pattern.compile(
      "^\\s*(def|async\\s+def|for|async\\s+for|if|elif|else|try|except|finally|with|async\\s+with|class|while)\\b",
      FLAGS);
  private static final Pattern SINGLETON = Pattern.compile(
      "(?:(\\bNone|\\bFalse|\\bTrue)\\s*([=!]=)\\s*\\b|\\s*([=!]=)\\s*(None|False|True)\\b)", FLAGS);
  private static final Pattern NEGATIVE =
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
  static final Function<LogicalLine, List<Hit>> IMPORTS_ON_TOP = line -> {
    List<Hit> hits = new ArrayList<>();
    String s = line.text();
    if (line.context().indentLevel() != 0 || s.isEmpty() || line.noqa()) {
      return hits;
    }
    Map<String, Boolean> state = line.context().state(Statements.class, HashMap::new);
    if (s.startsWith("import ") || s.startsWith("from ") || s.startsWith("lazy import ")
        || s.startsWith("lazy from ")) {
      if (state.getOrDefault(SEEN_NON_IMPORTS, false)) {
        hits.add(Hit.at(0, "E402 module level import not at top of file"));
      }
    } else if (!state.getOrDefault(SEEN_NON_IMPORTS, false)) {
      if (DUNDER.matcher(s).lookingAt()) {
        return hits;
      }
      for (String kw : new String[] {"try", "except", "else", "finally", "with", "if", "elif"}) {
        if (s.startsWith(kw)) {
          return hits;
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
    return hits;
  };

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

  /** E701, E702, E703, E704, E731. */
  static final Function<LogicalLine, List<Hit>> COMPOUND = line -> {
    List<Hit> hits = new ArrayList<>();
    String s = line.text();
    int lastChar = s.length() - 1;
    int found = s.indexOf(':');
    int prevFound = 0;
    int[] counts = new int[6]; // { } [ ] ( )
    while (-1 < found && found < lastChar) {
      for (int i = prevFound; i < found; i++) {
        int k = "{}[]()".indexOf(s.charAt(i));
        if (k >= 0) {
          counts[k]++;
        }
      }
      if (counts[0] <= counts[1] && counts[2] <= counts[3] && counts[4] <= counts[5] && s.charAt(found + 1) != '=') {
        Matcher lambda = LAMBDA.matcher(s).region(0, found);
        if (lambda.find()) {
          String before = Chars.rstrip(s.substring(0, lambda.start()));
          if (before.endsWith("=") && isIdentifier(Chars.strip(before.substring(0, before.length() - 1)))) {
            hits.add(Hit.at(0, "E731 do not assign a lambda expression, use a def"));
          }
          break;
        }
        if (DEF.matcher(s).lookingAt()) {
          hits.add(Hit.at(0, "E704 multiple statements on one line (def)"));
        } else if (INDENT_STATEMENT.matcher(s).lookingAt()) {
          hits.add(Hit.at(found, "E701 multiple statements on one line (colon)"));
        }
      }
      prevFound = found;
      found = s.indexOf(':', found + 1);
    }
    found = s.indexOf(';');
    while (-1 < found) {
      if (found < lastChar) {
        hits.add(Hit.at(found, "E702 multiple statements on one line (semicolon)"));
      } else {
        hits.add(Hit.at(found, "E703 statement ends with a semicolon"));
      }
      found = s.indexOf(';', found + 1);
    }
    return hits;
  };

  /** E711, E712. */
  static final Function<LogicalLine, List<Hit>> SINGLETONS = line -> {
    List<Hit> hits = new ArrayList<>();
    if (line.noqa()) {
      return hits;
    }
    String text = line.text();
    // the regex needs an equality operator and a singleton: skip it on the other lines
    if (text.indexOf("=") < 0 || !(text.contains("None") || text.contains("True") || text.contains("False"))) {
      return hits;
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
      hits.add(Hit.at(opStart, code + " comparison to " + singleton + " should be " + msg));
    }
    return hits;
  };

  /** E713, E714. */
  static final Function<LogicalLine, List<Hit>> NEGATIVE_COMPARISON = line -> {
    List<Hit> hits = new ArrayList<>();
    if (!line.text().contains("not")) {
      return hits;
    }
    Matcher m = NEGATIVE.matcher(line.text());
    if (m.find()) {
      if (m.group(2).equals("in")) {
        hits.add(Hit.at(m.start(1), "E713 test for membership should be 'not in'"));
      } else {
        hits.add(Hit.at(m.start(1), "E714 test for object identity should be 'is not'"));
      }
    }
    return hits;
  };

  /** E721. */
  static final Function<LogicalLine, List<Hit>> TYPE_COMPARISON = line -> {
    List<Hit> hits = new ArrayList<>();
    String text = line.text();
    if (!text.contains("type") || !(text.contains("==") || text.contains("!="))) {
      return hits;
    }
    Matcher m = TYPE.matcher(text);
    if (m.find() && !line.noqa()) {
      String inst = m.group(1);
      if (inst != null && isIdentifier(inst) && !Python.SINGLETONS.contains(inst)) {
        return hits;
      }
      hits.add(Hit.at(m.start(), "E721 do not compare types, for exact checks use `is` / `is not`, "
          + "for instance checks use `isinstance()`"));
    }
    return hits;
  };

  /** E722. */
  static final Function<LogicalLine, List<Hit>> BARE_EXCEPT_CHECK = line -> {
    List<Hit> hits = new ArrayList<>();
    if (line.noqa()) {
      return hits;
    }
    Matcher m = BARE_EXCEPT.matcher(line.text());
    if (m.lookingAt()) {
      hits.add(Hit.at(m.start(), "E722 do not use bare 'except'"));
    }
    return hits;
  };

  private static boolean avoided(String s) {
    return s.equals("l") || s.equals("O") || s.equals("I");
  }

  /** E741, E742, E743. */
  static final Function<LogicalLine, List<Hit>> AMBIGUOUS = line -> {
    List<Hit> hits = new ArrayList<>();
    List<PyToken> tokens = line.tokens();
    Integer funcDepth = null;
    boolean seenColon = false;
    int braceDepth = 0;
    String prevText = tokens.get(0).string();
    int prevRow = tokens.get(0).startRow();
    int prevCol = tokens.get(0).startCol();
    for (int index = 1; index < tokens.size(); index++) {
      PyToken t = tokens.get(index);
      String text = t.string();
      String ident = null;
      int posRow = 0;
      int posCol = 0;
      if (prevText.equals("def") || prevText.equals("lambda")) {
        funcDepth = braceDepth;
        seenColon = false;
      } else if (funcDepth != null && text.equals(":") && braceDepth == funcDepth) {
        seenColon = true;
      }
      if ("([{".contains(text)) {
        braceDepth++;
      } else if (")]}".contains(text)) {
        braceDepth--;
      }
      if (text.equals(":=") || text.equals("=") && braceDepth == 0) {
        if (avoided(prevText)) {
          ident = prevText;
          posRow = prevRow;
          posCol = prevCol;
        }
      }
      if (prevText.equals("as") || prevText.equals("for") || prevText.equals("global") || prevText.equals("nonlocal")) {
        if (avoided(text)) {
          ident = text;
          posRow = t.startRow();
          posCol = t.startCol();
        }
      }
      if (funcDepth != null && !seenColon && index < tokens.size() - 1
          && ":,=)".contains(tokens.get(index + 1).string())
          && (prevText.equals("lambda") || prevText.equals(",") || prevText.equals("*") || prevText.equals("**")
              || prevText.equals("("))
          && avoided(text)) {
        ident = text;
        posRow = t.startRow();
        posCol = t.startCol();
      }
      if (prevText.equals("class") && avoided(text)) {
        hits.add(Hit.atPosition(t.startRow(), t.startCol(), "E742 ambiguous class definition '" + text + "'"));
      }
      if (prevText.equals("def") && avoided(text)) {
        hits.add(Hit.atPosition(t.startRow(), t.startCol(), "E743 ambiguous function definition '" + text + "'"));
      }
      if (ident != null) {
        hits.add(Hit.atPosition(posRow, posCol, "E741 ambiguous variable name '" + ident + "'"));
      }
      prevText = text;
      prevRow = t.startRow();
      prevCol = t.startCol();
    }
    return hits;
  };
}
