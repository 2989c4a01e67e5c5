package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "F542",
    name = "t-string-missing-placeholders",
    family = "pyflakes",
    summary = "A t-string (Python 3.14) has no interpolations.")
public final class TStringMissingPlaceholders extends StringFormatRule {
  public TStringMissingPlaceholders() {
    super(Set.of(Ast.TemplateStr.class));
  }

  @Override
  void check(Ast.Node node, ParsedFile file, Findings out) {
    // unlike f-strings, pyflakes checks t-strings wherever they are, even inside another one
    for (Ast.ExprNode value : ((Ast.TemplateStr) node).values()) {
      if (value instanceof Ast.Interpolation) {
        return;
      }
    }
    report((Ast.Located) node, file, out, "t-string is missing placeholders");
  }
}
