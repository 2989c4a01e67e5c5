package dev.pyvet.syntax.parser;

import static dev.pyvet.syntax.parser.Kinds.*;

import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.Ast.ExprContext;
import dev.pyvet.syntax.ast.Ast.ExprNode;
import dev.pyvet.syntax.ast.Ast.StmtNode;
import java.util.ArrayList;
import java.util.List;

/** Statements and blocks of CPython's grammar. */
class StatementParser extends PatternParser {
  /** Nesting of function and class bodies, and of try blocks (lazy imports are rejected there). */
  int functionDepth;
  int classDepth;
  int tryDepth;

  StatementParser(TokenView v) {
    super(v);
  }

  Ast.Module file() {
    List<StmtNode> body = new ArrayList<>();
    while (!at(ENDMARKER)) {
      statement(body);
    }
    return new Ast.Module(body, new ArrayList<>());
  }

  /** Parses one statement line or compound statement into {@code out}. */
  final void statement(List<StmtNode> out) {
    switch (k()) {
      case KW_DEF -> out.add(functionDef(new ArrayList<>(), p, false));
      case KW_CLASS -> out.add(classDef(new ArrayList<>(), p));
      case AT -> out.add(decorated());
      case KW_IF -> out.add(ifStmt());
      case KW_WHILE -> out.add(whileStmt());
      case KW_FOR -> out.add(forStmt(p, false));
      case KW_TRY -> out.add(tryStmt());
      case KW_WITH -> out.add(withStmt(p, false));
      case KW_ASYNC -> {
        int st = p;
        switch (k(1)) {
          case KW_DEF -> {
            p++;
            out.add(functionDef(new ArrayList<>(), st, true));
          }
          case KW_FOR -> {
            p++;
            out.add(forStmt(st, true));
          }
          case KW_WITH -> {
            p++;
            out.add(withStmt(st, true));
          }
          default -> throw fail();
        }
      }
      case NAME -> {
        if (atSoft("match") && looksLikeMatch()) {
          StmtNode m = matchStmt();
          if (m != null) {
            out.add(m);
            return;
          }
        }
        simpleStatements(out);
      }
      case INDENT -> throw new ParseError(Diagnosis.unexpectedIndent(v, p), p);
      default -> simpleStatements(out);
    }
  }

  private boolean looksLikeMatch() {
    return switch (k(1)) {
      case NAME, NUMBER, STRING, FSTRING_START, TSTRING_START, LBRACE, KW_NONE, KW_TRUE, KW_FALSE, ELLIPSIS, KW_LAMBDA,
          KW_AWAIT, LPAR, LSQB, MINUS, PLUS, TILDE, STAR, KW_NOT -> true;
      default -> false;
    };
  }

  // ---- simple statements

  private void simpleStatements(List<StmtNode> out) {
    while (true) {
      out.add(simpleStatement());
      if (accept(SEMI)) {
        if (at(NEWLINE)) {
          break;
        }
        continue;
      }
      break;
    }
    if (!at(NEWLINE)) {
      StmtNode last = out.get(out.size() - 1);
      if (last instanceof Ast.Expr x && x.value() instanceof Ast.Name n
          && (n.id().equals("print") || n.id().equals("exec")) && startsExpression(k())) {
        int save = p;
        int saveSeen = maxSeen;
        try {
          ExprNode rest = starExpressions();
          throw errorAtNodes(n, rest, "Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?");
        } catch (ParseError e) {
          if (e.error != null && e.error.message().startsWith("Missing parentheses")) {
            throw e;
          }
          p = save;
          maxSeen = saveSeen;
        }
      }
      throw fail();
    }
    p++;
  }

