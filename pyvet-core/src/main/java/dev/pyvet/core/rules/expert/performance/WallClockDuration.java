package dev.pyvet.core.rules.expert.performance;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RuleInfo(
    code = "PV504",
    name = "wall-clock-duration",
    family = "expert",
    summary = "An elapsed time is measured as the difference of two time.time() readings.",
    defaultEnabled = true)
public final class WallClockDuration implements AstRule {

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Module.class, Ast.FunctionDef.class, Ast.AsyncFunctionDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Map<String, Integer> clockStores = new HashMap<>();
    Map<String, Integer> allStores = new HashMap<>();
    List<Ast.BinOp> differences = new ArrayList<>();
    List<Ast.Assign> assigns = new ArrayList<>();
    ScopeWalk.walk(ScopeWalk.bodyOf(node), (n, inLoop) -> {
      switch (n) {
        case Ast.Assign a when a.targets().size() == 1 && a.targets().get(0) instanceof Ast.Name
            && a.value() instanceof Ast.Call -> assigns.add(a);
        case Ast.Name name when name.ctx() != Ast.ExprContext.Load ->
            allStores.merge(name.id(), 1, Integer::sum);
        case Ast.BinOp b when b.op() == Ast.OperatorKind.Sub && b.left() instanceof Ast.Call
            && b.right() instanceof Ast.Name -> differences.add(b);
        default -> { }
      }
    });
    if (differences.isEmpty()) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    for (Ast.Assign a : assigns) {
      if (isWallClock(model, a.value())) {
        clockStores.merge(((Ast.Name) a.targets().get(0)).id(), 1, Integer::sum);
      }
    }
    for (Ast.BinOp b : differences) {
      String start = ((Ast.Name) b.right()).id();
      // the start is only ever a wall-clock reading of this scope
      if (!isWallClock(model, b.left()) || clockStores.getOrDefault(start, 0) == 0
          || !clockStores.get(start).equals(allStores.get(start))) {
        continue;
      }
      out.report(b.lineno(), ScopeWalk.column(file, b), "PV504",
          "elapsed time measured with time.time() jumps when the system clock is adjusted: use"
              + " time.perf_counter() (or time.monotonic()) for both readings");
    }
  }

  private static boolean isWallClock(SemanticModel model, Ast.ExprNode e) {
    return e instanceof Ast.Call c && c.args().isEmpty()
        && QualifiedNames.isOneOf(model, c.func(), "time.time");
  }
}
