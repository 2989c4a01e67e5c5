package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import java.util.List;
import java.util.Set;

@RuleInfo(
    code = "PV208",
    name = "useless-else-on-loop",
    family = "expert",
    summary = "A for or while loop has an else clause but no break, so the else always runs.",
    defaultEnabled = true,
    fix = FixAvailability.SAFE)
public final class UselessElseOnLoop implements AstRule {

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.For.class, Ast.AsyncFor.class, Ast.While.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    List<Ast.StmtNode> body;
    List<Ast.StmtNode> orelse;
    String kind;
    switch (node) {
      case Ast.For f -> { body = f.body(); orelse = f.orelse(); kind = "for"; }
      case Ast.AsyncFor f -> { body = f.body(); orelse = f.orelse(); kind = "for"; }
      case Ast.While w -> { body = w.body(); orelse = w.orelse(); kind = "while"; }
      default -> { return; }
    }
    if (orelse.isEmpty() || Syntax.breaksOut(body)) {
      return;
    }
    Ast.StmtNode first = orelse.get(0);
    // the else keyword is not in the tree: report at the loop, naming the else's first line
    Ast.Located loop = (Ast.Located) node;
    out.report(loop.lineno(), Syntax.column(file, loop), "PV208",
        "'else' of this " + kind + " loop (body from line " + first.lineno()
            + ") always runs because the loop has no break: dedent the else body and drop"
            + " 'else'");
  }
}