  private StmtNode simpleStatement() {
    int st = p;
    switch (k()) {
      case KW_PASS -> {
        p++;
        return new Ast.Pass(line(st), col(st), endLine(), endCol());
      }
      case KW_BREAK -> {
        p++;
        return new Ast.Break(line(st), col(st), endLine(), endCol());
      }
      case KW_CONTINUE -> {
        p++;
        return new Ast.Continue(line(st), col(st), endLine(), endCol());
      }
      case KW_RETURN -> {
        p++;
        ExprNode value = startsExpression(k()) ? starExpressions() : null;
        return new Ast.Return(value, line(st), col(st), endLine(), endCol());
      }
      case KW_RAISE -> {
        p++;
        ExprNode exc = null;
        ExprNode cause = null;
        if (startsExpression(k())) {
          exc = expression();
          if (accept(KW_FROM)) {
            cause = expression();
          }
        }
        return new Ast.Raise(exc, cause, line(st), col(st), endLine(), endCol());
      }
      case KW_GLOBAL, KW_NONLOCAL -> {
        boolean global = at(KW_GLOBAL);
        p++;
        List<String> names = new ArrayList<>();
        names.add(expectName());
        while (accept(COMMA)) {
          names.add(expectName());
        }
        return global
            ? new Ast.Global(names, line(st), col(st), endLine(), endCol())
            : new Ast.Nonlocal(names, line(st), col(st), endLine(), endCol());
      }
      case KW_DEL -> {
        p++;
        List<ExprNode> targets = new ArrayList<>();
        while (true) {
          targets.add(Targets.delete(this, starExpression()));
          if (!accept(COMMA) || at(SEMI) || at(NEWLINE)) {
            break;
          }
        }
        if (!at(SEMI) && !at(NEWLINE)) {
          throw fail();
        }
        return new Ast.Delete(targets, line(st), col(st), endLine(), endCol());
      }
      case KW_ASSERT -> {
        p++;
        ExprNode test = expression();
        ExprNode msg = accept(COMMA) ? expression() : null;
        return new Ast.Assert(test, msg, line(st), col(st), endLine(), endCol());
      }
      case KW_IMPORT -> {
        return importName(st, null);
      }
      case KW_FROM -> {
        return importFrom(st, null);
      }
      case NAME -> {
        if (k(1) == NAME && atSoft("type")) {
          return typeAlias();
        }
        if ((k(1) == KW_IMPORT || k(1) == KW_FROM) && atSoft("lazy")) {
          return lazyImport();
        }
        return expressionStatement();
      }
      default -> {
        return expressionStatement();
      }
    }
  }

