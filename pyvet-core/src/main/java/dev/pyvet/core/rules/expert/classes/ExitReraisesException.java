package dev.pyvet.core.rules.expert.classes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

@RuleInfo(
    code = "PV310",
    name = "exit-reraises-exception",
    family = "expert",
    defaultEnabled = false,
    summary = "An __exit__ method raises the with block's exception again instead of returning a "
        + "false value to let it propagate.")
public final class ExitReraisesException implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.ClassDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.ClassDef cls = (Ast.ClassDef) node;
    for (ClassBodies.ExitMethod m : ClassBodies.exitMethods(cls)) {
      check(cls, m.name(), m.args(), m.body(), file, out);
    }
  }

  private static void check(Ast.ClassDef cls, String method, Ast.Arguments args, List<Ast.StmtNode> body,
      ParsedFile file, Findings out) {
    List<Ast.Arg> params = new ArrayList<>(args.posonlyargs());
    params.addAll(args.args());
    if (params.size() != 4) {
      return;
    }
    String type = params.get(1).arg();
    String value = params.get(2).arg();
    // A bare raise re-raises the with block's exception only outside except handlers (inside one
    // it re-raises the handler's own exception), so handlers are not entered.
    Deque<Ast.Node> stack = new ArrayDeque<>(body);
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      switch (n) {
        case Ast.FunctionDef f -> { }
        case Ast.AsyncFunctionDef f -> { }
        case Ast.ClassDef c -> { }
        case Ast.Lambda l -> { }
        case Ast.ExceptHandler h -> { }
        case Ast.Raise r when r.cause() == null && reraises(r.exc(), type, value) -> {
          String shown = r.exc() == null ? "raise" : "raise " + ((Ast.Name) r.exc()).id();
          out.report(r.lineno(), AstRule.charColumn(file, r.lineno(), r.colOffset()), "PV310",
              "'" + shown + "' in '" + method + "' of '" + cls.name() + "' raises the with "
                  + "block's exception again: return None instead and Python re-raises it "
                  + "unchanged");
        }
        default -> AstChildren.push(n, stack);
      }
    }
  }

  private static boolean reraises(Ast.ExprNode exc, String type, String value) {
    if (exc == null) {
      return true;
    }
    if (exc instanceof Ast.Name n) {
      return n.id().equals(value) || n.id().equals(type);
    }
    return false;
  }
}
