package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleMeta;
import dev.pyvet.core.rules.pyflakes.format.DotFormatCheck;
import dev.pyvet.core.rules.pyflakes.format.Finding;
import dev.pyvet.core.rules.pyflakes.format.PercentFormatCheck;
import dev.pyvet.syntax.ast.Ast;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule for one of pyflakes' string-format codes. Besides the nodes it checks, it is shown the
 * places string annotations can be (and reports what pyflakes finds inside them), and the type
 * parameters whose defaults pyflakes never walks; nodes pyflakes never walks are skipped (see
 * {@link PyflakesReach}).
 */
abstract class StringFormatRule implements AstRule {
  private static final Set<Class<? extends Ast.Node>> ANNOTATION_SITES = Set.of(
      Ast.FunctionDef.class, Ast.AsyncFunctionDef.class, Ast.AnnAssign.class, Ast.TypeAlias.class,
      Ast.TypeVar.class);
  private static final Set<Class<? extends Ast.Node>> TYPE_PARAMS = Set.of(
      Ast.TypeVar.class, Ast.ParamSpec.class, Ast.TypeVarTuple.class);

  private final String code;
  private final Set<Class<? extends Ast.Node>> checkedKinds;
  private final Set<Class<? extends Ast.Node>> nodeKinds;

  StringFormatRule(Set<Class<? extends Ast.Node>> checkedKinds) {
    this.code = RuleMeta.of(getClass()).code();
    this.checkedKinds = checkedKinds;
    Set<Class<? extends Ast.Node>> all = new HashSet<>(checkedKinds);
    all.addAll(ANNOTATION_SITES);
    all.addAll(TYPE_PARAMS);
    this.nodeKinds = Set.copyOf(all);
  }

  /** Checks a node of one of the checked kinds that pyflakes walks. */
  abstract void check(Ast.Node node, ParsedFile file, Findings out);

  /** Whether {@code node}, of a checked kind, is one pyflakes checks (cheap; most are not). */
  boolean candidate(Ast.Node node) {
    return true;
  }

  final String code() {
    return code;
  }

  @Override
  public final Set<Class<? extends Ast.Node>> nodeKinds() {
    return nodeKinds;
  }

  @Override
  public final void visit(Ast.Node node, ParsedFile file, Findings out) {
    if (TYPE_PARAMS.contains(node.getClass())) {
      PyflakesReach.noteTypeParam(node, file);
    }
    if (ANNOTATION_SITES.contains(node.getClass())) {
      for (StringAnnotations.Located at : StringAnnotations.findings(node, file)) {
        if (at.finding().code().equals(code)) {
          out.report(at.row(), at.column(), code, at.finding().message());
        }
      }
    }
    if (checkedKinds.contains(node.getClass())
        && candidate(node)
        && !PyflakesReach.isUnvisited(node, file)) {
      check(node, file, out);
    }
  }

  /** Reports at {@code node}'s start. */
  final void report(Ast.Located node, ParsedFile file, Findings out, String message) {
    out.report(node.lineno(), AstRule.charColumn(file, node.lineno(), node.colOffset()), code,
        message);
  }

  /**
   * F501 to F525: one analysis of each {@code '...' % ...} or {@code '...'.format(...)} finds
   * all their codes (some stop the others, as in pyflakes); it is made once per file and node,
   * whichever of these rules asks first.
   */
  private abstract static class FormatExpression extends StringFormatRule {
    FormatExpression(Class<? extends Ast.Node> kind) {
      super(Set.of(kind));
    }

    abstract List<Finding> analyse(Ast.Node node);

    @Override
    final void check(Ast.Node node, ParsedFile file, Findings out) {
      Map<Ast.Node, List<Finding>> cache = file.derived(FormatExpression.class,
          f -> new IdentityHashMap<Ast.Node, List<Finding>>());
      List<Finding> found = cache.get(node);
      if (found == null) {
        found = analyse(node);
        cache.put(node, found);
      }
      for (Finding f : found) {
        if (f.code().equals(code())) {
          report((Ast.Located) node, file, out, f.message());
        }
      }
    }
  }

  /** F501 to F509: {@code str % right}. */
  abstract static class Percent extends FormatExpression {
    Percent() {
      super(Ast.BinOp.class);
    }

    @Override
    boolean candidate(Ast.Node node) {
      return PercentFormatCheck.formatString((Ast.BinOp) node) != null;
    }

    @Override
    List<Finding> analyse(Ast.Node node) {
      return PercentFormatCheck.findings((Ast.BinOp) node);
    }
  }

  /** F521 to F525: {@code str.format(...)}. */
  abstract static class DotFormat extends FormatExpression {
    DotFormat() {
      super(Ast.Call.class);
    }

    @Override
    boolean candidate(Ast.Node node) {
      return DotFormatCheck.formatString((Ast.Call) node) != null;
    }

    @Override
    List<Finding> analyse(Ast.Node node) {
      return DotFormatCheck.findings((Ast.Call) node);
    }
  }
}
