package dev.pyvet.syntax.parser;

import static dev.pyvet.syntax.parser.Kinds.*;

import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.Ast.ExprContext;
import dev.pyvet.syntax.ast.Ast.ExprNode;
import dev.pyvet.syntax.ast.ConstantValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions of CPython's grammar (python.gram), by recursive descent with precedence climbing
 * for the binary operators. Every node spans from the first to the last token its rule consumed,
 * as CPython's EXTRA does, so parenthesised operands widen their parents.
 */
abstract class ExpressionParser extends ParserBase {
  final StringParser strings = new StringParser(this);

  ExpressionParser(TokenView v) {
    super(v);
  }

  // ---- tuples and starred expressions

  /** star_expressions: a Tuple when a comma follows the first item. */
  final ExprNode starExpressions() {
    int st = p;
    ExprNode first = starExpression();
    if (!at(COMMA)) {
      return first;
    }
    List<ExprNode> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA)) {
      if (!startsExpression(k())) {
        break;
      }
      elts.add(starExpression());
    }
    return new Ast.Tuple(elts, ExprContext.Load, line(st), col(st), endLine(), endCol());
  }

  /** star_expression: '*' bitwise_or | expression. */
  final ExprNode starExpression() {
    if (at(STAR)) {
      int st = p++;
      ExprNode value = bitwiseOr();
      return new Ast.Starred(value, ExprContext.Load, line(st), col(st), endLine(), endCol());
    }
    return expression();
  }

  /**
   * The first element of a display: CPython also tries it as a comprehension element
   * (starred_expression), whose failure after '*' is "Invalid star expression".
   */
  final ExprNode firstDisplayElement() {
    if (!at(STAR)) {
      return namedExpression();
    }
    int st = p;
    int save = p;
    try {
      return starNamedExpression();
    } catch (ParseError e) {
      if (e.error != null) {
        throw e;
      }
      p = save + 1;
      starredOperand();
      throw e;
    }
  }

  /** The expression after '*' in starred_expression; CPython's invalid_starred_expression on failure. */
  final ExprNode starredOperand() {
    if (!startsExpression(k()) || at(STAR)) {
      throw errorAtToken(p, "Invalid star expression");
    }
    try {
      return expression();
    } catch (ParseError e) {
      if (e.error != null) {
        throw e;
      }
      throw errorAtToken(e.token, "Invalid star expression");
    }
  }

  /** star_named_expression: '*' bitwise_or | named_expression. */
  final ExprNode starNamedExpression() {
    if (at(STAR)) {
      int st = p++;
      ExprNode value = bitwiseOr();
      return new Ast.Starred(value, ExprContext.Load, line(st), col(st), endLine(), endCol());
    }
    return namedExpression();
  }

  /** True for tokens that can begin an expression (used after a comma to allow a trailing one). */
  static boolean startsExpression(int k) {
    return switch (k) {
      case NAME, NUMBER, STRING, FSTRING_START, TSTRING_START, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, STAR,
          ELLIPSIS, KW_NOT, KW_LAMBDA, KW_AWAIT, KW_NONE, KW_TRUE, KW_FALSE -> true;
      default -> false;
    };
  }

  /** named_expression: NAME ':=' expression | expression !':='. */
  final ExprNode namedExpression() {
    if (at(NAME) && k(1) == COLONEQUAL) {
      int st = p;
      String id = identifier(p);
      p += 2;
      Ast.Name target = new Ast.Name(id, ExprContext.Store, line(st), col(st), v.endLine[st], v.endCol[st]);
      ExprNode value = expression();
      return new Ast.NamedExpr(target, value, line(st), col(st), endLine(), endCol());
    }
    ExprNode e = expression();
    if (at(COLONEQUAL)) {
      throw errorAtNode(e, "cannot use assignment expressions with " + Targets.exprName(e));
    }
    return e;
  }

  /**
   * expression: disjunction ['if' disjunction 'else' expression] | lambdef. Chains of
   * conditionals nest to the right; they are built in a loop so no chain can overflow the stack.
   */
  final ExprNode expression() {
    if (at(KW_LAMBDA)) {
      return lambdef();
    }
    int st = p;
    int k0 = kind[p];
    if ((k0 == NAME || k0 == NUMBER || k0 == STRING || k0 == KW_NONE || k0 == KW_TRUE || k0 == KW_FALSE)
        && endsExpression(kind[p + 1])) {
      // The commonest expression, a lone name or literal: none of the dozen grammar levels
      // between here and atom can act on the token after it, so go straight to atom.
      ExprNode atom = atom();
      lastDisjStart = st;
      lastDisjEnd = p;
      return atom;
    }
    ExprNode body;
    if (k0 == NAME && isTrailerStart(kind[p + 1])) {
      // The next commonest: a name with attributes, calls or subscripts. Parse that primary
      // first, then give it to the levels above it, which would otherwise each have been entered
      // on the way down (this is what their descent would do after a plain primary).
      ExprNode primary = primary();
      if (endsExpression(kind[p])) {
        lastDisjStart = st;
        lastDisjEnd = p;
        return primary;
      }
      body = disjunctionAfter(st, conjunctionAfter(st, comparisonAfter(st, binaryAfter(st, powerAfter(st, primary), 1))));
    } else {
      body = disjunction();
    }
    lastDisjStart = st;
    lastDisjEnd = p;
    if (!at(KW_IF)) {
      return body;
    }
    List<int[]> starts = new ArrayList<>();
    List<ExprNode> bodies = new ArrayList<>();
    List<ExprNode> tests = new ArrayList<>();
    ExprNode orelse;
    int entered = 0;
    while (true) {
      p++;
      int testStart = p;
      ExprNode test;
      try {
        test = disjunction();
      } catch (ParseError e) {
        if (e.error != null || e.token == testStart) {
          throw e;
        }
        // CPython's invalid_expression: the condition parsed as far as it could, then no 'else'
        throw errorAtNodes(body, body, "expected 'else' after 'if' expression");
      }
      if (!at(KW_ELSE)) {
        if (!at(COLON)) {
          throw errorAtNodes(body, test, "expected 'else' after 'if' expression");
        }
        throw fail();
      }
      p++;
      starts.add(new int[] {st});
      bodies.add(body);
      tests.add(test);
      enter(100);
      entered += 100;
      if (at(KW_LAMBDA)) {
        orelse = lambdef();
        break;
      }
      st = p;
      body = disjunction();
      lastDisjStart = st;
      lastDisjEnd = p;
      if (!at(KW_IF)) {
        orelse = body;
        break;
      }
    }
    leave(entered);
    int el = endLine();
    int ec = endCol();
    for (int i = bodies.size() - 1; i >= 0; i--) {
      int s0 = starts.get(i)[0];
      orelse = new Ast.IfExp(tests.get(i), bodies.get(i), orelse, line(s0), col(s0), el, ec);
    }
    return orelse;
  }

  private static boolean isTrailerStart(int k) {
    return k == DOT || k == LPAR || k == LSQB;
  }

  /** Kinds that no operator, trailer or conditional of an expression can start. */
  private static boolean endsExpression(int k) {
    return switch (k) {
      case COMMA, RPAR, RSQB, RBRACE, COLON, NEWLINE, SEMI, EQUAL -> true;
      default -> false;
    };
  }

  final ExprNode yieldExpr() {
    int st = expect(KW_YIELD);
    if (accept(KW_FROM)) {
      ExprNode value = expression();
      return new Ast.YieldFrom(value, line(st), col(st), endLine(), endCol());
    }
    ExprNode value = startsExpression(k()) ? starExpressions() : null;
    return new Ast.Yield(value, line(st), col(st), endLine(), endCol());
  }

  // ---- boolean operators

  /** Token span of the last disjunction that began an expression (for "Perhaps you forgot a comma?"). */
  int lastDisjStart = -1;
  int lastDisjEnd = -1;

  final ExprNode disjunction() {
    int st = p;
    return disjunctionAfter(st, conjunction());
  }

  /** The rest of a disjunction that began at token {@code st} with the operand {@code first}. */
  private ExprNode disjunctionAfter(int st, ExprNode first) {
    if (!at(KW_OR)) {
      return first;
    }
    List<ExprNode> values = new ArrayList<>();
    values.add(first);
    while (accept(KW_OR)) {
      values.add(conjunction());
    }
    return new Ast.BoolOp(Ast.BoolOpKind.Or, values, line(st), col(st), endLine(), endCol());
  }

  final ExprNode conjunction() {
    int st = p;
    return conjunctionAfter(st, inversion());
  }

  private ExprNode conjunctionAfter(int st, ExprNode first) {
    if (!at(KW_AND)) {
      return first;
    }
    List<ExprNode> values = new ArrayList<>();
    values.add(first);
    while (accept(KW_AND)) {
      values.add(inversion());
    }
    return new Ast.BoolOp(Ast.BoolOpKind.And, values, line(st), col(st), endLine(), endCol());
  }

  /** 'not'* comparison, built without recursion so long chains cannot overflow the stack. */
  final ExprNode inversion() {
    if (!at(KW_NOT)) {
      return comparison();
    }
    int first = p;
    while (at(KW_NOT)) {
      p++;
    }
    int count = p - first;
    checkPrefixChain(count);
    ExprNode e = comparison();
    int el = endLine();
    int ec = endCol();
    for (int i = count - 1; i >= 0; i--) {
      int t = first + i;
      e = new Ast.UnaryOp(Ast.UnaryOpKind.Not, e, line(t), col(t), el, ec);
    }
    return e;
  }

  /** CPython's parser gives up on very long chains of prefix operators. */
  final void checkPrefixChain(int count) {
    if ((long) count * 100 + depth > MAX_DEPTH) {
      throw new ParseError(TOO_COMPLEX, p);
    }
  }

  final ExprNode comparison() {
    int st = p;
    return comparisonAfter(st, bitwiseOr());
  }

  private ExprNode comparisonAfter(int st, ExprNode left) {
    Ast.CmpOpKind op = compareOp();
    if (op == null) {
      return left;
    }
    List<Ast.CmpOpKind> ops = new ArrayList<>();
    List<ExprNode> comparators = new ArrayList<>();
    while (op != null) {
      ops.add(op);
      comparators.add(bitwiseOr());
      op = compareOp();
    }
    return new Ast.Compare(left, ops, comparators, line(st), col(st), endLine(), endCol());
  }

  /** Consumes a comparison operator, or returns null. */
  private Ast.CmpOpKind compareOp() {
    Ast.CmpOpKind op;
    switch (k()) {
      case EQEQUAL -> op = Ast.CmpOpKind.Eq;
      case NOTEQUAL -> {
        if (!textIs(p, "!=")) {
          return null;
        }
        op = Ast.CmpOpKind.NotEq;
      }
      case LESS -> op = Ast.CmpOpKind.Lt;
      case LESSEQUAL -> op = Ast.CmpOpKind.LtE;
      case GREATER -> op = Ast.CmpOpKind.Gt;
      case GREATEREQUAL -> op = Ast.CmpOpKind.GtE;
      case KW_IN -> op = Ast.CmpOpKind.In;
      case KW_IS -> {
        if (k(1) == KW_NOT) {
          p += 2;
          return Ast.CmpOpKind.IsNot;
        }
        op = Ast.CmpOpKind.Is;
      }
      case KW_NOT -> {
        if (k(1) != KW_IN) {
          return null;
        }
        p += 2;
        return Ast.CmpOpKind.NotIn;
      }
      default -> {
        return null;
      }
    }
    p++;
    return op;
  }

  // ---- binary operators by precedence climbing

  private static int precedence(int k) {
    return switch (k) {
      case VBAR -> 1;
      case CIRCUMFLEX -> 2;
      case AMPER -> 3;
      case LEFTSHIFT, RIGHTSHIFT -> 4;
      case PLUS, MINUS -> 5;
      case STAR, SLASH, DOUBLESLASH, PERCENT, AT -> 6;
      default -> 0;
    };
  }

  private static Ast.OperatorKind binaryOperator(int k) {
    return switch (k) {
      case VBAR -> Ast.OperatorKind.BitOr;
      case CIRCUMFLEX -> Ast.OperatorKind.BitXor;
      case AMPER -> Ast.OperatorKind.BitAnd;
      case LEFTSHIFT -> Ast.OperatorKind.LShift;
      case RIGHTSHIFT -> Ast.OperatorKind.RShift;
      case PLUS -> Ast.OperatorKind.Add;
      case MINUS -> Ast.OperatorKind.Sub;
      case STAR -> Ast.OperatorKind.Mult;
      case SLASH -> Ast.OperatorKind.Div;
      case DOUBLESLASH -> Ast.OperatorKind.FloorDiv;
      case PERCENT -> Ast.OperatorKind.Mod;
      case AT -> Ast.OperatorKind.MatMult;
      default -> throw new IllegalStateException();
    };
  }

  final ExprNode bitwiseOr() {
    return binary(1);
  }

  /** Left-associative operators of precedence at least {@code minPrec}; loops, not recursion, per level. */
  private ExprNode binary(int minPrec) {
    int st = p;
    return binaryAfter(st, factor(), minPrec);
  }

  private ExprNode binaryAfter(int st, ExprNode left, int minPrec) {
    while (true) {
      int prec = precedence(k());
      if (prec < minPrec || prec == 0) {
        return left;
      }
      Ast.OperatorKind op = binaryOperator(k());
      p++;
      if (at(KW_NOT)) {
        throw errorAtToken(p, "'not' after an operator must be parenthesized");
      }
      ExprNode right = binary(prec + 1);
      left = new Ast.BinOp(left, op, right, line(st), col(st), endLine(), endCol());
    }
  }

  /** factor: ('+' | '-' | '~')* power, built iteratively. */
  final ExprNode factor() {
    int k = k();
    if (k != PLUS && k != MINUS && k != TILDE) {
      return power();
    }
    int first = p;
    while (at(PLUS) || at(MINUS) || at(TILDE)) {
      p++;
    }
    if (at(KW_NOT)) {
      throw errorAtToken(p, "'not' after an operator must be parenthesized");
    }
    int count = p - first;
    checkPrefixChain(count);
    ExprNode e = power();
    int el = endLine();
    int ec = endCol();
    for (int i = count - 1; i >= 0; i--) {
      int t = first + i;
      Ast.UnaryOpKind op =
          switch (kind[t]) {
            case PLUS -> Ast.UnaryOpKind.UAdd;
            case MINUS -> Ast.UnaryOpKind.USub;
            default -> Ast.UnaryOpKind.Invert;
          };
      e = new Ast.UnaryOp(op, e, line(t), col(t), el, ec);
    }
    return e;
  }

  /**
   * power: await_primary ['**' factor]. Right-nested chains such as {@code a ** -b ** c} are
   * collected in a loop and built from the inside out, so no chain can overflow the stack.
   */
  final ExprNode power() {
    int st = p;
    return powerAfter(st, awaitPrimary());
  }

  private ExprNode powerAfter(int st, ExprNode base) {
    if (!at(DOUBLESTAR)) {
      return base;
    }
    List<ExprNode> bases = new ArrayList<>();
    int[] frames = new int[12]; // per level: start token, first prefix token, prefix count
    int levels = 0;
    ExprNode result;
    while (true) {
      p++;
      enter(200);
      int firstPrefix = p;
      while (at(PLUS) || at(MINUS) || at(TILDE)) {
        p++;
      }
      int count = p - firstPrefix;
      checkPrefixChain(count);
      if (levels * 3 + 3 > frames.length) {
        frames = java.util.Arrays.copyOf(frames, frames.length * 2);
      }
      frames[levels * 3] = st;
      frames[levels * 3 + 1] = firstPrefix;
      frames[levels * 3 + 2] = count;
      bases.add(base);
      levels++;
      st = p;
      base = awaitPrimary();
      if (!at(DOUBLESTAR)) {
        result = base;
        break;
      }
    }
    leave(200 * levels);
    int el = endLine();
    int ec = endCol();
    for (int i = levels - 1; i >= 0; i--) {
      int firstPrefix = frames[i * 3 + 1];
      for (int j = frames[i * 3 + 2] - 1; j >= 0; j--) {
        int t = firstPrefix + j;
        result = new Ast.UnaryOp(unaryOperator(kind[t]), result, line(t), col(t), el, ec);
      }
      int s0 = frames[i * 3];
      result = new Ast.BinOp(bases.get(i), Ast.OperatorKind.Pow, result, line(s0), col(s0), el, ec);
    }
    return result;
  }

  private static Ast.UnaryOpKind unaryOperator(int k) {
    return switch (k) {
      case PLUS -> Ast.UnaryOpKind.UAdd;
      case MINUS -> Ast.UnaryOpKind.USub;
      default -> Ast.UnaryOpKind.Invert;
    };
  }

  final ExprNode awaitPrimary() {
    if (at(KW_AWAIT)) {
      int st = p++;
      enter(100);
      ExprNode value = primary();
      leave(100);
      return new Ast.Await(value, line(st), col(st), endLine(), endCol());
    }
    return primary();
  }

  /** primary: atom followed by any number of '.' NAME, calls and subscripts. */
  final ExprNode primary() {
    int st = p;
    ExprNode e = atom();
    while (true) {
      switch (k()) {
        case DOT -> {
          if (k(1) != NAME) {
            // as a PEG parser would: the primary ends before the '.', the caller fails there
            return e;
          }
          p++;
          String attr = expectName();
          e = new Ast.Attribute(e, attr, ExprContext.Load, line(st), col(st), endLine(), endCol());
        }
        case LPAR -> e = callTrailer(st, e, true);
        case LSQB -> {
          p++;
          enter(2381);
          ExprNode slice = slices();
          expect(RSQB);
          leave(2381);
          e = new Ast.Subscript(e, slice, ExprContext.Load, line(st), col(st), endLine(), endCol());
        }
        default -> {
          return e;
        }
      }
    }
  }

  // ---- calls

  final ExprNode callTrailer(int st, ExprNode func, boolean allowGenexp) {
    int open = expect(LPAR);
    enter(2381);
    List<ExprNode> args = new ArrayList<>();
    List<Ast.Keyword> keywords = new ArrayList<>();
    boolean sawKeyword = false;
    boolean sawKwUnpack = false;
    while (!at(RPAR)) {
      int as = p;
      if (at(STAR)) {
        if (sawKwUnpack) {
          throw errorAtToken(p - 1, "iterable argument unpacking follows keyword argument unpacking");
        }
        p++;
        if (!startsExpression(k()) || at(STAR)) {
          throw errorAtToken(p, "Invalid star expression");
        }
        ExprNode value;
        try {
          value = expression();
        } catch (ParseError e) {
          if (e.error != null) {
            throw e;
          }
          throw errorAtToken(e.token, "Invalid star expression");
        }
        if (at(EQUAL)) {
          throw errorAtToken(as, "cannot assign to iterable argument unpacking");
        }
        ExprNode starred = new Ast.Starred(value, ExprContext.Load, line(as), col(as), endLine(), endCol());
        if (allowGenexp && args.isEmpty() && keywords.isEmpty() && (at(KW_FOR) || at(KW_ASYNC) && k(1) == KW_FOR)) {
          // PEP 798 (3.15): f(*x for x in y)
          checkComprehensionElement(starred);
          List<Ast.Comprehension> gens = forIfClauses();
          if (!at(RPAR)) {
            throw fail();
          }
          args.add(new Ast.GeneratorExp(starred, gens, line(open), col(open), v.endLine[p], v.endCol[p]));
          break;
        }
        args.add(starred);
      } else if (at(DOUBLESTAR)) {
        p++;
        ExprNode value = expression();
        if (at(EQUAL)) {
          throw errorAtToken(as, "cannot assign to keyword argument unpacking");
        }
        keywords.add(new Ast.Keyword(null, value, line(as), col(as), endLine(), endCol()));
        sawKeyword = true;
        sawKwUnpack = true;
      } else if ((at(KW_TRUE) || at(KW_FALSE) || at(KW_NONE)) && k(1) == EQUAL) {
        throw errorAtToken(p, "cannot assign to " + tokText(p));
      } else if (at(NAME) && k(1) == EQUAL) {
        String name = identifier(p);
        p += 2;
        if (at(COMMA) || at(RPAR)) {
          throw errorAtToken(as, "expected argument value expression");
        }
        ExprNode value = expression();
        keywords.add(new Ast.Keyword(name, value, line(as), col(as), endLine(), endCol()));
        sawKeyword = true;
      } else {
        ExprNode arg;
        if (sawKeyword) {
          // CPython's first pass only tries keyword arguments and unpackings here
          int argStart = p;
          int seen = maxSeen;
          try {
            arg = namedExpression();
          } catch (ParseError e) {
            if (e.error != null) {
              throw e;
            }
            p = argStart;
            maxSeen = at(NAME) ? Math.max(seen, p + 1) : seen;
            throw fail();
          }
        } else {
          arg = namedExpression();
        }
        if (allowGenexp && (at(KW_FOR) || at(KW_ASYNC) && k(1) == KW_FOR)) {
          List<Ast.Comprehension> gens = forIfClauses();
          if (!args.isEmpty() || !keywords.isEmpty() || !at(RPAR)) {
            throw errorAtNodes(arg, lastComprehensionItem(gens), "Generator expression must be parenthesized");
          }
          int close = p;
          args.add(new Ast.GeneratorExp(arg, gens, line(open), col(open), v.endLine[close], v.endCol[close]));
          break;
        }
        if (at(EQUAL)) {
          int eq = p;
          p++;
          if (startsExpression(k())) {
            ExprNode rhs = expression();
            throw errorAtNodes(arg, rhs, "expression cannot contain assignment, perhaps you meant \"==\"?");
          }
          p = eq;
          throw fail();
        }
        if (sawKeyword) {
          throw errorAtToken(p,
              sawKwUnpack ? "positional argument follows keyword argument unpacking"
                  : "positional argument follows keyword argument");
        }
        args.add(arg);
      }
      if (!accept(COMMA)) {
        break;
      }
    }
    expect(RPAR);
    leave(2381);
    return new Ast.Call(func, args, keywords, line(st), col(st), endLine(), endCol());
  }

  static ExprNode lastComprehensionItem(List<Ast.Comprehension> gens) {
    Ast.Comprehension c = gens.get(gens.size() - 1);
    return c.ifs().isEmpty() ? c.iter() : c.ifs().get(c.ifs().size() - 1);
  }

  // ---- subscripts

  /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
  private ExprNode slices() {
    int st = p;
    ExprNode first = sliceItem();
    if (!at(COMMA) && !(first instanceof Ast.Starred)) {
      return first;
    }
    List<ExprNode> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA)) {
      if (at(RSQB)) {
        break;
      }
      elts.add(sliceItem());
    }
    return new Ast.Tuple(elts, ExprContext.Load, line(st), col(st), endLine(), endCol());
  }

  private ExprNode sliceItem() {
    int st = p;
    if (at(STAR)) {
      p++;
      ExprNode value = starredOperand();
      return new Ast.Starred(value, ExprContext.Load, line(st), col(st), endLine(), endCol());
    }
    ExprNode lower = null;
    if (!at(COLON)) {
      lower = namedExpression();
      if (!at(COLON)) {
        return lower;
      }
      if (lower instanceof Ast.NamedExpr) {
        throw fail();
      }
    }
    p++;
    ExprNode upper = null;
    if (!at(COLON) && !at(COMMA) && !at(RSQB)) {
      upper = expression();
    }
    ExprNode step = null;
    if (accept(COLON)) {
      if (!at(COMMA) && !at(RSQB)) {
        step = expression();
      }
    }
    return new Ast.Slice(lower, upper, step, line(st), col(st), endLine(), endCol());
  }

  // ---- atoms

  final ExprNode atom() {
    int st = p;
    switch (k()) {
      case NAME -> {
        p++;
        return new Ast.Name(identifier(st), ExprContext.Load, line(st), col(st), v.endLine[st], v.endCol[st]);
      }
      case KW_NONE -> {
        p++;
        return constant(ConstantValue.NONE, st);
      }
      case KW_TRUE -> {
        p++;
        return constant(ConstantValue.TRUE, st);
      }
      case KW_FALSE -> {
        p++;
        return constant(ConstantValue.FALSE, st);
      }
      case ELLIPSIS -> {
        p++;
        return constant(ConstantValue.ELLIPSIS, st);
      }
      case NUMBER -> {
        p++;
        ConstantValue value;
        try {
          value = Literals.number(tokText(st));
        } catch (Literals.LiteralException e) {
          throw errorAtToken(st, e.getMessage());
        }
        return constant(value, st);
      }
      case STRING, FSTRING_START, TSTRING_START -> {
        return strings.strings();
      }
      case LPAR -> {
        enter(2754);
        ExprNode e = parenthesized();
        leave(2754);
        return e;
      }
      case LSQB -> {
        enter(2881);
        ExprNode e = listDisplay();
        leave(2881);
        return e;
      }
      case LBRACE -> {
        enter(2881);
        ExprNode e = braceDisplay();
        leave(2881);
        return e;
      }
      default -> throw fail();
    }
  }

  final Ast.Constant constant(ConstantValue value, int tok) {
    return new Ast.Constant(value, null, line(tok), col(tok), v.endLine[tok], v.endCol[tok]);
  }

  /** tuple | group | genexp */
  private ExprNode parenthesized() {
    int st = expect(LPAR);
    if (accept(RPAR)) {
      return new Ast.Tuple(new ArrayList<>(), ExprContext.Load, line(st), col(st), endLine(), endCol());
    }
    if (at(KW_YIELD)) {
      ExprNode y = yieldExpr();
      expect(RPAR);
      return y;
    }
    ExprNode first = firstDisplayElement();
    if (at(KW_FOR) || at(KW_ASYNC) && k(1) == KW_FOR) {
      checkComprehensionElement(first);
      List<Ast.Comprehension> gens = forIfClauses();
      expect(RPAR);
      return new Ast.GeneratorExp(first, gens, line(st), col(st), endLine(), endCol());
    }
    if (accept(RPAR)) {
      if (first instanceof Ast.Starred) {
        throw errorAtNode(first, "cannot use starred expression here");
      }
      return first;
    }
    if (!at(COMMA)) {
      throw fail();
    }
    List<ExprNode> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA)) {
      if (at(RPAR)) {
        break;
      }
      elts.add(starNamedExpression());
    }
    expect(RPAR);
    return new Ast.Tuple(elts, ExprContext.Load, line(st), col(st), endLine(), endCol());
  }

  /** CPython's invalid_comprehension: '[a, b for ...]'. */
  private void checkUnparenthesizedTarget(List<ExprNode> elts) {
    if (elts.size() >= 2 && (at(KW_FOR) || at(KW_ASYNC) && k(1) == KW_FOR)) {
      throw errorAtNodes(elts.get(0), elts.get(elts.size() - 1), "did you forget parentheses around the comprehension target?");
    }
  }

  /** 3.15 (PEP 798) allows starred elements in comprehensions; earlier versions do not. */
  final void checkComprehensionElement(ExprNode elt) {
    if (minor < 15 && elt instanceof Ast.Starred) {
      throw errorAtNode(elt, "iterable unpacking cannot be used in comprehension");
    }
  }

  private ExprNode listDisplay() {
    int st = expect(LSQB);
    List<ExprNode> elts = new ArrayList<>();
    if (accept(RSQB)) {
      return new Ast.List(elts, ExprContext.Load, line(st), col(st), endLine(), endCol());
    }
    ExprNode first = firstDisplayElement();
    if (at(KW_FOR) || at(KW_ASYNC) && k(1) == KW_FOR) {
      checkComprehensionElement(first);
      List<Ast.Comprehension> gens = forIfClauses();
      expect(RSQB);
      return new Ast.ListComp(first, gens, line(st), col(st), endLine(), endCol());
    }
    elts.add(first);
    while (accept(COMMA)) {
      if (at(RSQB)) {
        break;
      }
      elts.add(starNamedExpression());
    }
    checkUnparenthesizedTarget(elts);
    expect(RSQB);
    return new Ast.List(elts, ExprContext.Load, line(st), col(st), endLine(), endCol());
  }

  /** dict | set | dictcomp | setcomp */
  private ExprNode braceDisplay() {
    int st = expect(LBRACE);
    if (accept(RBRACE)) {
      return new Ast.Dict(new ArrayList<>(), new ArrayList<>(), line(st), col(st), endLine(), endCol());
    }
    if (at(DOUBLESTAR)) {
      p++;
      ExprNode unpacked = bitwiseOr();
      if (at(KW_FOR) || at(KW_ASYNC) && k(1) == KW_FOR) {
        // PEP 798: {**d for d in ds}
        if (minor < 15) {
          throw errorAtToken(st + 1, "dict unpacking cannot be used in dict comprehension");
        }
        List<Ast.Comprehension> gens = forIfClauses();
        expect(RBRACE);
        return new Ast.DictComp(unpacked, null, gens, line(st), col(st), endLine(), endCol());
      }
      return dictRest(st, null, unpacked);
    }
    ExprNode first = firstDisplayElement();
    if (first instanceof Ast.Starred && at(COLON)) {
      throw fail();
    }
    if (accept(COLON)) {
      checkDictValueStart();
      if (at(COMMA) || at(RBRACE)) {
        throw errorAtToken(p - 1, "expression expected after dictionary key and ':'");
      }
      ExprNode value = expression();
      if (at(KW_FOR) || at(KW_ASYNC) && k(1) == KW_FOR) {
        List<Ast.Comprehension> gens = forIfClauses();
        expect(RBRACE);
        return new Ast.DictComp(first, value, gens, line(st), col(st), endLine(), endCol());
      }
      return dictRest(st, first, value);
    }
    if (at(KW_FOR) || at(KW_ASYNC) && k(1) == KW_FOR) {
      checkComprehensionElement(first);
      List<Ast.Comprehension> gens = forIfClauses();
      expect(RBRACE);
      return new Ast.SetComp(first, gens, line(st), col(st), endLine(), endCol());
    }
    List<ExprNode> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA)) {
      if (at(RBRACE)) {
        break;
      }
      elts.add(starNamedExpression());
    }
    checkUnparenthesizedTarget(elts);
    expect(RBRACE);
    return new Ast.Set(elts, line(st), col(st), endLine(), endCol());
  }

  private void checkDictValueStart() {
    if (at(STAR)) {
      throw errorAtToken(p, "cannot use a starred expression in a dictionary value");
    }
    if (at(DOUBLESTAR)) {
      throw fail(); // 3.14 says "cannot use dict unpacking in a dictionary value"
    }
  }

  private ExprNode dictRest(int st, ExprNode firstKey, ExprNode firstValue) {
    List<ExprNode> keys = new ArrayList<>();
    List<ExprNode> values = new ArrayList<>();
    keys.add(firstKey);
    // (the first value was parsed by the caller)
    values.add(firstValue);
    while (accept(COMMA)) {
      if (at(RBRACE)) {
        break;
      }
      if (accept(DOUBLESTAR)) {
        keys.add(null);
        values.add(bitwiseOr());
      } else {
        ExprNode key = expression();
        if (!at(COLON)) {
          throw new ParseError(new dev.pyvet.syntax.PySyntaxError(dev.pyvet.syntax.PySyntaxError.Kind.SyntaxError,
              "':' expected after dictionary key", key.endLineno(), charCol1(key.endLineno(), key.endColOffset()) - 1,
              key.endLineno(), 0), p);
        }
        p++;
        if (at(COMMA) || at(RBRACE)) {
          throw errorAtToken(p - 1, "expression expected after dictionary key and ':'");
        }
        checkDictValueStart();
        keys.add(key);
        values.add(expression());
      }
    }
    expect(RBRACE);
    return new Ast.Dict(keys, values, line(st), col(st), endLine(), endCol());
  }

  // ---- comprehensions

  final List<Ast.Comprehension> forIfClauses() {
    List<Ast.Comprehension> gens = new ArrayList<>();
    while (at(KW_FOR) || at(KW_ASYNC) && k(1) == KW_FOR) {
      int isAsync = 0;
      if (accept(KW_ASYNC)) {
        isAsync = 1;
      }
      expect(KW_FOR);
      int targetStart = p;
      ExprNode target;
      try {
        target = starTargets();
        if (!at(KW_IN)) {
          throw fail();
        }
      } catch (ParseError e) {
        throw invalidForIfClause(targetStart, e);
      }
      p++;
      ExprNode iter = disjunction();
      List<ExprNode> ifs = new ArrayList<>();
      while (accept(KW_IF)) {
        ifs.add(disjunction());
      }
      gens.add(new Ast.Comprehension(target, iter, ifs, isAsync));
    }
    return gens;
  }

  /**
   * CPython's invalid_for_if_clause and invalid_for_target: targets that are expressions
   * without a following 'in', or an 'in' after something that cannot be assigned.
   */
  private ParseError invalidForIfClause(int targetStart, ParseError original) {
    int save = p;
    int saveSeen = maxSeen;
    try {
      p = targetStart;
      bitwiseOr();
      while (accept(COMMA)) {
        if (!startsExpression(k())) {
          break;
        }
        bitwiseOr();
      }
      if (!at(KW_IN)) {
        return errorAtToken(p, "'in' expected after for-loop variables");
      }
      if (original.error != null) {
        return original;
      }
      p = targetStart;
      ExprNode e = starExpressions();
      ExprNode bad = Targets.invalidFor(e);
      if (bad != null) {
        return errorAtNode(bad, "cannot assign to " + Targets.exprName(bad));
      }
    } catch (ParseError ignored) {
      // keep the original error
    } finally {
      p = save;
      maxSeen = saveSeen;
    }
    return original;
  }

  // ---- targets

  /** star_targets as used by 'for' and comprehensions: stops before 'in'. */
  final ExprNode starTargets() {
    int st = p;
    ExprNode first = starTarget();
    if (!at(COMMA)) {
      return first;
    }
    List<ExprNode> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA)) {
      if (!at(STAR) && !startsTarget(k())) {
        break;
      }
      elts.add(starTarget());
    }
    return new Ast.Tuple(elts, ExprContext.Store, line(st), col(st), endLine(), endCol());
  }

  static boolean startsTarget(int k) {
    return k == NAME || k == LPAR || k == LSQB;
  }

  final ExprNode starTarget() {
    if (at(STAR)) {
      int st = p++;
      if (at(STAR)) {
        throw fail();
      }
      ExprNode inner = starTarget();
      return new Ast.Starred(inner, ExprContext.Store, line(st), col(st), endLine(), endCol());
    }
    return Targets.store(this, primary());
  }

  // ---- lambda

  /** lambdef; a chain {@code lambda: lambda: x} is collected in a loop so it cannot overflow the stack. */
  private ExprNode lambdef() {
    List<Ast.Arguments> argsList = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    while (at(KW_LAMBDA)) {
      starts.add(p++);
      enter(200);
      argsList.add(parameters(true, COLON));
      expect(COLON);
    }
    ExprNode body = expression();
    leave(200 * starts.size());
    int el = endLine();
    int ec = endCol();
    for (int i = starts.size() - 1; i >= 0; i--) {
      int st = starts.get(i);
      body = new Ast.Lambda(argsList.get(i), body, line(st), col(st), el, ec);
    }
    return body;
  }

  /**
   * Parameters of a def (until ')') or a lambda (until ':'). Defaults must not be followed by
   * parameters without one, '/' comes before '*', and so on.
   */
  final Ast.Arguments parameters(boolean lambda, int closer) {
    List<Ast.Arg> posonly = new ArrayList<>();
    List<Ast.Arg> args = new ArrayList<>();
    List<ExprNode> defaults = new ArrayList<>();
    Ast.Arg vararg = null;
    List<Ast.Arg> kwonly = new ArrayList<>();
    List<ExprNode> kwDefaults = new ArrayList<>();
    Ast.Arg kwarg = null;
    boolean star = false;
    boolean slash = false;
    while (!at(closer)) {
      if (at(LPAR)) {
        // CPython's message only for '(' NAME, ... ')' after parameters without defaults
        int i = p + 1;
        while (kind[i] == NAME && (kind[i + 1] == COMMA || kind[i + 1] == RPAR)) {
          i += kind[i + 1] == COMMA ? 2 : 1;
          if (kind[i] == RPAR) {
            break;
          }
        }
        if (kind[i] == RPAR && i > p + 1 && defaults.isEmpty() && !star && !slash) {
          throw errorAtToken(p, lambda ? "Lambda expression parameters cannot be parenthesized"
              : "Function parameters cannot be parenthesized");
        }
        throw fail();
      }
      if (at(SLASH)) {
        int t = p;
        if (slash) {
          throw errorAtToken(t, "/ may appear only once");
        }
        if (star) {
          throw errorAtToken(t, "/ must be ahead of *");
        }
        if (args.isEmpty()) {
          if (lambda) {
            throw fail();
          }
          throw errorAtToken(t, "at least one argument must precede /");
        }
        p++;
        slash = true;
        posonly.addAll(args);
        args.clear();
      } else if (at(STAR)) {
        int t = p;
        if (star) {
          throw errorAtToken(t, "* argument may appear only once");
        }
        p++;
        star = true;
        if (at(closer) || at(COMMA) && (k(1) == closer || k(1) == DOUBLESTAR)) {
          throw errorAtToken(lambda ? (at(COMMA) ? p + 1 : p) : t, "named arguments must follow bare *");
        }
        if (!at(COMMA)) {
          vararg = param(lambda, true);
          if (at(EQUAL)) {
            throw errorAtToken(p, lambda ? "var-positional argument cannot have default value" : "var-positional argument cannot have default value");
          }
        }
      } else if (at(DOUBLESTAR)) {
        p++;
        kwarg = param(lambda, false);
        if (at(EQUAL)) {
          throw errorAtToken(p, "var-keyword argument cannot have default value");
        }
        accept(COMMA);
        if (!at(closer)) {
          throw errorAtToken(p, "arguments cannot follow var-keyword argument");
        }
        break;
      } else {
        Ast.Arg a = param(lambda, false);
        ExprNode dflt = null;
        if (accept(EQUAL)) {
          if (at(COMMA) || at(closer)) {
            throw errorAtToken(p - 1, "expected default value expression");
          }
          dflt = expression();
        }
        if (star) {
          kwonly.add(a);
          kwDefaults.add(dflt);
        } else {
          if (dflt != null) {
            defaults.add(dflt);
          } else if (!defaults.isEmpty()) {
            throw errorAtNode(a, "parameter without a default follows parameter with a default");
          }
          args.add(a);
        }
      }
      if (!accept(COMMA)) {
        break;
      }
    }
    if (star && vararg == null && kwonly.isEmpty() && kwarg == null) {
      throw fail();
    }
    return new Ast.Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
  }

  private Ast.Arg param(boolean lambda, boolean starAnnotation) {
    int st = p;
    String name = expectName();
    ExprNode annotation = null;
    if (!lambda && accept(COLON)) {
      annotation = starAnnotation && at(STAR) ? starExpression() : expression();
    }
    return new Ast.Arg(name, annotation, null, line(st), col(st), endLine(), endCol());
  }
}
