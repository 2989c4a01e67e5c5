package dev.pyvet.syntax.parser;

import static dev.pyvet.syntax.parser.ExpressionParser.startsExpression;
import static dev.pyvet.syntax.parser.Kinds.*;

import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.Ast.ExprNode;
import dev.pyvet.syntax.ast.ConstantValue;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code strings} atom: adjacent str, bytes, f-string and t-string literals, concatenated and
 * folded as CPython's action helpers do (adjacent constant parts merge; empty ones vanish).
 */
final class StringParser {
  private final ExpressionParser ep;
  private final TokenView v;

  StringParser(ExpressionParser ep) {
    this.ep = ep;
    this.v = ep.v;
  }

  ExprNode strings() {
    int st = ep.p;
    if (v.kind[st] == STRING) {
      int next = v.kind[st + 1];
      if (next != STRING && next != FSTRING_START && next != TSTRING_START) {
        // The commonest case, one plain literal: nothing to concatenate or check.
        return plainString(ep.p++);
      }
    }
    List<ExprNode> items = new ArrayList<>();
    List<Boolean> isTemplate = new ArrayList<>();
    boolean bytes = false;
    boolean unicode = false;
    boolean fstr = false;
    boolean tstr = false;
    while (true) {
      int k = ep.k();
      if (k == STRING) {
        Ast.Constant c = plainString(ep.p++);
        if (c.value() instanceof ConstantValue.Bytes) {
          bytes = true;
        } else {
          unicode = true;
        }
        items.add(c);
        isTemplate.add(false);
      } else if (k == FSTRING_START) {
        fstr = true;
        items.add(interpolated(false));
        isTemplate.add(false);
      } else if (k == TSTRING_START) {
        if (ep.minor < 14) {
          // before 3.14 't' is a name and the string after it a syntax error
          int t = ep.p;
          int q = v.start[t];
          while (q < v.end[t] && v.text.charAt(q) != '"' && v.text.charAt(q) != '\'') {
            q++;
          }
          int line = v.startLine[t];
          int col = v.charColumn1(v.startLineOffset(t), q);
          throw new ParseError(new dev.pyvet.syntax.PySyntaxError(dev.pyvet.syntax.PySyntaxError.Kind.SyntaxError,
              "invalid syntax", line, col, line, col + 1), t);
        }
        tstr = true;
        items.add(interpolated(true));
        isTemplate.add(true);
      } else {
        break;
      }
    }
    int endLine = ep.endLine();
    int endCol = ep.endCol();
    if (tstr && (bytes || unicode || fstr)) {
      int i = 0;
      while (isTemplate.get(i + 1) == isTemplate.get(i)) {
        i++;
      }
      throw ep.errorAtNodes(items.get(i), items.get(i + 1), "cannot mix t-string literals with string or bytes literals");
    }
    if ((unicode || fstr) && bytes) {
      throw ep.errorAtToken(ep.p, "cannot mix bytes and nonbytes literals");
    }
    if (!fstr && !tstr) {
      if (items.size() == 1) {
        return items.get(0);
      }
      Ast.Constant first = (Ast.Constant) items.get(0);
      if (bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (ExprNode e : items) {
          out.writeBytes(((ConstantValue.Bytes) ((Ast.Constant) e).value()).value());
        }
        return new Ast.Constant(new ConstantValue.Bytes(out.toByteArray()), first.kind(), ep.line(st), ep.col(st), endLine, endCol);
      }
      List<ConstantValue.Str> parts = new ArrayList<>(items.size());
      for (ExprNode e : items) {
        parts.add((ConstantValue.Str) ((Ast.Constant) e).value());
      }
      return new Ast.Constant(ConstantValue.Str.concat(parts), first.kind(), ep.line(st), ep.col(st), endLine, endCol);
    }
    List<ExprNode> flat = new ArrayList<>();
    for (ExprNode e : items) {
      if (e instanceof Ast.JoinedStr j) {
        flat.addAll(j.values());
      } else if (e instanceof Ast.TemplateStr t) {
        flat.addAll(t.values());
      } else {
        flat.add(e);
      }
    }
    List<ExprNode> values = fold(flat);
    if (tstr) {
      return new Ast.TemplateStr(values, ep.line(st), ep.col(st), endLine, endCol);
    }
    return new Ast.JoinedStr(values, ep.line(st), ep.col(st), endLine, endCol);
  }

