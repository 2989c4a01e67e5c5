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

/**
 * A command line built at run time handed to a shell: the subprocess functions with a literal
 * {@code shell=True}, and the functions that always use one ({@code subprocess.getoutput},
 * {@code os.system}, {@code os.popen}), when the command is not a string literal.
 */
@RuleInfo(
    code = "PV804",
    name = "shell-command-from-non-literal",
    family = "expert",
    summary = "Reports commands built at run time and run through a shell (subprocess with shell=True, os.system, os.popen), open to shell injection.",
    defaultEnabled = false,
    fix = FixAvailability.NONE)
public final class SubprocessShellNonLiteral implements AstRule {
  private static final Set<String> SHELL_OPTIONAL = Set.of(
      "subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output",
      "subprocess.Popen");
  private static final Set<String> SHELL_ALWAYS = Set.of(
      "subprocess.getoutput", "subprocess.getstatusoutput", "os.system", "os.popen");

  private static final Set<String> NAMES = Calls.lastSegments(SHELL_OPTIONAL, SHELL_ALWAYS);

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    if (!Calls.mayBeOneOf(call, NAMES)) {
      return;
    }
    String q = QualifiedNames.ofCall(ExpertModel.of(file), call);
    if (q == null) {
      return;
    }
    Ast.ExprNode command;
    if (SHELL_OPTIONAL.contains(q)) {
      Ast.ExprNode shell = Calls.argument(call, Integer.MAX_VALUE, "shell");
      if (shell == null || !Calls.isTrue(shell)) {
        return;
      }
      command = Calls.argument(call, 0, "args");
    } else if (SHELL_ALWAYS.contains(q)) {
      command = Calls.argument(call, 0, q.startsWith("os.") ? "command" : "cmd");
    } else {
      return;
    }
    if (command == null || Calls.isStrLiteral(command)) {
      return;
    }
    Calls.report(file, call, "PV804", q + "() runs a command built at run time through the shell: "
        + "pass an argument list without shell=True, or quote every inserted value with shlex.quote()",
        out);
  }
}
