package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleMeta;
import dev.pyvet.core.rules.pyflakes.format.DotFormatCheck;
import dev.pyvet.core.rules.pyflakes.format.Finding;
import dev.pyvet.core.rules.pyflakes.format.PercentFormatCheck;
import dev.pyvet.syntax.ast.Ast;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule for one of the codes pyflakes reports on a {@code '...' % ...} or
 * {@code '...'.format(...)} expression. One analysis of each expression finds all of them (some
 * stop the others, as in pyflakes); it is computed once per file and node, whichever of these
 * rules asks first, and each rule reports the findings with its own code at the expression's
 * start.
 */
abstract class FormatFindingsRule implements AstRule {

  private final String code;

  FormatFindingsRule() {
    this.code = RuleMeta.of(getClass()).code();
  }

  /** Whether pyflakes checks {@code node} at all (most nodes of the kind are not). */
  abstract boolean checked(Ast.Node node);

  abstract List<Finding> analyse(Ast.Node node);

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    if (!checked(node)) {
      return;
    }
    Map<Ast.Node, List<Finding>> cache =
        file.derived(FormatFindingsRule.class, f -> new IdentityHashMap<Ast.Node, List<Finding>>());
    List<Finding> found = cache.get(node);
    if (found == null) {
      found = analyse(node);
      cache.put(node, found);
    }
    for (Finding f : found) {
      if (f.code().equals(code)) {
        Ast.Located at = (Ast.Located) node;
        out.report(at.lineno(), AstRule.charColumn(file, at.lineno(), at.colOffset()), code,
            f.message());
      }
    }
  }

  /** F501 to F509: {@code str % right}. */
  abstract static class Percent extends FormatFindingsRule {
    @Override
    public Set<Class<? extends Ast.Node>> nodeKinds() {
      return Set.of(Ast.BinOp.class);
    }

    @Override
    boolean checked(Ast.Node node) {
      return PercentFormatCheck.formatString((Ast.BinOp) node) != null;
    }

    @Override
    List<Finding> analyse(Ast.Node node) {
      return PercentFormatCheck.findings((Ast.BinOp) node);
    }
  }

  /** F521 to F525: {@code str.format(...)}. */
  abstract static class DotFormat extends FormatFindingsRule {
    @Override
    public Set<Class<? extends Ast.Node>> nodeKinds() {
      return Set.of(Ast.Call.class);
    }

    @Override
    boolean checked(Ast.Node node) {
      return DotFormatCheck.formatString((Ast.Call) node) != null;
    }

    @Override
    List<Finding> analyse(Ast.Node node) {
      return DotFormatCheck.findings((Ast.Call) node);
    }
  }
}