  /** Merges runs of adjacent constants (kind of the first, span of the run) and drops empty ones. */
  static List<ExprNode> fold(List<ExprNode> flat) {
    List<ExprNode> values = new ArrayList<>(flat.size());
    int n = flat.size();
    for (int i = 0; i < n; i++) {
      ExprNode e = flat.get(i);
      if (e instanceof Ast.Constant c) {
        if (i + 1 < n && flat.get(i + 1) instanceof Ast.Constant) {
          List<ConstantValue.Str> parts = new ArrayList<>();
          Ast.Constant lastC = c;
          int j = i;
          while (j < n && flat.get(j) instanceof Ast.Constant cj) {
            parts.add((ConstantValue.Str) cj.value());
            lastC = cj;
            j++;
          }
          i = j - 1;
          c = new Ast.Constant(ConstantValue.Str.concat(parts), c.kind(), c.lineno(), c.colOffset(), lastC.endLineno(), lastC.endColOffset());
        }
        if (c.value() instanceof ConstantValue.Str s && s.value().isEmpty()) {
          continue;
        }
        values.add(c);
      } else {
        values.add(e);
      }
    }
    return values;
  }

  /** Decodes one STRING token for the diagnosis; returns its decoding error or null. */
  ParseError decodeError(int tok) {
    try {
      plainString(tok);
      return null;
    } catch (ParseError e) {
      return e;
    }
  }

  private Ast.Constant plainString(int tok) {
    String text = v.text;
    int s = v.start[tok];
    int e = v.end[tok];
    int q = s;
    boolean raw = false;
    boolean isBytes = false;
    while (q < e) {
      char c = text.charAt(q);
      if (c == '\'' || c == '"') {
        break;
      }
      if (c == 'r' || c == 'R') {
        raw = true;
      } else if (c == 'b' || c == 'B') {
        isBytes = true;
      }
      q++;
    }
    char quote = text.charAt(q);
    int qlen = q + 2 < e && text.charAt(q + 1) == quote && text.charAt(q + 2) == quote && e - q >= 6 ? 3 : 1;
    String body = normalizeNewlines(text.substring(q + qlen, e - qlen));
    ConstantValue value;
    try {
      value = isBytes ? new ConstantValue.Bytes(Literals.bytes(body, raw)) : Literals.strConstant(body, raw, false);
    } catch (Literals.LiteralException ex) {
      throw ep.errorAtToken(tok, ex.getMessage());
    }
    String kind = text.charAt(s) == 'u' ? "u" : null;
    return new Ast.Constant(value, kind, v.startLine[tok], v.startCol[tok], v.endLine[tok], v.endCol[tok]);
  }

