package dev.pyvet.cli.args;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DispatcherTest {
  private final List<String> built = new ArrayList<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private CommandSpec root() {
    return CommandSpec.group("tool")
        .description("A tool.")
        .withStandardOptions()
        .subcommand("run", "Run.", () -> {
          built.add("run");
          return CommandSpec.command("tool run", (args, o, e) -> {
                if (args.flag("--fail")) {
                  throw new UsageException("--fail was given");
                }
                if (args.flag("--crash")) {
                  throw new IllegalStateException("boom");
                }
                o.println("ran " + args.positionals());
                return 0;
              })
              .description("Run.")
              .withStandardOptions()
              .positional(Positional.any("X", "Things."))
              .option(OptionSpec.flag("--fail"))
              .option(OptionSpec.flag("--crash"));
        })
        .subcommand("other", "Other.", () -> {
          built.add("other");
          return CommandSpec.command("tool other", (args, o, e) -> 0);
        });
  }

  private int execute(String... args) {
    return new Dispatcher(() -> "tool 1.0", 2, 3)
        .execute(root(), args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void runsOnlyTheSubcommandNamed() {
    assertThat(execute("run", "a", "--", "-b")).isZero();
    assertThat(out.toString()).isEqualTo("ran [a, -b]" + System.lineSeparator());
    assertThat(built).containsExactly("run");
  }

  @Test
  void helpAndVersionAtEachLevel() {
    assertThat(execute("--help")).isZero();
    assertThat(out.toString()).startsWith("Usage: tool [OPTIONS] COMMAND");
    assertThat(built).isEmpty();
    out.getBuffer().setLength(0);
    assertThat(execute("run", "--bogus", "-h")).isZero();
    assertThat(out.toString()).startsWith("Usage: tool run [OPTIONS] [X...]");
    out.getBuffer().setLength(0);
    assertThat(execute("run", "-V")).isZero();
    assertThat(out.toString()).isEqualTo("tool 1.0" + System.lineSeparator());
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void usageErrorsSayWhereTheHelpIs() {
    assertThat(execute("run", "--fial")).isEqualTo(2);
    assertThat(err.toString().lines()).containsExactly(
        "tool: error: Unknown option: '--fial'",
        "Possible solutions: --fail",
        "Try 'tool run --help' for more information.");
    err.getBuffer().setLength(0);
    assertThat(execute("run", "--fail")).isEqualTo(2);
    assertThat(err.toString().lines()).containsExactly(
        "tool: error: --fail was given", "Try 'tool run --help' for more information.");
    err.getBuffer().setLength(0);
    assertThat(execute("rnu")).isEqualTo(2);
    assertThat(err.toString().lines()).containsExactly(
        "tool: error: Unmatched argument at index 0: 'rnu'",
        "Did you mean: tool run?",
        "Try 'tool --help' for more information.");
    err.getBuffer().setLength(0);
    assertThat(execute()).isEqualTo(2);
    assertThat(err.toString()).startsWith("tool: error: Missing required subcommand");
  }

  @Test
  void exceptionsAreInternalErrors() {
    assertThat(execute("run", "--crash")).isEqualTo(3);
    assertThat(err.toString()).startsWith("tool: internal error: java.lang.IllegalStateException: boom")
        .contains("\tat ");
  }
}
