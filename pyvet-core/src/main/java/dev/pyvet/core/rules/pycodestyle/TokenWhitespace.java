package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.Chars;
import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.logical.PyToken;
import dev.pyvet.syntax.token.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** pycodestyle's token-based whitespace analyses. */
final class TokenWhitespace {
  private TokenWhitespace() {}

  static final Pattern STARTSWITH_DEF = Pattern.compile("^(async\\s+def|def)\\b", Pattern.UNICODE_CHARACTER_CLASS);
  static final Pattern STARTSWITH_GENERIC =
      Pattern.compile("^(async\\s+def|def|class|type)\\s+\\w+\\[", Pattern.UNICODE_CHARACTER_CLASS);

  /** E211. */
  static final Function<LogicalLine, List<Hit>> BEFORE_PARAMETERS = line -> {
    List<Hit> hits = new ArrayList<>();
    List<PyToken> tokens = line.tokens();
    PyToken prev = tokens.get(0);
    for (int i = 1; i < tokens.size(); i++) {
      PyToken t = tokens.get(i);
      String text = t.string();
      if (t.isOp() && (text.equals("(") || text.equals("["))
          && !(t.startRow() == prev.endRow() && t.startCol() == prev.endCol())
          && (prev.type() == TokenType.NAME || "}])".contains(prev.string()))
          && (i < 2 || !tokens.get(i - 2).string().equals("class"))
          && !Python.isKeyword(prev.string())
          && (prev.string().equals("type") || !Python.isSoftKeyword(prev.string()))) {
        hits.add(Hit.atPosition(prev.endRow(), prev.endCol(), "E211 whitespace before '" + text + "'"));
      }
      prev = t;
    }
    return hits;
  };

  /** E275. */
  static final Function<LogicalLine, List<Hit>> AFTER_KEYWORD = line -> {
    List<Hit> hits = new ArrayList<>();
    List<PyToken> tokens = line.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      PyToken a = tokens.get(i);
      PyToken b = tokens.get(i + 1);
      if (a.touches(b) && a.type() == TokenType.NAME && Python.isKeyword(a.string())
          && !Python.SINGLETONS.contains(a.string())
          && !(a.is("except") && b.is("*"))
          && !(a.is("yield") && b.is(")"))
          && !b.string().isEmpty() && !b.is(":") && !b.is("\n")) {
        hits.add(Hit.atPosition(a.endRow(), a.endCol(), "E275 missing whitespace after keyword"));
      }
    }
    return hits;
  };

  /** E251, E252. */
  static final Function<LogicalLine, List<Hit>> NAMED_PARAMETER_EQUALS = line -> {
    List<Hit> hits = new ArrayList<>();
    List<Character> parens = new ArrayList<>();
    boolean noSpace = false;
    boolean requireSpace = false;
    int prevRow = -1;
    int prevCol = -1;
    boolean annotated = false;
    boolean inDef = STARTSWITH_DEF.matcher(line.text()).lookingAt();
    boolean inGeneric = STARTSWITH_GENERIC.matcher(line.text()).lookingAt();
    String message = "E251 unexpected spaces around keyword / parameter equals";
    String missing = "E252 missing whitespace around parameter equals";
    for (PyToken t : line.tokens()) {
      if (t.type() == TokenType.NL) {
        continue;
      }
      boolean touching = t.startRow() == prevRow && t.startCol() == prevCol;
      if (noSpace) {
        noSpace = false;
        if (!touching) {
          hits.add(Hit.atPosition(prevRow, prevCol, message));
        }
      }
      if (requireSpace) {
        requireSpace = false;
        if (touching) {
          hits.add(Hit.atPosition(prevRow, prevCol, missing));
        }
      }
      if (t.isOp()) {
        String text = t.string();
        if (text.equals("(") || text.equals("[")) {
          parens.add(text.charAt(0));
        } else if ((text.equals(")") || text.equals("]")) && !parens.isEmpty()) {
          parens.remove(parens.size() - 1);
        } else if (text.equals(":") && inDef && parens.size() == 1 && parens.get(0) == '(') {
          annotated = true;
        } else if (parens.size() == 1 && text.equals(",")) {
          annotated = false;
        } else if (!parens.isEmpty() && text.equals("=")) {
          boolean single = parens.size() == 1;
          if (inGeneric && single && parens.get(0) == '[' || annotated && single && parens.get(0) == '(') {
            requireSpace = true;
            if (touching) {
              hits.add(Hit.atPosition(prevRow, prevCol, missing));
            }
          } else {
            noSpace = true;
            if (!touching) {
              hits.add(Hit.atPosition(prevRow, prevCol, message));
            }
          }
        }
        if (parens.isEmpty()) {
          annotated = false;
        }
      }
      prevRow = t.endRow();
      prevCol = t.endCol();
    }
    return hits;
  };

  /** E261, E262, E265, E266. */
  static final Function<LogicalLine, List<Hit>> BEFORE_COMMENT = line -> {
    List<Hit> hits = new ArrayList<>();
    int prevRow = 0;
    int prevCol = 0;
    for (PyToken t : line.tokens()) {
      if (t.type() == TokenType.COMMENT) {
        String tokenLine = line.file().tokenLine(t);
        boolean inline = !Chars.strip(tokenLine.substring(0, Math.min(t.startCol(), tokenLine.length()))).isEmpty();
        if (inline && prevRow == t.startRow() && t.startCol() < prevCol + 2) {
          hits.add(Hit.atPosition(prevRow, prevCol, "E261 at least two spaces before inline comment"));
        }
        String text = t.string();
        int space = text.indexOf(' ');
        String symbol = space < 0 ? text : text.substring(0, space);
        String comment = space < 0 ? "" : text.substring(space + 1);
        String badPrefix = null; // null stands for Python's False
        if (!"#:".contains(symbol)) {
          int k = 0;
          while (k < symbol.length() && symbol.charAt(k) == '#') {
            k++;
          }
          badPrefix = k < symbol.length() ? symbol.substring(k, k + 1) : "#";
        }
        if (inline) {
          if (badPrefix != null || !comment.isEmpty() && Chars.isWhitespace(comment.charAt(0))) {
            hits.add(Hit.atPosition(t.startRow(), t.startCol(), "E262 inline comment should start with '# '"));
          }
        } else if (badPrefix != null && (!badPrefix.equals("!") || t.startRow() > 1)) {
          if (!badPrefix.equals("#")) {
            hits.add(Hit.atPosition(t.startRow(), t.startCol(), "E265 block comment should start with '# '"));
          } else if (!comment.isEmpty()) {
            hits.add(Hit.atPosition(t.startRow(), t.startCol(), "E266 too many leading '#' for block comment"));
          }
        }
      } else if (t.type() != TokenType.NL) {
        prevRow = t.endRow();
        prevCol = t.endCol();
      }
    }
    return hits;
  };
}
