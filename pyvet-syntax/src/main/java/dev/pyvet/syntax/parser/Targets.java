package dev.pyvet.syntax.parser;

import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.Ast.ExprContext;
import dev.pyvet.syntax.ast.Ast.ExprNode;
import java.util.ArrayList;
import java.util.List;

/** Re-creates expressions parsed as loads as assignment or deletion targets, as CPython's grammar would have built them. */
final class Targets {
  private Targets() {}

  /** The expression as a Store target, or a ParseError naming the first invalid part. */
  static ExprNode store(ParserBase parser, ExprNode e) {
    ExprNode bad = invalid(e, false);
    if (bad != null) {
      throw parser.errorAtNode(bad, "cannot assign to " + exprName(bad));
    }
    return withContext(e, ExprContext.Store);
  }

  static ExprNode delete(ParserBase parser, ExprNode e) {
    ExprNode bad = invalid(e, true);
    if (bad != null) {
      throw parser.errorAtNode(bad, "cannot delete " + exprName(bad));
    }
    return withContext(e, ExprContext.Del);
  }

  /** The first sub-expression that cannot be a target, or null (CPython's _PyPegen_get_invalid_target). */
  static ExprNode invalid(ExprNode e, boolean del) {
    switch (e) {
      case Ast.Name n -> {
        return null;
      }
      case Ast.Attribute a -> {
        return null;
      }
      case Ast.Subscript s -> {
        return null;
      }
      case Ast.Starred s -> {
        return del ? e : invalid(s.value(), false);
      }
      case Ast.Tuple t -> {
        for (ExprNode x : t.elts()) {
          ExprNode bad = invalid(x, del);
          if (bad != null) {
            return bad;
          }
        }
        return null;
      }
      case Ast.List l -> {
        for (ExprNode x : l.elts()) {
          ExprNode bad = invalid(x, del);
          if (bad != null) {
            return bad;
          }
        }
        return null;
      }
      default -> {
        return e;
      }
    }
  }

  /** Like {@link #invalid} for a 'for' target, where 'x in y' was read as a comparison. */
  static ExprNode invalidFor(ExprNode e) {
    switch (e) {
      case Ast.Compare c -> {
        return c.ops().get(0) == Ast.CmpOpKind.In ? invalidFor(c.left()) : null;
      }
      case Ast.Starred s -> {
        return invalidFor(s.value());
      }
      case Ast.Tuple t -> {
        for (ExprNode x : t.elts()) {
          ExprNode bad = invalidFor(x);
          if (bad != null) {
            return bad;
          }
        }
        return null;
      }
      case Ast.List l -> {
        for (ExprNode x : l.elts()) {
          ExprNode bad = invalidFor(x);
          if (bad != null) {
            return bad;
          }
        }
        return null;
      }
      default -> {
        return invalid(e, false);
      }
    }
  }

  static ExprNode withContext(ExprNode e, ExprContext ctx) {
    return switch (e) {
      case Ast.Name n -> new Ast.Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
      case Ast.Attribute a ->
          new Ast.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
      case Ast.Subscript s ->
          new Ast.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
      case Ast.Starred s ->
          new Ast.Starred(withContext(s.value(), ctx), ctx, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
      case Ast.Tuple t -> new Ast.Tuple(all(t.elts(), ctx), ctx, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
      case Ast.List l -> new Ast.List(all(l.elts(), ctx), ctx, l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
      default -> e;
    };
  }

  private static List<ExprNode> all(List<ExprNode> elts, ExprContext ctx) {
    List<ExprNode> out = new ArrayList<>(elts.size());
    for (ExprNode x : elts) {
      out.add(withContext(x, ctx));
    }
    return out;
  }

  /** CPython's _PyPegen_get_expr_name. */
  static String exprName(ExprNode e) {
    return switch (e) {
      case Ast.Attribute a -> "attribute";
      case Ast.Subscript s -> "subscript";
      case Ast.Starred s -> "starred";
      case Ast.Name n -> "name";
      case Ast.List l -> "list";
      case Ast.Tuple t -> "tuple";
      case Ast.Lambda l -> "lambda";
      case Ast.Call c -> "function call";
      case Ast.BoolOp b -> "expression";
      case Ast.BinOp b -> "expression";
      case Ast.UnaryOp u -> "expression";
      case Ast.GeneratorExp g -> "generator expression";
      case Ast.Yield y -> "yield expression";
      case Ast.YieldFrom y -> "yield expression";
      case Ast.Await a -> "await expression";
      case Ast.ListComp l -> "list comprehension";
      case Ast.SetComp s -> "set comprehension";
      case Ast.DictComp d -> "dict comprehension";
      case Ast.Dict d -> "dict literal";
      case Ast.Set s -> "set display";
      case Ast.JoinedStr j -> "f-string expression";
      case Ast.FormattedValue f -> "f-string expression";
      case Ast.TemplateStr t -> "t-string expression";
      case Ast.Interpolation i -> "t-string expression";
      case Ast.Constant c -> switch (c.value()) {
        case dev.pyvet.syntax.ast.ConstantValue.None x -> "None";
        case dev.pyvet.syntax.ast.ConstantValue.Bool b -> b.value() ? "True" : "False";
        case dev.pyvet.syntax.ast.ConstantValue.Ellipsis x -> "ellipsis";
        default -> "literal";
      };
      case Ast.Compare c -> "comparison";
      case Ast.IfExp i -> "conditional expression";
      case Ast.NamedExpr n -> "named expression";
      default -> "expression";
    };
  }
}
