package dev.pyvet.cli.args;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpRendererTest {
  @Test
  void commandHelpListsArgumentsAndOptionsSortedAndWrapped() {
    // names longer than 20 characters get a line of their own instead of widening the column
    CommandSpec spec = CommandSpec.command("tool lint", (args, out, err) -> 0)
        .description("Lint things.", "", "More about linting.", "")
        .withStandardOptions()
        .positional(Positional.any("PATH", "What to lint (default: the current directory)."))
        .option(OptionSpec.value("CODES", "--select").commaSeparatedList()
            .help("Report only these codes, code prefixes or rule names (comma-separated), e.g. E999,"
                + " E9 or line-too-long."))
        .option(OptionSpec.value("N", "-j", "--jobs").help("Check N files at a time."))
        .option(OptionSpec.counted("-q", "--quiet").help("-q prints paths;", "-qq prints nothing."))
        .option(OptionSpec.value("FORMAT", "--output-format").help("How to print findings."))
        .option(OptionSpec.flag("--secret").hiddenFromHelp());
    assertThat(HelpRenderer.render(spec)).isEqualTo("""
        Usage: tool lint [OPTIONS] [PATH...]
        Lint things.

        More about linting.

              [PATH...]   What to lint (default: the current directory).
          -h, --help      Show this help message and exit.
          -j, --jobs=N    Check N files at a time.
              --output-format=FORMAT
                          How to print findings.
          -q, --quiet     -q prints paths;
                          -qq prints nothing.
              --select=CODES[,CODES...]
                          Report only these codes, code prefixes or rule names
                            (comma-separated), e.g. E999, E9 or line-too-long.
          -V, --version   Print version information and exit.
        """);
  }

  @Test
  void groupHelpListsSubcommandsAndFooterWithoutBuildingThem() {
    CommandSpec group = CommandSpec.group("tool")
        .description("A tool.")
        .withStandardOptions()
        .subcommand("lint", "Lint things.", () -> {
          throw new AssertionError("built");
        })
        .subcommand("rules", "List the rules.", () -> {
          throw new AssertionError("built");
        })
        .footer("Exit status:", "  0  fine");
    assertThat(HelpRenderer.render(group)).isEqualTo("""
        Usage: tool [OPTIONS] COMMAND
        A tool.
          -h, --help      Show this help message and exit.
          -V, --version   Print version information and exit.

        Commands:
          lint   Lint things.
          rules  List the rules.

        Exit status:
          0  fine
        """);
  }

  @Test
  void wrappingKeepsLongWordsWhole() {
    assertThat(HelpRenderer.wrap("a bb ccc", 4, 4)).containsExactly("a bb", "ccc");
    assertThat(HelpRenderer.wrap("x E121,E123,E126,E226 y", 10, 8)).containsExactly("x", "E121,E123,E126,E226", "y");
    assertThat(HelpRenderer.wrap("", 10, 10)).containsExactly("");
  }
}
