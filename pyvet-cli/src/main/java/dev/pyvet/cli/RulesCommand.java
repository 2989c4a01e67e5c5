package dev.pyvet.cli;

import dev.pyvet.cli.args.CommandSpec;
import dev.pyvet.cli.args.OptionSpec;
import dev.pyvet.cli.args.UsageException;
import dev.pyvet.core.rule.Rule;
import dev.pyvet.core.rule.RuleMeta;
import dev.pyvet.core.rule.RuleRegistry;
import java.io.PrintWriter;
import java.util.Locale;

/** {@code pyvet rules}: every rule with its code, name, default state and summary. */
final class RulesCommand {
  private RulesCommand() {}

  static final String SUMMARY = "List all rules: code, name, on or off by default, fix, summary.";

  static CommandSpec spec() {
    return CommandSpec.command("pyvet rules",
            (args, out, err) -> run(args.string("--output-format"), out))
        .description(SUMMARY)
        .withStandardOptions()
        .option(OptionSpec.value("FORMAT", "--output-format")
            .help("text (a table, the default) or json (with each rule's explanation)."));
  }

  private static int run(String format, PrintWriter out) {
    switch (format == null ? "text" : format) {
      case "text" -> {
        for (Rule rule : RuleRegistry.all()) {
          RuleMeta m = RuleRegistry.meta(rule);
          out.printf("%-6s %-58s %-3s %-6s %s%n", m.code(), m.name(), m.defaultEnabled() ? "on" : "off",
              m.fix().name().toLowerCase(Locale.ROOT), m.summary());
        }
      }
      case "json" -> {
        out.println("[");
        var all = RuleRegistry.all();
        for (int i = 0; i < all.size(); i++) {
          RuleMeta m = RuleRegistry.meta(all.get(i));
          out.print("  {\"code\": " + Json.quote(m.code()) + ", \"name\": " + Json.quote(m.name())
              + ", \"family\": " + Json.quote(m.family()) + ", \"summary\": " + Json.quote(m.summary())
              + ", \"explanation\": " + Json.quote(m.explanation() == null ? "" : m.explanation())
              + ", \"fix\": " + Json.quote(m.fix().name().toLowerCase(Locale.ROOT))
              + ", \"default\": " + m.defaultEnabled() + "}");
          out.println(i + 1 < all.size() ? "," : "");
        }
        out.println("]");
      }
      default -> throw new UsageException(
          "unknown output format '" + format + "' (expected text or json)");
    }
    out.flush();
    return ExitCodes.CLEAN;
  }
}
