package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.Chars;
import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.logical.PyToken;
import dev.pyvet.syntax.token.TokenType;

/** pycodestyle's token-based whitespace analyses. */
final class TokenWhitespace {
  private TokenWhitespace() {}


  /** E211. */
  static final Analysis BEFORE_PARAMETERS = TokenWhitespace::beforeParameters;

  static void beforeParameters(LogicalLine line, Hits hits) {
    if (!line.has('(') && !line.has('[')) {
      return; // every finding is about a '(' or '[' token
    }
    PyToken[] tokens = line.tokenArray();
    PyToken prev = tokens[0];
    for (int i = 1; i < tokens.length; i++) {
      PyToken t = tokens[i];
      TokenType type = t.type();
      if (type != TokenType.LPAR && type != TokenType.LSQB && type != TokenType.ERRORTOKEN) {
        prev = t; // only these types can be an operator '(' or '['
        continue;
      }
      String text = t.string();
      char one = Whitespace.single(text);
      if ((one == '(' || one == '[') && t.isOp()
          && !(t.startRow() == prev.endRow() && t.startCol() == prev.endCol())
          && (prev.type() == TokenType.NAME || Whitespace.in(prev.string(), "}])"))
          && (i < 2 || !tokens[i - 2].string().equals("class"))
          && !Python.isKeyword(prev.string())
          && (prev.string().equals("type") || !Python.isSoftKeyword(prev.string()))) {
        hits.atPosition(prev.endRow(), prev.endCol(), "E211 whitespace before '" + text + "'");
      }
      prev = t;
    }
  }

  /** E275. */
  static final Analysis AFTER_KEYWORD = TokenWhitespace::afterKeyword;

  static void afterKeyword(LogicalLine line, Hits hits) {
    PyToken[] tokens = line.tokenArray();
    for (int i = 0; i + 1 < tokens.length; i++) {
      PyToken a = tokens[i];
      PyToken b = tokens[i + 1];
      if (a.type() == TokenType.NAME && a.touches(b) && Python.isKeyword(a.string())
          && !Python.isSingleton(a.string())
          && !(a.is("except") && b.is("*"))
          && !(a.is("yield") && b.is(")"))
          && !b.string().isEmpty() && !b.is(":") && !b.is("\n")) {
        hits.atPosition(a.endRow(), a.endCol(), "E275 missing whitespace after keyword");
      }
    }
  }

  /** E251, E252. */
  static final Analysis NAMED_PARAMETER_EQUALS = TokenWhitespace::namedParameterEquals;

  static void namedParameterEquals(LogicalLine line, Hits hits) {
    // the open ( and [, innermost last
    char[] parens = new char[8];
    int depth = 0;
    boolean noSpace = false;
    boolean requireSpace = false;
    int prevRow = -1;
    int prevCol = -1;
    boolean annotated = false;
    if (!line.has('=')) {
      return; // every finding is about an '=' token
    }
    String logical = line.text();
    boolean inDef = LinePrefixes.startsWithDef(logical);
    boolean inGeneric = LinePrefixes.startsWithGeneric(logical);
    String message = "E251 unexpected spaces around keyword / parameter equals";
    String missing = "E252 missing whitespace around parameter equals";
    for (PyToken t : line.tokenArray()) {
      if (t.type() == TokenType.NL) {
        continue;
      }
      boolean touching = t.startRow() == prevRow && t.startCol() == prevCol;
      if (noSpace) {
        noSpace = false;
        if (!touching) {
          hits.atPosition(prevRow, prevCol, message);
        }
      }
      if (requireSpace) {
        requireSpace = false;
        if (touching) {
          hits.atPosition(prevRow, prevCol, missing);
        }
      }
      if (t.isOp()) {
        char one = Whitespace.single(t.string());
        if (one == '(' || one == '[') {
          if (depth == parens.length) {
            parens = java.util.Arrays.copyOf(parens, depth * 2);
          }
          parens[depth++] = one;
        } else if ((one == ')' || one == ']') && depth > 0) {
          depth--;
        } else if (one == ':' && inDef && depth == 1 && parens[0] == '(') {
          annotated = true;
        } else if (depth == 1 && one == ',') {
          annotated = false;
        } else if (depth > 0 && one == '=') {
          boolean single = depth == 1;
          if (inGeneric && single && parens[0] == '[' || annotated && single && parens[0] == '(') {
            requireSpace = true;
            if (touching) {
              hits.atPosition(prevRow, prevCol, missing);
            }
          } else {
            noSpace = true;
            if (!touching) {
              hits.atPosition(prevRow, prevCol, message);
            }
          }
        }
        if (depth == 0) {
          annotated = false;
        }
      }
      prevRow = t.endRow();
      prevCol = t.endCol();
    }
  }

  /** E261, E262, E265, E266. */
  static final Analysis BEFORE_COMMENT = TokenWhitespace::beforeComment;

  static void beforeComment(LogicalLine line, Hits hits) {
    if (!line.hasType(TokenType.COMMENT)) {
      return;
    }
    int prevRow = 0;
    int prevCol = 0;
    for (PyToken t : line.tokenArray()) {
      if (t.type() == TokenType.COMMENT) {
        String tokenLine = line.file().tokenLine(t);
        boolean inline = false; // something but whitespace before the comment
        for (int i = Math.min(t.startCol(), tokenLine.length()) - 1; i >= 0 && !inline; i--) {
          inline = !Chars.isPySpace(tokenLine.charAt(i));
        }
        if (inline && prevRow == t.startRow() && t.startCol() < prevCol + 2) {
          hits.atPosition(prevRow, prevCol, "E261 at least two spaces before inline comment");
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
            hits.atPosition(t.startRow(), t.startCol(), "E262 inline comment should start with '# '");
          }
        } else if (badPrefix != null && (!badPrefix.equals("!") || t.startRow() > 1)) {
          if (!badPrefix.equals("#")) {
            hits.atPosition(t.startRow(), t.startCol(), "E265 block comment should start with '# '");
          } else if (!comment.isEmpty()) {
            hits.atPosition(t.startRow(), t.startCol(), "E266 too many leading '#' for block comment");
          }
        }
      } else if (t.type() != TokenType.NL) {
        prevRow = t.endRow();
        prevCol = t.endCol();
      }
    }
  }
}
