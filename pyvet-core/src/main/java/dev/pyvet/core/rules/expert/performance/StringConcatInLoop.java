package dev.pyvet.core.rules.expert.performance;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.ConstantValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

@RuleInfo(
    code = "PV501",
    name = "string-concat-in-loop",
    family = "expert",
    summary = "A str or bytes variable is extended with += inside a loop.",
    defaultEnabled = false)
public final class StringConcatInLoop implements AstRule {

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Module.class, Ast.FunctionDef.class, Ast.AsyncFunctionDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    LocalNames names = new LocalNames(StringConcatInLoop::isString);
    Map<String, Ast.Located> concatenations = new LinkedHashMap<>();
    ScopeWalk.walk(ScopeWalk.bodyOf(node), (n, inLoop) -> {
      switch (n) {
        case Ast.Assign a -> {
          if (a.targets().size() == 1 && a.targets().get(0) instanceof Ast.Name t) {
            if (isConcatenationOf(t.id(), a.value())) {
              names.skip(t);
              if (inLoop) {
                concatenations.putIfAbsent(t.id(), a);
              }
            } else {
              names.bind(t, a.value());
            }
          }
        }
        case Ast.AugAssign a -> {
          if (a.target() instanceof Ast.Name t) {
            names.augment(t, a.op());
            if (a.op() == Ast.OperatorKind.Add && inLoop) {
              concatenations.putIfAbsent(t.id(), a);
            }
          }
        }
        default -> names.visit(n);
      }
    });
    for (Map.Entry<String, Ast.Located> e : concatenations.entrySet()) {
      String name = e.getKey();
      if (!names.ofKind.contains(name) || names.others.contains(name)) {
        continue;
      }
      Ast.Located at = e.getValue();
      out.report(at.lineno(), ScopeWalk.column(file, at), "PV501",
          "string '" + name + "' is extended with + inside a loop, copying it each time:"
              + " collect the parts in a list and join them once");
    }
  }

  /** Whether the assignment's value is {@code name + ...}. */
  private static boolean isConcatenationOf(String name, Ast.ExprNode value) {
    Ast.ExprNode left = value;
    while (left instanceof Ast.BinOp b && b.op() == Ast.OperatorKind.Add) {
      left = b.left();
    }
    return left != value && left instanceof Ast.Name n && n.id().equals(name);
  }

  /** Whether an expression is certainly a str or bytes value (literals, f-strings, formatting). */
  static boolean isString(Ast.ExprNode value) {
    Ast.ExprNode e = value;
    while (true) {
      switch (e) {
        case Ast.Constant c -> {
          return c.value() instanceof ConstantValue.Str || c.value() instanceof ConstantValue.Bytes;
        }
        case Ast.JoinedStr j -> {
          return true;
        }
        case Ast.BinOp b when b.op() == Ast.OperatorKind.Add || b.op() == Ast.OperatorKind.Mod -> {
          if (b.right() instanceof Ast.Constant c && b.op() == Ast.OperatorKind.Add
              && (c.value() instanceof ConstantValue.Str || c.value() instanceof ConstantValue.Bytes)) {
            return true;
          }
          e = b.left();
        }
        case Ast.Call c -> {
          // "".join(...), "{}".format(...), str(...)
          return (c.func() instanceof Ast.Attribute a && a.value() instanceof Ast.Constant k
                  && k.value() instanceof ConstantValue.Str)
              || (c.func() instanceof Ast.Name n && n.id().equals("str"));
        }
        default -> {
          return false;
        }
      }
    }
  }
}