  private StmtNode expressionStatement() {
    int st = p;
    ExprNode e = at(KW_YIELD) ? yieldExpr() : starExpressions();
    switch (k()) {
      case COLON -> {
        if (!(e instanceof Ast.Name || e instanceof Ast.Attribute || e instanceof Ast.Subscript) && !startsExpression(peekQuietly(1))) {
          throw fail();
        }
        p++;
        if (e instanceof Ast.Tuple) {
          throw errorAtNode(e, "only single target (not tuple) can be annotated");
        }
        if (e instanceof Ast.List) {
          throw errorAtNode(e, "only single target (not list) can be annotated");
        }
        if (!(e instanceof Ast.Name || e instanceof Ast.Attribute || e instanceof Ast.Subscript)) {
          throw errorAtNode(e, "illegal target for annotation");
        }
        int simple = e instanceof Ast.Name && kind[st] != LPAR ? 1 : 0;
        ExprNode target = Targets.withContext(e, ExprContext.Store);
        ExprNode annotation = expression();
        ExprNode value = null;
        if (accept(EQUAL)) {
          value = at(KW_YIELD) ? yieldExpr() : starExpressions();
        }
        return new Ast.AnnAssign(target, annotation, value, simple, line(st), col(st), endLine(), endCol());
      }
      case EQUAL -> {
        List<ExprNode> exprs = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        exprs.add(e);
        starts.add(st);
        int afterFirstValue = -1;
        while (accept(EQUAL)) {
          if (!startsExpression(k()) && !at(KW_YIELD)) {
            for (int i = 0; i < exprs.size(); i++) {
              assignTarget(exprs.get(i), starts.get(i), false);
            }
            throw fail();
          }
          starts.add(p);
          exprs.add(at(KW_YIELD) ? yieldExpr() : starExpressions());
          if (exprs.size() == 2) {
            afterFirstValue = k();
          }
        }
        List<ExprNode> targets = new ArrayList<>(exprs.size() - 1);
        for (int i = 0; i < exprs.size() - 1; i++) {
          boolean here = i == 0 && afterFirstValue != EQUAL && afterFirstValue != COLONEQUAL;
          targets.add(assignTarget(exprs.get(i), starts.get(i), here));
        }
        return new Ast.Assign(targets, exprs.get(exprs.size() - 1), null, line(st), col(st), endLine(), endCol());
      }
      case PLUSEQUAL, MINEQUAL, STAREQUAL, ATEQUAL, SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL,
          LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL, DOUBLESTAREQUAL, DOUBLESLASHEQUAL -> {
        Ast.OperatorKind op = augOperator(k());
        if (!(e instanceof Ast.Name || e instanceof Ast.Attribute || e instanceof Ast.Subscript)) {
          throw errorAtNode(e, "'" + Targets.exprName(e) + "' is an illegal expression for augmented assignment");
        }
        p++;
        ExprNode target = Targets.withContext(e, ExprContext.Store);
        ExprNode value = at(KW_YIELD) ? yieldExpr() : starExpressions();
        return new Ast.AugAssign(target, op, value, line(st), col(st), endLine(), endCol());
      }
      default -> {
        if (at(COLONEQUAL) && !(e instanceof Ast.Name) && !(e instanceof Ast.Tuple && kind[st] != LPAR)) {
          throw errorAtNode(e, "cannot use assignment expressions with " + Targets.exprName(e));
        }
        return new Ast.Expr(e, line(st), col(st), endLine(), endCol());
      }
    }
  }

  /**
   * Validates one assignment target. The first target gets CPython's "here. Maybe you meant '=='"
   * wording when it is a single operand expression (CPython's invalid_named_expression).
   */
  private ExprNode assignTarget(ExprNode e, int startTok, boolean firstBeforeValue) {
    ExprNode bad = Targets.invalid(e, false);
    if (bad != null) {
      if (kind[startTok] == KW_YIELD) {
        throw errorAtNode(e, "assignment to yield expression not possible");
      }
      if (firstBeforeValue && bad == e && (isOperandLevel(e) || isGroup(e, startTok))) {
        throw errorAtNode(bad, "cannot assign to " + Targets.exprName(bad) + " here. Maybe you meant '==' instead of '='?");
      }
      throw errorAtNode(bad, "cannot assign to " + Targets.exprName(bad));
    }
    return Targets.withContext(e, ExprContext.Store);
  }

  /** A parenthesised expression that is not a tuple or generator (a group is an atom). */
  final boolean isGroup(ExprNode e, int startTok) {
    return kind[startTok] == LPAR && (e.lineno() != line(startTok) || e.colOffset() != col(startTok))
        && !(e instanceof Ast.Starred);
  }

  /** A bitwise_or-level expression other than a list, tuple, generator or True/False/None. */
  static boolean isOperandLevel(ExprNode e) {
    return switch (e) {
      case Ast.BoolOp b -> false;
      case Ast.Compare c -> false;
      case Ast.IfExp i -> false;
      case Ast.Lambda l -> false;
      case Ast.Starred s -> false;
      case Ast.Tuple t -> false;
      case Ast.List l -> false;
      case Ast.GeneratorExp g -> false;
      case Ast.UnaryOp u -> u.op() != Ast.UnaryOpKind.Not;
      case Ast.Constant c -> !(c.value() instanceof dev.pyvet.syntax.ast.ConstantValue.None
          || c.value() instanceof dev.pyvet.syntax.ast.ConstantValue.Bool);
      default -> true;
    };
  }

