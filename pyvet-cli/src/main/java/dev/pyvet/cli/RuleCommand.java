package dev.pyvet.cli;

import dev.pyvet.cli.args.CommandSpec;
import dev.pyvet.cli.args.Positional;
import dev.pyvet.cli.args.UsageException;
import dev.pyvet.core.rule.Rule;
import dev.pyvet.core.rule.RuleMeta;
import dev.pyvet.core.rule.RuleRegistry;
import java.io.PrintWriter;

/** {@code pyvet rule CODE|NAME}: one rule's explanation. */
final class RuleCommand {
  private RuleCommand() {}

  static final String SUMMARY = "Explain one rule: what it reports, why, an example and the fix.";

  static CommandSpec spec() {
    return CommandSpec.command("pyvet rule", (args, out, err) -> run(args.positionals().get(0), out))
        .description(SUMMARY)
        .withStandardOptions()
        .positional(Positional.exactlyOne("CODE|NAME", "A code (E501) or a rule name (line-too-long)."));
  }

  private static int run(String codeOrName, PrintWriter out) {
    Rule rule = RuleRegistry.find(codeOrName);
    if (rule == null) {
      throw new UsageException("no rule has the code or name '" + codeOrName + "'");
    }
    RuleMeta m = RuleRegistry.meta(rule);
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
