package dev.pyvet.core.rules.expert.classes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import java.util.List;
import java.util.Set;

@RuleInfo(
    code = "PV301",
    name = "exit-swallows-all-exceptions",
    family = "expert",
    summary = "An __exit__ method returns a true constant on every path, so it suppresses every "
        + "exception raised in the with block.")
public final class ExitSwallowsAllExceptions implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.ClassDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.ClassDef cls = (Ast.ClassDef) node;
    for (ClassBodies.ExitMethod m : ClassBodies.exitMethods(cls)) {
      check(cls, m.name(), m.body(), file, out);
    }
  }

  private static void check(Ast.ClassDef cls, String method, List<Ast.StmtNode> body, ParsedFile file,
      Findings out) {
    // A body that can fall off its end returns None on that path, which lets exceptions through.
    if (body.isEmpty() || !(body.get(body.size() - 1) instanceof Ast.Return last)) {
      return;
    }
    boolean[] allTruthy = {true};
    ClassBodies.forEachOwnNode(body, n -> {
      if (n instanceof Ast.Return r && !ClassBodies.isTruthyConstant(r.value())) {
        allTruthy[0] = false;
      } else if (n instanceof Ast.Yield || n instanceof Ast.YieldFrom) {
        allTruthy[0] = false;
      }
    });
    if (!allTruthy[0]) {
      return;
    }
    out.report(last.lineno(), AstRule.charColumn(file, last.lineno(), last.colOffset()), "PV301",
        "'" + method + "' of '" + cls.name() + "' always returns a true value, so every exception "
            + "raised in the with block is silently suppressed: return True only after checking "
            + "that exc_type is an exception you handle, otherwise return None");
  }
}
