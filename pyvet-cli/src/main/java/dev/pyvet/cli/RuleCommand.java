package dev.pyvet.cli;

import dev.pyvet.core.rule.Rule;
import dev.pyvet.core.rule.RuleMeta;
import dev.pyvet.core.rule.RuleRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code pyvet rule CODE|NAME}: one rule's explanation. */
@Command(
    name = "rule",
    mixinStandardHelpOptions = true,
    description = "Explain one rule: what it reports, why, an example and the fix.")
final class RuleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CODE|NAME", description = "A code (E501) or a rule name (line-too-long).")
  String codeOrName;

  @Override
  public Integer call() {
    Rule rule = RuleRegistry.find(codeOrName);
    if (rule == null) {
      throw new ParameterException(spec.commandLine(), "no rule has the code or name '" + codeOrName + "'");
    }
    RuleMeta m = RuleRegistry.meta(rule);
    PrintWriter out = spec.commandLine().getOut();
    out.println(m.code() + " " + m.name() + " (" + m.family() + ", " + (m.defaultEnabled() ? "on" : "off")
        + " by default)");
    out.println();
    out.println(m.summary());
    out.println();
    String explanation = m.explanation() == null ? "" : m.explanation();
    // the resource starts with a '# CODE' title; the line above replaces it
    if (explanation.startsWith("# ")) {
      explanation = explanation.substring(explanation.indexOf('\n') + 1).stripLeading();
    }
    out.print(explanation);
    out.flush();
    return ExitCodes.CLEAN;
  }
}