  static String normalizeNewlines(String s) {
    if (s.indexOf('\r') < 0) {
      return s;
    }
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** One f-string (or t-string) from its START token to its END token. */
  private ExprNode interpolated(boolean template) {
    int st = ep.p++;
    boolean raw = false;
    for (int i = v.start[st]; i < v.end[st]; i++) {
      char c = v.text.charAt(i);
      if (c == 'r' || c == 'R') {
        raw = true;
      }
    }
    int endKind = template ? TSTRING_END : FSTRING_END;
    int middleKind = template ? TSTRING_MIDDLE : FSTRING_MIDDLE;
    List<ExprNode> parts = new ArrayList<>();
    while (!ep.at(endKind)) {
      if (ep.at(middleKind)) {
        int t = ep.p++;
        String body = normalizeNewlines(ep.tokText(t));
        ConstantValue.Str value;
        try {
          value = Literals.strConstant(body, raw || body.indexOf('\\') < 0, true);
        } catch (Literals.LiteralException ex) {
          throw ep.errorAtToken(t, ex.getMessage());
        }
        if (!value.value().isEmpty()) {
          parts.add(new Ast.Constant(value, null, v.startLine[t], v.startCol[t], v.endLine[t], v.endCol[t]));
        }
      } else if (ep.at(LBRACE)) {
        replacementField(template, template, parts);
      } else {
        throw ep.fail();
      }
    }
    int end = ep.p++;
    if (template) {
      return new Ast.TemplateStr(parts, v.startLine[st], v.startCol[st], v.endLine[end], v.endCol[end]);
    }
    return new Ast.JoinedStr(parts, v.startLine[st], v.startCol[st], v.endLine[end], v.endCol[end]);
  }

  /** '{' annotated_rhs ['='] ['!' NAME] [':' spec*] '}', appended to {@code out} (with its debug text if any). */
  private void replacementField(boolean template, boolean interpolation, List<ExprNode> out) {
    String kindName = template ? "t-string" : "f-string";
    int lb = ep.expect(LBRACE);
    ep.enter(2881);
    switch (ep.k()) {
      case RBRACE, EXCLAMATION, COLON, EQUAL -> throw ep.errorAtToken(ep.p,
          kindName + ": valid expression required before '" + ep.tokText(ep.p) + "'");
      case KW_LAMBDA -> {
        int lt = ep.p;
        int save = ep.p;
        try {
          ep.expression();
        } catch (ParseError e) {
          ep.p = save;
          throw new ParseError(null, ep.p, ep.tokenError(dev.pyvet.syntax.PySyntaxError.Kind.SyntaxError, lt, lt,
              kindName + ": lambda expressions are not allowed without parentheses"));
        }
        ep.p = save;
      }
      default -> {
        if (!startsExpression(ep.k()) && !ep.at(KW_YIELD)) {
          throw ep.errorAtToken(ep.p, kindName + ": expecting a valid expression after '{'");
        }
      }
    }
    ExprNode value;
    try {
      value = ep.at(KW_YIELD) ? ep.yieldExpr() : ep.starExpressions();
    } catch (ParseError e) {
      if (e.error != null) {
        throw e;
      }
      // CPython's invalid_fstring_replacement_field: '{' !annotated_rhs
      throw new ParseError(null, e.token, ep.tokenError(dev.pyvet.syntax.PySyntaxError.Kind.SyntaxError, lb + 1, lb + 1,
          kindName + ": expecting a valid expression after '{'"));
    }
    int after = ep.k();
    if (after == FSTRING_END || after == TSTRING_END) {
      throw ep.errorAtToken(ep.p, kindName + ": expecting '}'");
    }
    if (after != EQUAL && after != EXCLAMATION && after != COLON && after != RBRACE) {
      throw ep.failWith(ep.p, kindName + ": expecting '=', or '!', or ':', or '}'");
    }
    boolean debug = ep.accept(EQUAL);
    if (debug && !ep.at(EXCLAMATION) && !ep.at(COLON) && !ep.at(RBRACE)) {
      throw ep.failWith(ep.p, kindName + ": expecting '!', or ':', or '}'");
    }
    int conversion = -1;
    int textEnd; // token that ends the expression text ('!', ':' or '}')
    int debugEndTok;
    int excl = -1;
    if (ep.at(EXCLAMATION)) {
      excl = ep.p++;
      int nameTok = ep.p;
      if (!ep.at(NAME) && !Kinds.isKeyword(ep.k())) {
        if (ep.at(RBRACE) || ep.at(COLON)) {
          throw ep.errorAtToken(ep.p, kindName + ": missing conversion character");
        }
        throw ep.fail();
      }
      if (v.startLine[nameTok] != v.endLine[excl] || v.start[nameTok] != v.end[excl]) {
        throw new ParseError(ep.tokenError(dev.pyvet.syntax.PySyntaxError.Kind.SyntaxError, excl, nameTok,
            kindName + ": conversion type must come right after the exclamanation mark"), excl);
      }
      String conv = ep.tokText(nameTok);
      if (!conv.equals("s") && !conv.equals("r") && !conv.equals("a")) {
        throw ep.errorAtToken(nameTok, kindName + ": invalid conversion character '" + conv + "': expected 's', 'r', or 'a'");
      }
      conversion = conv.charAt(0);
      ep.p++;
    }
    Ast.JoinedStr spec = null;
    int colon = -1;
    if (ep.at(COLON)) {
      colon = ep.p++;
      spec = formatSpec(template, colon);
    }
    if (!ep.at(RBRACE)) {
      if (ep.at(FSTRING_END) || ep.at(TSTRING_END)) {
        throw ep.errorAtToken(ep.p, kindName + (colon < 0 ? ": expecting '}'" : ": expecting '}', or format specs"));
      }
      if (colon < 0) {
        throw ep.failWith(ep.p, kindName + ": expecting ':' or '}'");
      }
      throw ep.failWith(ep.p, kindName + ": expecting '}', or format specs");
    }
    int rb = ep.p++;
    ep.leave(2881);
    if (conversion == -1 && debug && spec == null) {
      conversion = 'r';
    }
    textEnd = excl >= 0 ? excl : colon >= 0 ? colon : rb;
    debugEndTok = textEnd;
    String exprText = null;
    if (debug || interpolation) {
      exprText = normalizeNewlines(v.textWithoutComments(lb, textEnd, v.end[lb], v.start[textEnd]));
    }
    ExprNode field;
    if (interpolation) {
      field = new Ast.Interpolation(value, new ConstantValue.Str(stripInterpolation(exprText)), conversion, spec,
          v.startLine[lb], v.startCol[lb], v.endLine[rb], v.endCol[rb]);
    } else {
      field = new Ast.FormattedValue(value, conversion, spec, v.startLine[lb], v.startCol[lb], v.endLine[rb], v.endCol[rb]);
    }
    if (debug) {
      out.add(new Ast.Constant(new ConstantValue.Str(exprText), null, v.startLine[lb], v.startCol[lb] + 1,
          v.startLine[debugEndTok], v.startCol[debugEndTok]));
    }
    out.add(field);
  }

  private static String stripInterpolation(String s) {
    int len = s.length();
    while (len > 0) {
      char c = s.charAt(len - 1);
      if (c == '=' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        len--;
      } else {
        break;
      }
    }
    return s.substring(0, len);
  }

  private Ast.JoinedStr formatSpec(boolean template, int colon) {
    int middleKind = template ? TSTRING_MIDDLE : FSTRING_MIDDLE;
    List<ExprNode> spec = new ArrayList<>();
    while (true) {
      if (ep.at(middleKind)) {
        int t = ep.p++;
        ConstantValue.Str value;
        try {
          value = Literals.strConstant(normalizeNewlines(ep.tokText(t)), false, true);
        } catch (Literals.LiteralException ex) {
          throw ep.errorAtToken(t, ex.getMessage());
        }
        if (!value.value().isEmpty()) {
          spec.add(new Ast.Constant(value, null, v.startLine[t], v.startCol[t], v.endLine[t], v.endCol[t]));
        }
      } else if (ep.at(LBRACE)) {
        // nested fields of a format spec are FormattedValue even in t-strings
        replacementField(template, false, spec);
      } else {
        break;
      }
    }
    int el = ep.endLine();
    int ec = ep.endCol();
    List<ExprNode> values = spec.size() <= 1 ? spec : fold(spec);
    return new Ast.JoinedStr(values, v.startLine[colon], v.startCol[colon], el, ec);
  }
}
