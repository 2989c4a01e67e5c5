package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "F541",
    name = "f-string-missing-placeholders",
    family = "pyflakes",
    summary = "An f-string has no replacement fields.")
public final class FStringMissingPlaceholders extends StringFormatRule {
  public FStringMissingPlaceholders() {
    // t-strings too: f-strings inside them are not checked
    super(Set.of(Ast.JoinedStr.class, Ast.TemplateStr.class));
  }

  @Override
  void check(Ast.Node node, ParsedFile file, Findings out) {
    if (FStringNesting.isNested((Ast.ExprNode) node, file)
        || !(node instanceof Ast.JoinedStr joined)) {
      return;
    }
    for (Ast.ExprNode value : joined.values()) {
      if (value instanceof Ast.FormattedValue) {
        return;
      }
    }
    report(joined, file, out, "f-string is missing placeholders");
  }
}