  private static Ast.OperatorKind augOperator(int k) {
    return switch (k) {
      case PLUSEQUAL -> Ast.OperatorKind.Add;
      case MINEQUAL -> Ast.OperatorKind.Sub;
      case STAREQUAL -> Ast.OperatorKind.Mult;
      case ATEQUAL -> Ast.OperatorKind.MatMult;
      case SLASHEQUAL -> Ast.OperatorKind.Div;
      case PERCENTEQUAL -> Ast.OperatorKind.Mod;
      case AMPEREQUAL -> Ast.OperatorKind.BitAnd;
      case VBAREQUAL -> Ast.OperatorKind.BitOr;
      case CIRCUMFLEXEQUAL -> Ast.OperatorKind.BitXor;
      case LEFTSHIFTEQUAL -> Ast.OperatorKind.LShift;
      case RIGHTSHIFTEQUAL -> Ast.OperatorKind.RShift;
      case DOUBLESTAREQUAL -> Ast.OperatorKind.Pow;
      default -> Ast.OperatorKind.FloorDiv;
    };
  }

  private StmtNode typeAlias() {
    int st = p++;
    int nameTok = p;
    String id = expectName();
    Ast.Name name = new Ast.Name(id, ExprContext.Store, line(nameTok), col(nameTok), v.endLine[nameTok], v.endCol[nameTok]);
    List<Ast.TypeParamNode> params = at(LSQB) ? typeParams() : new ArrayList<>();
    expect(EQUAL);
    ExprNode value = expression();
    return new Ast.TypeAlias(name, params, value, line(st), col(st), endLine(), endCol());
  }

  // ---- imports

  private StmtNode lazyImport() {
    int st = p++;
    if (functionDepth > 0 || classDepth > 0 || tryDepth > 0) {
      String where = functionDepth > 0 ? "functions" : classDepth > 0 ? "classes" : "try/except blocks";
      throw errorAtToken(st, "lazy import not allowed inside " + where);
    }
    return at(KW_IMPORT) ? importName(st, 1) : importFrom(st, 1);
  }

  private StmtNode importName(int st, Integer lazy) {
    int importTok = expect(KW_IMPORT);
    if (at(NEWLINE)) {
      throw errorAtToken(p, "Expected one or more names after 'import'");
    }
    List<Ast.Alias> names = new ArrayList<>();
    do {
      int as = p;
      String name = dottedName();
      String asname = null;
      if (accept(KW_AS)) {
        asname = expectName();
      }
      names.add(new Ast.Alias(name, asname, line(as), col(as), endLine(), endCol()));
    } while (accept(COMMA));
    if (at(KW_FROM)) {
      throw errorAtToken(importTok, "Did you mean to use 'from ... import ...' instead?");
    }
    return new Ast.Import(names, lazy, line(st), col(st), endLine(), endCol());
  }

