package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "F541",
    name = "f-string-missing-placeholders",
    family = "pyflakes",
    summary = "An f-string has no replacement fields.")
public final class FStringMissingPlaceholders implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    // t-strings too: f-strings inside them are not checked
    return Set.of(Ast.JoinedStr.class, Ast.TemplateStr.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.ExprNode string = (Ast.ExprNode) node;
    if (FStringNesting.isNested(string, file) || !(node instanceof Ast.JoinedStr joined)) {
      return;
    }
    for (Ast.ExprNode value : joined.values()) {
      if (value instanceof Ast.FormattedValue) {
        return;
      }
    }
    out.report(joined.lineno(), AstRule.charColumn(file, joined.lineno(), joined.colOffset()),
        "F541", "f-string is missing placeholders");
  }
}
