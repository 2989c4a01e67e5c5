package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import java.util.ArrayDeque;
import java.util.Deque;
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
    if (orelse.isEmpty() || breaks(body)) {
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

  /** Whether a break in {@code body} leaves this loop (breaks of inner loops do not). */
  private static boolean breaks(List<Ast.StmtNode> body) {
    Deque<Ast.Node> stack = new ArrayDeque<>(body);
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      switch (n) {
        case Ast.Break b -> {
          return true;
        }
        // an inner loop's body owns its breaks, but its else clause still belongs to us
        case Ast.For f -> stack.addAll(f.orelse());
        case Ast.AsyncFor f -> stack.addAll(f.orelse());
        case Ast.While w -> stack.addAll(w.orelse());
        case Ast.FunctionDef f -> { }
        case Ast.AsyncFunctionDef f -> { }
        case Ast.ClassDef c -> { }
        case Ast.ExceptHandler h -> stack.addAll(h.body());
        case Ast.MatchCase m -> stack.addAll(m.body());
        case Ast.StmtNode s -> AstChildren.forEachNodeIn(statementsOf(s), stack::push);
        default -> { }
      }
    }
    return false;
  }

  /** The statements nested in a compound statement (if, with, try, match). */
  private static List<Ast.Node> statementsOf(Ast.StmtNode s) {
    List<Ast.Node> out = new java.util.ArrayList<>();
    s.forEachField((name, value) -> AstChildren.forEachNodeIn(value, n -> {
      if (n instanceof Ast.StmtNode || n instanceof Ast.ExceptHandler
          || n instanceof Ast.MatchCase) {
        out.add(n);
      }
    }));
    return out;
  }
}
