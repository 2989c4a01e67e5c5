package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleMeta;
import dev.pyvet.syntax.ast.Ast;
import java.util.List;
import java.util.Set;

/**
 * A pyflakes statement or expression check. Several of them need context the engine's walk does
 * not give (the enclosing loop or scope), so all of them come from one walk per file,
 * {@link StatementChecks}; each rule reports that walk's findings of its own code.
 */
abstract class StatementRule implements AstRule {
  private final String code = RuleMeta.of(getClass()).code();

  @Override
  public final Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Module.class);
  }

  @Override
  public final void visit(Ast.Node node, ParsedFile file, Findings out) {
    for (StatementChecks.Hit hit : StatementChecks.of(file).getOrDefault(code, List.of())) {
      out.report(hit.row(), hit.col(), code, hit.message());
    }
  }
}
