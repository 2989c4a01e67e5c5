package dev.pyvet.syntax.parser;

import static dev.pyvet.syntax.parser.Kinds.*;

import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.ast.Ast;
import java.text.Normalizer;

/** Token access, positions and error raising shared by the grammar classes. */
abstract class ParserBase {
  final TokenView v;
  final int[] kind;
  final String text;
  /** No NAME token needs normalising (see {@link #identifier}). */
  private final boolean asciiNames;
  /** Index of the current token. */
  int p;
  /**
   * The Python 3 minor version whose syntax is accepted: 15 accepts everything; 14 rejects lazy
   * imports and unpacking in comprehensions (as 3.13 words it); 13 also rejects t-strings and
   * unparenthesised except lists.
   */
  int minor = 15;
  /** Recursion depth of nested expressions, checked against {@link #MAX_DEPTH}. */
  int depth;

  /** CPython's parser stack limit as it shows at the top level of a module (MAXSTACK minus the rules above). */
  static final int MAX_DEPTH = 596_900;

  ParserBase(TokenView v) {
    this.v = v;
    this.kind = v.kind;
    this.text = v.text;
    this.asciiNames = v.tokens.asciiNames();
  }

  // ---- token access

  final int k() {
    return kind[p];
  }

  final int k(int ahead) {
    int i = p + ahead;
    if (i > maxSeen) {
      maxSeen = i;
    }
    return i < v.size ? kind[i] : ENDMARKER;
  }

  /** The kind of a later token without counting it as seen (for checks CPython does not make). */
  final int peekQuietly(int ahead) {
    int i = p + ahead;
    return i < v.size ? kind[i] : ENDMARKER;
  }

  /**
   * The furthest token looked at, including by abandoned alternatives; CPython reports a plain
   * "invalid syntax" (and any tokenizer error) at the furthest token its parser fetched.
   */
  int maxSeen;

  final void noteAbandoned(ParseError e) {
    if (e.token > maxSeen) {
      maxSeen = e.token;
    }
  }

  final boolean at(int k) {
    return kind[p] == k;
  }

  final boolean accept(int k) {
    if (kind[p] == k) {
      p++;
      return true;
    }
    return false;
  }

  final int expect(int k) {
    if (kind[p] != k) {
      throw fail();
    }
    return p++;
  }

  /** True when the current token is the NAME {@code word} (a soft keyword). */
  final boolean atSoft(String word) {
    return kind[p] == NAME && textIs(p, word);
  }

  final boolean textIs(int tok, String word) {
    int s = v.start[tok];
    int len = v.end[tok] - s;
    return len == word.length() && text.regionMatches(s, word, 0, len);
  }

  final String tokText(int tok) {
    return text.substring(v.start[tok], v.end[tok]);
  }

  /** The identifier of a NAME token, NFKC-normalised as CPython does for non-ASCII names. */
  final String identifier(int tok) {
    int s = v.start[tok];
    int e = v.end[tok];
    for (int i = asciiNames ? e : s; i < e; i++) {
      if (text.charAt(i) >= 0x80) {
        return Normalizer.normalize(text.substring(s, e), Normalizer.Form.NFKC);
      }
    }
    return text.substring(s, e);
  }

  final String expectName() {
    if (kind[p] != NAME) {
      throw fail();
    }
    return identifier(p++);
  }

  // ---- positions (EXTRA): from the first token of a rule to the last one it consumed

  final int line(int tok) {
    return v.startLine[tok];
  }

  final int col(int tok) {
    return v.startCol[tok];
  }

  private int lastFor = -1;
  private int lastValue;

  /** The last consumed token that is not NEWLINE, INDENT, DEDENT or ENDMARKER. */
  final int last() {
    if (p == lastFor) {
      return lastValue;
    }
    int i = p - 1;
    while (i > 0) {
      int k = kind[i];
      if (k != NEWLINE && k != INDENT && k != DEDENT && k != ENDMARKER) {
        break;
      }
      i--;
    }
    lastFor = p;
    lastValue = Math.max(i, 0);
    return lastValue;
  }

  final int endLine() {
    return v.endLine[last()];
  }

  final int endCol() {
    return v.endCol[last()];
  }

  // ---- errors

  /** Generic failure at the current token; the diagnosis pass decides the message. */
  final ParseError fail() {
    return new ParseError(null, p);
  }

  final ParseError errorAtToken(int tok, String message) {
    return new ParseError(tokenError(PySyntaxError.Kind.SyntaxError, tok, tok, message), tok);
  }

  /** A failure whose message is used unless the diagnosis finds a more specific one. */
  final ParseError failWith(int tok, String message) {
    return new ParseError(null, p, tokenError(PySyntaxError.Kind.SyntaxError, tok, tok, message));
  }


  final PySyntaxError tokenError(PySyntaxError.Kind kind, int from, int to, String message) {
    int[] pos = v.errorPosition(from);
    int line = pos[0];
    int col = pos[1];
    int endTok = to;
    int endLine = v.endLine[endTok];
    int endCol = charColumnOfEnd(endTok);
    return new PySyntaxError(kind, message, line, col, endLine, endCol);
  }

  private int charColumnOfEnd(int tok) {
    int end = v.end[tok];
    int ls = end;
    while (ls > 0 && text.charAt(ls - 1) != '\n' && text.charAt(ls - 1) != '\r') {
      ls--;
    }
    return v.charColumn1(ls, end);
  }

  /** An error spanning two nodes, positioned as CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE. */
  final ParseError errorAtNodes(Ast.Located from, Ast.Located to, String message) {
    return new ParseError(
        new PySyntaxError(
            PySyntaxError.Kind.SyntaxError,
            message,
            from.lineno(),
            charCol1(from.lineno(), from.colOffset()),
            to.endLineno(),
            charCol1(to.endLineno(), to.endColOffset())),
        p);
  }

  final ParseError errorAtNode(Ast.Located node, String message) {
    return errorAtNodes(node, node, message);
  }

  private int[] lineStarts;

  /** 1-based character column of a UTF-8 byte column on a line (error path only). */
  final int charCol1(int line, int utf8Col) {
    if (lineStarts == null) {
      lineStarts = computeLineStarts(text);
    }
    if (line < 1 || line > lineStarts.length) {
      return utf8Col + 1;
    }
    int i = lineStarts[line - 1];
    int bytes = 0;
    int chars = 0;
    while (bytes < utf8Col && i < text.length()) {
      int cp = text.codePointAt(i);
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += Character.charCount(cp);
      chars++;
    }
    return chars + 1;
  }

  static int[] computeLineStarts(String text) {
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        n++;
      }
    }
    int[] starts = new int[n];
    int j = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts[j++] = i + 1;
      }
    }
    return starts;
  }

  /**
   * Enters a nested construct costing {@code units} hundredths of CPython's parser stack levels
   * (measured against python3.13: about 27.5 per parenthesis, 28.8 per list or dict, 23.8 per
   * call or subscript, 6 per block, 2 per lambda or power, 1 per prefix operator or
   * conditional), so that we give up where CPython does.
   */
  final void enter(int units) {
    depth += units;
    if (depth > MAX_DEPTH) {
      throw new ParseError(TOO_COMPLEX, p);
    }
  }

  final void leave(int units) {
    depth -= units;
  }

  /** CPython raises MemoryError with this message and no position. */
  static final PySyntaxError TOO_COMPLEX =
      new PySyntaxError(PySyntaxError.Kind.MemoryError, "Parser stack overflowed - Python source too complex to parse", 0, 0, 0, 0);
}
