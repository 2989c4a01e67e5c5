package dev.pyvet.syntax.parser;

import static dev.pyvet.syntax.parser.Kinds.*;

import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.Ast.ExprContext;
import dev.pyvet.syntax.ast.Ast.ExprNode;
import dev.pyvet.syntax.ast.Ast.PatternNode;
import dev.pyvet.syntax.ast.ConstantValue;
import java.util.ArrayList;
import java.util.List;

/** Patterns of the match statement (PEP 634). */
abstract class PatternParser extends ExpressionParser {
  PatternParser(TokenView v) {
    super(v);
  }

  /** patterns: open_sequence_pattern | pattern */
  final PatternNode patterns() {
    int st = p;
    PatternNode first = maybeStarPattern();
    if (!at(COMMA)) {
      if (first instanceof Ast.MatchStar) {
        throw fail();
      }
      return first;
    }
    List<PatternNode> items = new ArrayList<>();
    items.add(first);
    while (accept(COMMA)) {
      if (at(COLON) || at(KW_IF)) {
        break;
      }
      items.add(maybeStarPattern());
    }
    return new Ast.MatchSequence(items, line(st), col(st), endLine(), endCol());
  }

  private PatternNode maybeStarPattern() {
    if (at(STAR)) {
      int st = p++;
      int nameTok = p;
      String name = expectName();
      return new Ast.MatchStar(name.equals("_") ? null : name, line(st), col(st), v.endLine[nameTok], v.endCol[nameTok]);
    }
    return pattern();
  }

  /** pattern: or_pattern ['as' NAME] */
  final PatternNode pattern() {
    int st = p;
    enter(1000);
    PatternNode or = orPattern();
    if (accept(KW_AS)) {
      int nameTok = p;
      if (!at(NAME)) {
        throw errorAtToken(p, "invalid pattern target");
      }
      String name = expectName();
      if (name.equals("_")) {
        throw errorAtToken(nameTok, "cannot use '_' as a target");
      }
      or = new Ast.MatchAs(or, name, line(st), col(st), endLine(), endCol());
    }
    leave(1000);
    return or;
  }

  private PatternNode orPattern() {
    int st = p;
    PatternNode first = closedPattern();
    if (!at(VBAR)) {
      return first;
    }
    List<PatternNode> alts = new ArrayList<>();
    alts.add(first);
    while (accept(VBAR)) {
      alts.add(closedPattern());
    }
    return new Ast.MatchOr(alts, line(st), col(st), endLine(), endCol());
  }

  private PatternNode closedPattern() {
    int st = p;
    switch (k()) {
      case NUMBER, MINUS -> {
        ExprNode value = numberLiteral();
        return new Ast.MatchValue(value, line(st), col(st), endLine(), endCol());
      }
      case STRING, FSTRING_START, TSTRING_START -> {
        ExprNode value = strings.strings();
        return new Ast.MatchValue(value, line(st), col(st), endLine(), endCol());
      }
      case KW_NONE, KW_TRUE, KW_FALSE -> {
        ConstantValue c = at(KW_NONE) ? ConstantValue.NONE : at(KW_TRUE) ? ConstantValue.TRUE : ConstantValue.FALSE;
        p++;
        return new Ast.MatchSingleton(c, line(st), col(st), endLine(), endCol());
      }
      case NAME -> {
        if (k(1) != DOT && k(1) != LPAR) {
          String name = identifier(p++);
          return new Ast.MatchAs(null, name.equals("_") ? null : name, line(st), col(st), endLine(), endCol());
        }
        ExprNode cls = dottedValue();
        if (at(LPAR)) {
          return classPattern(st, cls);
        }
        return new Ast.MatchValue(cls, line(st), col(st), endLine(), endCol());
      }
      case LPAR -> {
        p++;
        if (accept(RPAR)) {
          return new Ast.MatchSequence(new ArrayList<>(), line(st), col(st), endLine(), endCol());
        }
        PatternNode first = maybeStarPattern();
        if (accept(RPAR)) {
          if (first instanceof Ast.MatchStar) {
            return new Ast.MatchSequence(listOf(first), line(st), col(st), endLine(), endCol());
          }
          return first;
        }
        List<PatternNode> items = listOf(first);
        expect(COMMA);
        while (!at(RPAR)) {
          items.add(maybeStarPattern());
          if (!accept(COMMA)) {
            break;
          }
        }
        expect(RPAR);
        return new Ast.MatchSequence(items, line(st), col(st), endLine(), endCol());
      }
      case LSQB -> {
        p++;
        List<PatternNode> items = new ArrayList<>();
        while (!at(RSQB)) {
          items.add(maybeStarPattern());
          if (!accept(COMMA)) {
            break;
          }
        }
        expect(RSQB);
        return new Ast.MatchSequence(items, line(st), col(st), endLine(), endCol());
      }
      case LBRACE -> {
        return mappingPattern();
      }
      default -> throw fail();
    }
  }