  private String dottedName() {
    String name = expectName();
    if (!at(DOT)) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name);
    while (accept(DOT)) {
      sb.append('.').append(expectName());
    }
    return sb.toString();
  }

  private StmtNode importFrom(int st, Integer lazy) {
    expect(KW_FROM);
    int level = 0;
    while (true) {
      if (accept(DOT)) {
        level++;
      } else if (accept(ELLIPSIS)) {
        level += 3;
      } else {
        break;
      }
    }
    String module = null;
    if (!at(KW_IMPORT) || level == 0) {
      module = dottedName();
    }
    expect(KW_IMPORT);
    List<Ast.Alias> names = new ArrayList<>();
    if (at(STAR)) {
      int t = p++;
      if (lazy != null) {
        throw errorAtToken(t, "lazy from ... import * is not allowed");
      }
      names.add(new Ast.Alias("*", null, line(t), col(t), v.endLine[t], v.endCol[t]));
    } else {
      if (at(NEWLINE)) {
        throw errorAtToken(p, "Expected one or more names after 'import'");
      }
      boolean paren = accept(LPAR);
      do {
        if (paren && at(RPAR)) {
          break;
        }
        int as = p;
        String name = expectName();
        String asname = null;
        if (accept(KW_AS)) {
          asname = expectName();
        }
        names.add(new Ast.Alias(name, asname, line(as), col(as), endLine(), endCol()));
      } while (accept(COMMA) && (paren || !at(NEWLINE) || failTrailingComma()));
      if (paren) {
        expect(RPAR);
      }
    }
    if (lazy != null && level == 0 && "__future__".equals(module)) {
      throw errorAtToken(st, "lazy from __future__ import is not allowed");
    }
    return new Ast.ImportFrom(module, names, level, lazy, line(st), col(st), endLine(), endCol());
  }

  private boolean failTrailingComma() {
    throw errorAtToken(p, "trailing comma not allowed without surrounding parentheses");
  }

  // ---- blocks

  /** ':' block, with CPython's messages for a missing colon or indented block. */
  final List<StmtNode> colonBlock(String what, int headerTok) {
    return colonBlock(what, headerTok, false);
  }

  /**
   * {@code forced}: CPython's grammar requires the colon here ({@code &&':'}, after def, try,
   * else, finally) and says "expected ':'" whatever follows; elsewhere only before a NEWLINE.
   */
  final List<StmtNode> colonBlock(String what, int headerTok, boolean forced) {
    if (!at(COLON)) {
      if (forced || at(NEWLINE)) {
        throw errorAtToken(p, "expected ':'");
      }
      throw fail();
    }
    p++;
    return block(what, headerTok);
  }

  final List<StmtNode> block(String what, int headerTok) {
    List<StmtNode> body = new ArrayList<>();
    if (accept(NEWLINE)) {
      if (!at(INDENT)) {
        int at = eofAdjusted(p);
        throw new ParseError(tokenError(PySyntaxError.Kind.IndentationError, at, at,
            "expected an indented block after " + what + " on line " + line(headerTok)), p);
      }
      p++;
      enter(600);
      while (!at(DEDENT) && !at(ENDMARKER)) {
        statement(body);
      }
      leave(600);
      accept(DEDENT);
      return body;
    }
    simpleStatements(body);
    return body;
  }

  // ---- compound statements

  private StmtNode decorated() {
    List<ExprNode> decorators = new ArrayList<>();
    while (accept(AT)) {
      int ds = p;
      ExprNode d = namedExpression();
      checkAssignInsteadOfEqual(d, ds);
      decorators.add(d);
      expect(NEWLINE);
    }
    int st = p;
    if (at(KW_DEF)) {
      return functionDef(decorators, st, false);
    }
    if (at(KW_ASYNC) && k(1) == KW_DEF) {
      p++;
      return functionDef(decorators, st, true);
    }
    if (at(KW_CLASS)) {
      return classDef(decorators, st);
    }
    throw fail();
  }

  private StmtNode functionDef(List<ExprNode> decorators, int st, boolean isAsync) {
    int defTok = expect(KW_DEF);
    String name = expectName();
    List<Ast.TypeParamNode> typeParams = at(LSQB) ? typeParams() : new ArrayList<>();
    if (!at(LPAR)) {
      throw errorAtToken(p, "expected '('");
    }
    p++;
    Ast.Arguments args = parameters(false, RPAR);
    expect(RPAR);
    ExprNode returns = null;
    if (at(RARROW)) {
      int arrow = p++;
      try {
        returns = expression();
      } catch (ParseError e) {
        if (e.error != null) {
          throw e;
        }
        // CPython backtracks over the optional annotation to the forced ':'
        noteAbandoned(e);
        throw errorAtToken(arrow, "expected ':'");
      }
    }
    functionDepth++;
    List<StmtNode> body = colonBlock("function definition", defTok, true);
    functionDepth--;
    if (isAsync) {
      return new Ast.AsyncFunctionDef(name, args, body, decorators, returns, null, typeParams, line(st), col(st), endLine(), endCol());
    }
    return new Ast.FunctionDef(name, args, body, decorators, returns, null, typeParams, line(st), col(st), endLine(), endCol());
  }

  private StmtNode classDef(List<ExprNode> decorators, int st) {
    int classTok = expect(KW_CLASS);
    String name = expectName();
    List<Ast.TypeParamNode> typeParams = at(LSQB) ? typeParams() : new ArrayList<>();
    List<ExprNode> bases = new ArrayList<>();
    List<Ast.Keyword> keywords = new ArrayList<>();
    if (at(LPAR)) {
      Ast.Call c = (Ast.Call) callTrailer(p, null, false);
      bases = c.args();
      keywords = c.keywords();
    }
    classDepth++;
    List<StmtNode> body = colonBlock("class definition", classTok);
    classDepth--;
    return new Ast.ClassDef(name, bases, keywords, body, decorators, typeParams, line(st), col(st), endLine(), endCol());
  }

  final List<Ast.TypeParamNode> typeParams() {
    expect(LSQB);
    if (at(RSQB)) {
      throw errorAtToken(p, "Type parameter list cannot be empty");
    }
    List<Ast.TypeParamNode> params = new ArrayList<>();
    do {
      if (at(RSQB) && !params.isEmpty()) {
        break;
      }
      int st = p;
      if (accept(STAR)) {
        String name = expectName();
        checkBound(p, "TypeVarTuple");
        ExprNode dflt = accept(EQUAL) ? starExpression() : null;
        params.add(new Ast.TypeVarTuple(name, dflt, line(st), col(st), endLine(), endCol()));
      } else if (accept(DOUBLESTAR)) {
        String name = expectName();
        checkBound(p, "ParamSpec");
        ExprNode dflt = accept(EQUAL) ? expression() : null;
        params.add(new Ast.ParamSpec(name, dflt, line(st), col(st), endLine(), endCol()));
      } else {
        String name = expectName();
        ExprNode bound = accept(COLON) ? expression() : null;
        ExprNode dflt = accept(EQUAL) ? expression() : null;
        params.add(new Ast.TypeVar(name, bound, dflt, line(st), col(st), endLine(), endCol()));
      }
    } while (accept(COMMA));
    expect(RSQB);
    return params;
  }

  /** CPython's invalid_type_param: no bound or constraints for *Ts and **P. */
  private void checkBound(int colon, String what) {
    if (!at(COLON)) {
      return;
    }
    p++;
    ExprNode e = expression();
    throw errorAtToken(colon, (e instanceof Ast.Tuple ? "cannot use constraints with " : "cannot use bound with ") + what);
  }

  private StmtNode ifStmt() {
    int st = expect(KW_IF);
    ExprNode test = namedExpression();
    checkAssignInsteadOfEqual(test, st + 1);
    List<StmtNode> body = colonBlock("'if' statement", st);
    List<StmtNode> orelse = elseOrElif();
    return new Ast.If(test, body, orelse, line(st), col(st), endLine(), endCol());
  }

  /** CPython's invalid_named_expression: '=' where a condition ends. */
  final void checkAssignInsteadOfEqual(ExprNode test, int startTok) {
    if (!at(EQUAL)) {
      return;
    }
    int save = p;
    int saveSeen = maxSeen;
    p++;
    ExprNode rhs = null;
    try {
      if (startsExpression(k())) {
        rhs = bitwiseOr();
      }
    } catch (ParseError e) {
      rhs = null;
    }
    boolean followedByAssign = at(EQUAL) || at(COLONEQUAL);
    p = save;
    maxSeen = saveSeen;
    if (rhs == null || followedByAssign) {
      return;
    }
    if (test instanceof Ast.Name && startTok + 1 == p) {
      throw errorAtNodes(test, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    if (isOperandLevel(test) || isGroup(test, startTok)) {
      throw errorAtNode(test, "cannot assign to " + Targets.exprName(test) + " here. Maybe you meant '==' instead of '='?");
    }
  }

  private List<StmtNode> elseOrElif() {
    if (at(KW_ELIF)) {
      int st = p++;
      ExprNode test = namedExpression();
      checkAssignInsteadOfEqual(test, st + 1);
      List<StmtNode> body = colonBlock("'elif' statement", st);
      List<StmtNode> orelse = elseOrElif();
      List<StmtNode> out = new ArrayList<>(1);
      out.add(new Ast.If(test, body, orelse, line(st), col(st), endLine(), endCol()));
      return out;
    }
    if (at(KW_ELSE)) {
      int st = p++;
      return colonBlock("'else' statement", st, true);
    }
    return new ArrayList<>();
  }

  private List<StmtNode> elseBlock() {
    if (at(KW_ELSE)) {
      int st = p++;
      return colonBlock("'else' statement", st, true);
    }
    return new ArrayList<>();
  }

  private StmtNode whileStmt() {
    int st = expect(KW_WHILE);
    ExprNode test = namedExpression();
    checkAssignInsteadOfEqual(test, st + 1);
    List<StmtNode> body = colonBlock("'while' statement", st);
    List<StmtNode> orelse = elseBlock();
    return new Ast.While(test, body, orelse, line(st), col(st), endLine(), endCol());
  }

  private StmtNode forStmt(int st, boolean isAsync) {
    int forTok = expect(KW_FOR);
    int targetStart = p;
    ExprNode target;
    try {
      target = starTargets();
      if (!at(KW_IN)) {
        throw fail();
      }
    } catch (ParseError e) {
      throw invalidForTarget(targetStart, e);
    }
    p++;
    ExprNode iter = starExpressions();
    List<StmtNode> body = colonBlock("'for' statement", forTok);
    List<StmtNode> orelse = elseBlock();
    if (isAsync) {
      return new Ast.AsyncFor(target, iter, body, orelse, null, line(st), col(st), endLine(), endCol());
    }
    return new Ast.For(target, iter, body, orelse, null, line(st), col(st), endLine(), endCol());
  }

  /** CPython's invalid_for_target: re-read the target as star_expressions to name what cannot be assigned. */
  final ParseError invalidForTarget(int targetStart, ParseError original) {
    int save = p;
    int saveSeen = maxSeen;
    p = targetStart;
    try {
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

  private StmtNode withStmt(int st, boolean isAsync) {
    int withTok = expect(KW_WITH);
    List<Ast.WithItem> items = null;
    if (at(LPAR)) {
      items = parenthesizedWithItems();
    }
    if (items == null) {
      items = new ArrayList<>();
      do {
        items.add(withItem());
      } while (accept(COMMA));
    }
    List<StmtNode> body = colonBlock("'with' statement", withTok);
    if (isAsync) {
      return new Ast.AsyncWith(items, body, null, line(st), col(st), endLine(), endCol());
    }
    return new Ast.With(items, body, null, line(st), col(st), endLine(), endCol());
  }

  /** '(' ','.with_item+ [','] ')' ':', or null (and no tokens consumed) when that form does not apply. */
  private List<Ast.WithItem> parenthesizedWithItems() {
    int save = p;
    int saveDepth = depth;
    try {
      p++;
      List<Ast.WithItem> items = new ArrayList<>();
      while (true) {
        if (!startsExpression(k())) {
          break;
        }
        items.add(withItem());
        if (!accept(COMMA)) {
          break;
        }
      }
      if (!items.isEmpty() && accept(RPAR) && at(COLON)) {
        return items;
      }
    } catch (ParseError e) {
      // not this form; the plain form parses it or reports the error
      noteAbandoned(e);
    }
    p = save;
    depth = saveDepth;
    return null;
  }

  private Ast.WithItem withItem() {
    ExprNode e = expression();
    ExprNode vars = null;
    if (accept(KW_AS)) {
      vars = starTarget();
      if (!at(COMMA) && !at(RPAR) && !at(COLON) && !at(NEWLINE)) {
        throw fail();
      }
    }
    return new Ast.WithItem(e, vars);
  }

  private StmtNode tryStmt() {
    int st = expect(KW_TRY);
    tryDepth++;
    List<StmtNode> body = colonBlock("'try' statement", st, true);
    tryDepth--;
    List<Ast.ExceptHandlerNode> handlers = new ArrayList<>();
    boolean star = false;
    while (at(KW_EXCEPT)) {
      int ex = p++;
      boolean thisStar = accept(STAR);
      if (!handlers.isEmpty() && thisStar != star) {
        throw errorAtToken(ex, "cannot have both 'except' and 'except*' on the same 'try'");
      }
      star = thisStar;
      ExprNode type = null;
      String name = null;
      if (!at(COLON)) {
        int ts = p;
        type = expression();
        if (at(COMMA)) {
          // PEP 758 (3.14): except A, B:
          List<ExprNode> elts = new ArrayList<>();
          elts.add(type);
          while (accept(COMMA)) {
            elts.add(expression());
          }
          type = new Ast.Tuple(elts, ExprContext.Load, line(ts), col(ts), endLine(), endCol());
          if (at(KW_AS)) {
            throw errorAtNode(type, "multiple exception types must be parenthesized when using 'as'");
          }
        } else if (accept(KW_AS)) {
          name = expectName();
        }
      } else if (thisStar) {
        throw errorAtToken(p, "expected one or more exception types");
      }
      List<StmtNode> hbody = colonBlock(thisStar ? "'except*' statement" : "'except' statement", ex);
      handlers.add(new Ast.ExceptHandler(type, name, hbody, line(ex), col(ex), endLine(), endCol()));
    }
    List<StmtNode> orelse = handlers.isEmpty() ? new ArrayList<>() : elseBlock();
    List<StmtNode> finalbody = new ArrayList<>();
    if (at(KW_FINALLY)) {
      int ft = p++;
      finalbody = colonBlock("'finally' statement", ft, true);
    } else if (handlers.isEmpty()) {
      // at the end of the file CPython points after the block's last line
      int at = eofAdjusted(p);
      throw errorAtToken(at, "expected 'except' or 'finally' block");
    }
    if (star) {
      return new Ast.TryStar(body, handlers, orelse, finalbody, line(st), col(st), endLine(), endCol());
    }
    return new Ast.Try(body, handlers, orelse, finalbody, line(st), col(st), endLine(), endCol());
  }

  // ---- match

  /** The match statement, or null (nothing consumed) when 'match' is an ordinary name here. */
  private StmtNode matchStmt() {
    int st = p;
    int saveDepth = depth;
    ExprNode subject;
    try {
      p++;
      subject = subjectExpr();
      if (!at(COLON) || k(1) != NEWLINE) {
        p = st;
        return null;
      }
    } catch (ParseError e) {
      noteAbandoned(e);
      p = st;
      depth = saveDepth;
      return null;
    }
    p += 2;
    if (!at(INDENT)) {
      int at = eofAdjusted(p);
      throw new ParseError(tokenError(PySyntaxError.Kind.IndentationError, at, at,
          "expected an indented block after 'match' statement on line " + line(st)), p);
    }
    p++;
    List<Ast.MatchCase> cases = new ArrayList<>();
    while (atSoft("case")) {
      int ct = p++;
      Ast.PatternNode pattern = patterns();
      ExprNode guard = accept(KW_IF) ? namedExpression() : null;
      List<StmtNode> body = colonBlock("'case' statement", ct);
      cases.add(new Ast.MatchCase(pattern, guard, body));
    }
    if (cases.isEmpty()) {
      throw fail();
    }
    expect(DEDENT);
    return new Ast.Match(subject, cases, line(st), col(st), endLine(), endCol());
  }

  private ExprNode subjectExpr() {
    int st = p;
    ExprNode first = starNamedExpression();
    if (!at(COMMA)) {
      if (first instanceof Ast.Starred) {
        throw fail();
      }
      return first;
    }
    List<ExprNode> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA)) {
      if (at(COLON)) {
        break;
      }
      elts.add(starNamedExpression());
    }
    return new Ast.Tuple(elts, ExprContext.Load, line(st), col(st), endLine(), endCol());
  }
}
