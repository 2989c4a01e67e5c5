package dev.pyvet.core.rules.expert.concurrency;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import dev.pyvet.syntax.ast.ConstantValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
    code = "PV401",
    name = "process-spawn-without-main-guard",
    family = "expert",
    summary = "Module-level code starts processes (a Process, a Pool, a ProcessPoolExecutor) "
        + "outside an if __name__ == \"__main__\" guard.",
    fix = FixAvailability.UNSAFE)
public final class ProcessSpawnWithoutMainGuard implements AstRule {
  /** Constructors that start worker processes as soon as they are called. */
  private static final Set<String> POOLS = Set.of(
      "multiprocessing.Pool", "multiprocessing.pool.Pool", "concurrent.futures.ProcessPoolExecutor",
      "concurrent.futures.process.ProcessPoolExecutor", "multiprocessing.Manager");

  /** Classes whose instances start a process when their start() is called. */
  private static final Set<String> PROCESSES = Set.of(
      "multiprocessing.Process", "multiprocessing.process.BaseProcess", "multiprocessing.context.Process");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Module.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    List<Ast.Call> calls = importTimeCalls((Ast.Module) node);
    if (calls.isEmpty()) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    // Names bound at import time to a new Process, whose start() is then a spawn.
    Set<String> processNames = new HashSet<>();
    for (Ast.Call call : calls) {
      if (isProcess(model, call)
          && model.parentOf(call) instanceof Ast.Assign a) {
        for (Ast.ExprNode t : a.targets()) {
          if (t instanceof Ast.Name n) {
            processNames.add(n.id());
          }
        }
      }
    }
    for (Ast.Call call : calls) {
      String q = QualifiedNames.of(model, call.func());
      if (q != null && POOLS.contains(q)) {
        report(file, out, call, q.substring(q.lastIndexOf('.') + 1) + "(...)");
      } else if (call.func() instanceof Ast.Attribute a && a.attr().equals("start")) {
        if (a.value() instanceof Ast.Call c && isProcess(model, c)) {
          report(file, out, call, "Process(...).start()");
        } else if (a.value() instanceof Ast.Name v && processNames.contains(v.id())) {
          report(file, out, call, v.id() + ".start()");
        }
      }
    }
  }

  /**
   * The calls that run when the module is imported: not in function bodies or lambdas (their
   * decorators and defaults do run), not under a main guard.
   */
  private static List<Ast.Call> importTimeCalls(Ast.Module module) {
    List<Ast.Call> calls = new ArrayList<>();
    Deque<Ast.Node> stack = new ArrayDeque<>();
    AstChildren.push(module, stack);
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      switch (n) {
        case Ast.FunctionDef f -> {
          f.decoratorList().forEach(stack::push);
          AstChildren.push(f.args(), stack);
        }
        case Ast.AsyncFunctionDef f -> {
          f.decoratorList().forEach(stack::push);
          AstChildren.push(f.args(), stack);
        }
        case Ast.Lambda l -> { }
        case Ast.If i when isMainGuard(i.test()) -> i.orelse().forEach(stack::push);
        default -> {
          if (n instanceof Ast.Call call) {
            calls.add(call);
          }
          AstChildren.push(n, stack);
        }
      }
    }
    return calls;
  }

  private static boolean isProcess(SemanticModel model, Ast.Call call) {
    String q = QualifiedNames.of(model, call.func());
    return q != null && PROCESSES.contains(q);
  }

  private static void report(ParsedFile file, Findings out, Ast.Call call, String what) {
    out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV401",
        "'" + what + "' runs at import time, and a child started with the spawn method imports "
            + "this module again: move it into a function called under "
            + "'if __name__ == \"__main__\":'");
  }

  /** {@code __name__ == "__main__"}, either way round. */
  static boolean isMainGuard(Ast.ExprNode test) {
    if (!(test instanceof Ast.Compare c) || c.comparators().size() != 1
        || c.ops().get(0) != Ast.CmpOpKind.Eq) {
      return false;
    }
    Ast.ExprNode l = c.left();
    Ast.ExprNode r = c.comparators().get(0);
    return isName(l) && isMain(r) || isName(r) && isMain(l);
  }

  private static boolean isName(Ast.ExprNode e) {
    return e instanceof Ast.Name n && n.id().equals("__name__");
  }

  private static boolean isMain(Ast.ExprNode e) {
    return e instanceof Ast.Constant c && c.value() instanceof ConstantValue.Str s && s.value().equals("__main__");
  }
}