  private static List<PatternNode> listOf(PatternNode first) {
    List<PatternNode> l = new ArrayList<>();
    l.add(first);
    return l;
  }

  /** signed_number | complex_number */
  private ExprNode numberLiteral() {
    int st = p;
    ExprNode real;
    if (at(MINUS)) {
      p++;
      if (!at(NUMBER)) {
        throw fail();
      }
      ExprNode num = atom();
      real = new Ast.UnaryOp(Ast.UnaryOpKind.USub, num, line(st), col(st), endLine(), endCol());
    } else {
      if (!at(NUMBER)) {
        throw fail();
      }
      real = atom();
    }
    if ((at(PLUS) || at(MINUS)) && k(1) == NUMBER) {
      Ast.OperatorKind op = at(PLUS) ? Ast.OperatorKind.Add : Ast.OperatorKind.Sub;
      p++;
      Ast.Constant rc = real instanceof Ast.UnaryOp u ? (Ast.Constant) u.operand() : (Ast.Constant) real;
      if (rc.value() instanceof ConstantValue.Complex) {
        throw errorAtNode(rc, "real number required in complex literal");
      }
      ExprNode imag = atom();
      if (!(imag instanceof Ast.Constant c && c.value() instanceof ConstantValue.Complex)) {
        throw errorAtNode(imag, "imaginary number required in complex literal");
      }
      return new Ast.BinOp(real, op, imag, line(st), col(st), endLine(), endCol());
    }
    return real;
  }

  /** NAME ('.' NAME)* as a Load expression. */
  private ExprNode dottedValue() {
    int st = p;
    ExprNode e = new Ast.Name(identifier(p), ExprContext.Load, line(st), col(st), v.endLine[st], v.endCol[st]);
    p++;
    while (accept(DOT)) {
      String attr = expectName();
      e = new Ast.Attribute(e, attr, ExprContext.Load, line(st), col(st), endLine(), endCol());
    }
    return e;
  }

  private PatternNode classPattern(int st, ExprNode cls) {
    expect(LPAR);
    List<PatternNode> patterns = new ArrayList<>();
    List<String> kwdAttrs = new ArrayList<>();
    List<PatternNode> kwdPatterns = new ArrayList<>();
    while (!at(RPAR)) {
      if (at(NAME) && k(1) == EQUAL) {
        kwdAttrs.add(identifier(p));
        p += 2;
        kwdPatterns.add(pattern());
      } else {
        int ps = p;
        PatternNode pat = pattern();
        if (!kwdAttrs.isEmpty()) {
          throw errorAtNode(pat, "positional patterns follow keyword patterns");
        }
        patterns.add(pat);
      }
      if (!accept(COMMA)) {
        break;
      }
    }
    expect(RPAR);
    return new Ast.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, line(st), col(st), endLine(), endCol());
  }

  private PatternNode mappingPattern() {
    int st = expect(LBRACE);
    List<ExprNode> keys = new ArrayList<>();
    List<PatternNode> values = new ArrayList<>();
    String rest = null;
    while (!at(RBRACE)) {
      if (accept(DOUBLESTAR)) {
        rest = expectName();
        accept(COMMA);
        break;
      }
      keys.add(mappingKey());
      expect(COLON);
      values.add(pattern());
      if (!accept(COMMA)) {
        break;
      }
    }
    expect(RBRACE);
    return new Ast.MatchMapping(keys, values, rest, line(st), col(st), endLine(), endCol());
  }

  private ExprNode mappingKey() {
    int st = p;
    switch (k()) {
      case NUMBER, MINUS -> {
        return numberLiteral();
      }
      case STRING, FSTRING_START -> {
        return strings.strings();
      }
      case KW_NONE, KW_TRUE, KW_FALSE -> {
        return atom();
      }
      case NAME -> {
        if (k(1) != DOT) {
          throw fail();
        }
        return dottedValue();
      }
      default -> throw fail();
    }
  }
}
