package dev.pyvet.core.rules.mccabe;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.Rule;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rule.RuleOptions;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "C901",
    name = "complex-structure",
    family = "mccabe",
    summary = "A function (or a module-level if, loop or try) is more complex than max-complexity.",
    defaultEnabled = false)
public final class TooComplex implements AstRule {
  private final int maxComplexity;

  /** As flake8 without {@code --max-complexity}: reports nothing. */
  public TooComplex() {
    this(-1);
  }

  /** Reports graphs whose complexity is above {@code maxComplexity}; none when it is negative. */
  public TooComplex(int maxComplexity) {
    this.maxComplexity = maxComplexity;
  }

  @Override
  public Rule withOptions(RuleOptions options) {
    return options.maxComplexity() == maxComplexity ? this : new TooComplex(options.maxComplexity());
  }

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return maxComplexity < 0 ? Set.of() : Set.of(Ast.Module.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    if (maxComplexity < 0) {
      return;
    }
    for (PathGraphs.Graph g : PathGraphs.of((Ast.Module) node)) {
      if (g.complexity() > maxComplexity) {
        out.report(g.line(), AstRule.charColumn(file, g.line(), g.utf8Column()), "C901",
            "'" + g.entity() + "' is too complex (" + g.complexity() + ")");
      }
    }
  }
}
