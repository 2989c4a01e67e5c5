package dev.pyvet.cli.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArgParserTest {
  private static CommandSpec lint() {
    return CommandSpec.command("tool lint", (args, out, err) -> 0)
        .description("Lint things.")
        .withStandardOptions()
        .positional(Positional.any("PATH", "What to lint."))
        .option(OptionSpec.value("CODES", "--select").commaSeparatedList())
        .option(OptionSpec.value("N", "--max-line-length").convertedBy(ValueConverter.INT))
        .option(OptionSpec.value("N", "-j", "--jobs").convertedBy(ValueConverter.INT))
        .option(OptionSpec.value("FORMAT", "--format").convertedBy(text -> {
          if (!text.equals("json") && !text.equals("text")) {
            throw new IllegalArgumentException("unknown format '" + text + "'");
          }
          return text;
        }))
        .option(OptionSpec.flag("--isolated"))
        .option(OptionSpec.flag("--exit-zero"))
        .option(OptionSpec.counted("-q", "--quiet"));
  }

  private static ParseResult parse(String... args) {
    return ArgParser.parse(lint(), args, 0);
  }

  private static String error(String... args) {
    ParseResult r = parse(args);
    assertThat(r.error()).as("an error for %s", String.join(" ", args)).isNotNull();
    return r.error().getMessage();
  }

  @Test
  void valuesComeAfterASpaceOrAnEqualsSign() {
    ParseResult r = parse("--max-line-length", "100", "--format=json", "a.py");
    assertThat(r.error()).isNull();
    assertThat(r.integer("--max-line-length")).isEqualTo(100);
    assertThat(r.string("--format")).isEqualTo("json");
    assertThat(r.positionals()).containsExactly("a.py");
    assertThat(r.has("--select")).isFalse();
    assertThat(r.strings("--select")).isNull();
    assertThat(parse("--format=").error()).isNotNull(); // '' is not a format
    assertThat(parse("--select=").strings("--select")).containsExactly("");
  }

  @Test
  void shortOptionsTakeValuesAttachedOrSeparateAndFlagsCluster() {
    assertThat(parse("-j", "3").integer("--jobs")).isEqualTo(3);
    assertThat(parse("-j3").integer("--jobs")).isEqualTo(3);
    assertThat(parse("-j=3").integer("--jobs")).isEqualTo(3);
    ParseResult r = parse("-qqj", "2", "x.py");
    assertThat(r.error()).isNull();
    assertThat(r.count("--quiet")).isEqualTo(2);
    assertThat(r.integer("-j")).isEqualTo(2);
    assertThat(r.positionals()).containsExactly("x.py");
    assertThat(error("-jq")).isEqualTo("Invalid value for option '--jobs': 'q' is not an int");
  }

  @Test
  void repeatableOptionsKeepEveryValueInOrder() {
    ParseResult r = parse("--select", "E,W", "a.py", "--select=F401", "-q", "--quiet");
    assertThat(r.error()).isNull();
    assertThat(r.strings("--select")).containsExactly("E,W", "F401");
    assertThat(r.count("-q")).isEqualTo(2);
    assertThat(r.positionals()).containsExactly("a.py");
  }

  @Test
  void otherOptionsMayBeGivenOnlyOnce() {
    assertThat(error("--max-line-length", "80", "--max-line-length=90"))
        .isEqualTo("option '--max-line-length' (N) should be specified only once");
    assertThat(error("--isolated", "--isolated")).isEqualTo("option '--isolated' should be specified only once");
  }

  @Test
  void flagsAcceptAnExplicitBoolean() {
    assertThat(parse("--isolated").flag("--isolated")).isTrue();
    assertThat(parse("--isolated=TRUE").flag("--isolated")).isTrue();
    ParseResult off = parse("--isolated=false");
    assertThat(off.flag("--isolated")).isFalse();
    assertThat(off.flagOrNull("--isolated")).isFalse();
    assertThat(parse().flagOrNull("--isolated")).isNull();
    assertThat(error("--isolated=yes")).isEqualTo("Invalid value for option '--isolated': 'yes' is not a boolean");
  }

  @Test
  void badValuesNameTheOption() {
    assertThat(error("--jobs", "many")).isEqualTo("Invalid value for option '--jobs': 'many' is not an int");
    assertThat(error("-j", "99999999999")).isEqualTo("Invalid value for option '--jobs': '99999999999' is not an int");
    assertThat(error("--format", "xml")).isEqualTo("Invalid value for option '--format': unknown format 'xml'");
    assertThat(parse("--jobs", "-2").integer("--jobs")).isEqualTo(-2); // the command checks the range
  }

  @Test
  void aMissingValueIsReported() {
    assertThat(error("--select")).isEqualTo("Missing required parameter for option '--select' (CODES)");
    // an option name is not taken as the value; other text starting with a dash is
    assertThat(error("--select", "--isolated")).isEqualTo("Missing required parameter for option '--select' (CODES)");
    assertThat(error("--select", "--format=json")).startsWith("Missing required parameter");
    assertThat(parse("--select", "-E").strings("--select")).containsExactly("-E");
  }

  @Test
  void doubleDashEndsTheOptions() {
    ParseResult r = parse("-q", "--", "--isolated", "-x.py", "--");
    assertThat(r.error()).isNull();
    assertThat(r.flag("--isolated")).isFalse();
    assertThat(r.count("--quiet")).isEqualTo(1);
    assertThat(r.positionals()).containsExactly("--isolated", "-x.py", "--");
    assertThat(parse("-", "a.py").positionals()).containsExactly("-", "a.py");
  }

  @Test
  void unknownOptionsAreReportedWithSuggestions() {
    ParseResult r = parse("--selct=E", "a.py");
    assertThat(r.error().getMessage()).isEqualTo("Unknown option: '--selct=E'");
    assertThat(r.error().suggestion()).isEqualTo("Possible solutions: --select");
    assertThat(parse("--exit-zeroo").error().suggestion()).isEqualTo("Possible solutions: --exit-zero");
    assertThat(parse("--max-line-lenght", "3").error().suggestion())
        .isEqualTo("Possible solutions: --max-line-length");
    assertThat(parse("--frobnicate").error().suggestion()).isNull();
    assertThat(error("-x")).isEqualTo("Unknown option: '-x'");
    assertThat(error("-qx")).isEqualTo("Unknown option: '-qx'");
  }

  @Test
  void theFirstErrorIsKeptAndHelpIsStillSeen() {
    ParseResult r = parse("--frob", "--jobs", "x", "--help");
    assertThat(r.error().getMessage()).isEqualTo("Unknown option: '--frob'");
    assertThat(r.helpRequested()).isTrue();
    assertThat(parse("-V").versionRequested()).isTrue();
    assertThat(parse("-h").helpRequested()).isTrue();
  }

  @Test
  void positionalArityIsChecked() {
    CommandSpec one = CommandSpec.command("tool rule", (args, out, err) -> 0)
        .positional(Positional.exactlyOne("CODE", "A code."));
    assertThat(ArgParser.parse(one, new String[0], 0).error().getMessage())
        .isEqualTo("Missing required parameter: 'CODE'");
    assertThat(ArgParser.parse(one, new String[] {"E1", "E2"}, 0).error().getMessage())
        .isEqualTo("Unmatched argument at index 1: 'E2'");
    CommandSpec none = CommandSpec.command("tool rules", (args, out, err) -> 0);
    assertThat(ArgParser.parse(none, new String[] {"x", "extra"}, 1).error().getMessage())
        .isEqualTo("Unmatched argument at index 1: 'extra'");
  }

  @Test
  void aGroupStopsAtItsSubcommand() {
    CommandSpec group = CommandSpec.group("tool").withStandardOptions()
        .subcommand("lint", "Lint things.", ArgParserTest::lint)
        .subcommand("list", "List things.", ArgParserTest::lint)
        .subcommand("rule", "One rule.", ArgParserTest::lint)
        .subcommand("rules", "The rules.", ArgParserTest::lint);
    ParseResult r = ArgParser.parse(group, new String[] {"lint", "--help"}, 0);
    assertThat(r.error()).isNull();
    assertThat(r.helpRequested()).isFalse();
    assertThat(r.subcommand().name()).isEqualTo("lint");
    assertThat(r.subcommandIndex()).isZero();

    ParseResult typo = ArgParser.parse(group, new String[] {"lnt"}, 0);
    assertThat(typo.error().getMessage()).isEqualTo("Unmatched argument at index 0: 'lnt'");
    assertThat(typo.error().suggestion()).isEqualTo("Did you mean: tool lint?");
    assertThat(ArgParser.parse(group, new String[] {"lis"}, 0).error().suggestion())
        .isEqualTo("Did you mean: tool list?");
    assertThat(ArgParser.parse(group, new String[] {"rulez"}, 0).error().suggestion())
        .isEqualTo("Did you mean: tool rule or tool rules?");
    assertThat(ArgParser.parse(group, new String[] {"lintr", "lnt"}, 0).error().getMessage())
        .isEqualTo("Unmatched argument at index 0: 'lintr'");
    assertThat(ArgParser.parse(group, new String[0], 0).error().getMessage()).isEqualTo("Missing required subcommand");
    assertThat(ArgParser.parse(group, new String[] {"lnt", "--help"}, 0).helpRequested()).isTrue();
  }

  @Test
  void askingForAnUndeclaredOptionIsAProgrammingError() {
    assertThatThrownBy(() -> parse().flag("--isolate")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void specsRejectDuplicateAndMalformedNames() {
    assertThatThrownBy(() -> lint().option(OptionSpec.flag("-q"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OptionSpec.flag("-long")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OptionSpec.flag("--a=b")).isInstanceOf(IllegalArgumentException.class);
  }
}
