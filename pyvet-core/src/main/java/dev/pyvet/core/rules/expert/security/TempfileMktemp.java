package dev.pyvet.core.rules.expert.security;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

/** Calls of {@code tempfile.mktemp()}, which hands out a name without creating the file. */
@RuleInfo(
    code = "PV805",
    name = "tempfile-mktemp",
    family = "expert",
    summary = "Reports tempfile.mktemp(), whose file name another process can claim before it is used.",
    defaultEnabled = false,
    fix = FixAvailability.NONE)
public final class TempfileMktemp implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    if ("mktemp".equals(Calls.calledName(call))
        && "tempfile.mktemp".equals(QualifiedNames.ofCall(ExpertModel.of(file), call))) {
      Calls.report(file, call, "PV805", "tempfile.mktemp() returns a name another process can take "
          + "before the file exists: use tempfile.mkstemp(), NamedTemporaryFile() or mkdtemp()", out);
    }
  }
}
