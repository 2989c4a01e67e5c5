package dev.pyvet.core.rule;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

/**
 * A rule that looks at tree nodes. The engine walks each tree once and hands every rule only the
 * node classes it asked for.
 */
public interface AstRule extends Rule {
  /** The node classes (records of {@link Ast}) this rule wants to see. */
  Set<Class<? extends Ast.Node>> nodeKinds();

  void visit(Ast.Node node, ParsedFile file, Findings out);
}
