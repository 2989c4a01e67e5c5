package dev.pyvet.core.rules.expert.debugging;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "PV115",
    name = "pure-python-profiler",
    family = "expert",
    summary = "The pure-Python profile module is imported where cProfile, with the same interface and far less overhead, would do.",
    defaultEnabled = false,
    fix = FixAvailability.UNSAFE)
public final class PureProfileModule implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Import.class, Ast.ImportFrom.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    if (node instanceof Ast.Import imp) {
      for (Ast.Alias a : imp.names()) {
        if (a.name().equals("profile")) {
          report(file, a.lineno(), a.colOffset(), out);
        }
      }
    } else if (node instanceof Ast.ImportFrom from && from.level() == 0 && "profile".equals(from.module())) {
      report(file, from.lineno(), from.colOffset(), out);
    }
  }

  private static void report(ParsedFile file, int line, int utf8Col, Findings out) {
    out.report(line, AstRule.charColumn(file, line, utf8Col), "PV115",
        "the pure-Python 'profile' module adds much more overhead and skews timings: use 'cProfile', "
            + "which has the same interface");
  }
}
