package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "F542",
    name = "t-string-missing-placeholders",
    family = "pyflakes",
    summary = "A t-string (Python 3.14) has no interpolations.")
public final class TStringMissingPlaceholders implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.TemplateStr.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    // unlike f-strings, pyflakes checks t-strings wherever they are, even inside another one
    Ast.TemplateStr string = (Ast.TemplateStr) node;
    for (Ast.ExprNode value : string.values()) {
      if (value instanceof Ast.Interpolation) {
        return;
      }
    }
    out.report(string.lineno(), AstRule.charColumn(file, string.lineno(), string.colOffset()),
        "F542", "t-string is missing placeholders");
  }
}
