package dev.pyvet.core.rules.expert.data;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

/**
 * {@code time.time() - start} where {@code start} was itself assigned {@code time.time()}: an
 * elapsed time measured on the wall clock, which jumps when the system clock is set.
 */
@RuleInfo(
    code = "PV604",
    name = "wall-clock-used-for-durations",
    family = "expert",
    summary = "Reports elapsed times computed as the difference of two time.time() readings, which the system clock's adjustments distort.",
    defaultEnabled = true,
    fix = FixAvailability.UNSAFE)
public final class WallClockDuration implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.BinOp.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.BinOp b = (Ast.BinOp) node;
    if (b.op() != Ast.OperatorKind.Sub || !(b.right() instanceof Ast.Name start)
        || !(b.left() instanceof Ast.Call)) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    if (!isWallClock(model, b.left())) {
      return;
    }
    Ast.ExprNode startValue = Exprs.assignedValue(model, start);
    if (startValue == null || !isWallClock(model, startValue)) {
      return;
    }
    out.report(b.lineno(), AstRule.charColumn(file, b.lineno(), b.colOffset()), "PV604",
        "duration measured with time.time() - " + start.id()
            + ": use time.monotonic() (timeouts) or time.perf_counter() (benchmarks) for both readings");
  }

  private static boolean isWallClock(SemanticModel model, Ast.ExprNode e) {
    return e instanceof Ast.Call c && c.args().isEmpty() && c.keywords().isEmpty()
        && "time.time".equals(QualifiedNames.ofCall(model, c));
  }
}
