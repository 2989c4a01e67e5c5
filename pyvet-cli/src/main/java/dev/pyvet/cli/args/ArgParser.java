package dev.pyvet.cli.args;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one command's arguments against its {@link CommandSpec}.
 *
 * <p>Options and positional arguments may come in any order; {@code --} ends the options. Long
 * options take their value as {@code --opt VALUE} or {@code --opt=VALUE}; short ones as {@code -o
 * VALUE}, {@code -oVALUE} or {@code -o=VALUE}, and short flags cluster ({@code -qq}, {@code -qj2}).
 * The next argument is taken as a value even when it starts with a dash ({@code --select -E}),
 * unless it is one of the command's option names. A group's first positional argument names its
 * subcommand, and parsing stops there.
 *
 * <p>Parsing goes on after an error, keeping the first one, so that {@code --help} anywhere on the
 * line still shows the help as it always has.
 */
public final class ArgParser {
  private final CommandSpec spec;
  private final String[] args;
  private final ParseResult result;
  private int next;

  private ArgParser(CommandSpec spec, String[] args, int from) {
    this.spec = spec;
    this.args = args;
    this.result = new ParseResult(spec);
    this.next = from;
  }

  /** Parses {@code args[from..]} for {@code spec} (to the subcommand's name, for a group). */
  public static ParseResult parse(CommandSpec spec, String[] args, int from) {
    ArgParser p = new ArgParser(spec, args, from);
    p.run();
    return p.result;
  }

  private void run() {
    boolean optionsEnded = false;
    while (next < args.length) {
      int index = next++;
      String arg = args[index];
      if (!optionsEnded && arg.equals("--")) {
        optionsEnded = true;
      } else if (!optionsEnded && arg.length() > 1 && arg.charAt(0) == '-') {
        if (arg.charAt(1) == '-') {
          longOption(arg);
        } else {
          shortOptions(arg);
        }
      } else if (spec.isGroup()) {
        CommandSpec.Subcommand sub = spec.subcommand(arg);
        if (sub != null) {
          result.chooseSubcommand(sub, index);
          return;
        }
        result.fail(new UsageException("Unmatched argument at index " + index + ": '" + arg + "'",
            commandSuggestion(arg)));
      } else {
        Positional p = spec.positional();
        if (p == null || result.positionals().size() >= p.max()) {
          result.fail(new UsageException("Unmatched argument at index " + index + ": '" + arg + "'"));
        } else {
          result.addPositional(arg);
        }
      }
    }
    if (spec.isGroup()) {
      result.fail(new UsageException("Missing required subcommand"));
    } else if (spec.positional() != null && result.positionals().size() < spec.positional().min()) {
      result.fail(new UsageException("Missing required parameter: '" + spec.positional().label() + "'"));
    }
  }

  private void longOption(String arg) {
    int eq = arg.indexOf('=');
    String name = eq < 0 ? arg : arg.substring(0, eq);
    OptionSpec option = spec.option(name);
    if (option == null) {
      result.fail(new UsageException("Unknown option: '" + arg + "'", optionSuggestion(name)));
      return;
    }
    apply(option, eq < 0 ? null : arg.substring(eq + 1));
  }

  /** {@code -q}, {@code -qq}, {@code -j2}, {@code -j=2}, {@code -qj 2}, {@code -q=true}. */
  private void shortOptions(String arg) {
    for (int pos = 1; pos < arg.length(); pos++) {
      OptionSpec option = spec.option("-" + arg.charAt(pos));
      if (option == null) {
        result.fail(new UsageException("Unknown option: '" + arg + "'",
            pos == 1 && arg.length() > 2 ? optionSuggestion(arg) : null));
        return;
      }
      String rest = arg.substring(pos + 1);
      if (option.takesValue()) {
        apply(option, rest.isEmpty() ? null : rest.startsWith("=") ? rest.substring(1) : rest);
        return;
      }
      if (rest.startsWith("=")) {
        apply(option, rest.substring(1));
        return;
      }
      apply(option, null);
    }
  }

  /** Records one occurrence of {@code option}; {@code attached} is the text after '=' or null. */
  private void apply(OptionSpec option, String attached) {
    // if/else rather than a switch on the enum: such a switch has a synthetic class of its own,
    // which the launcher's AOT cache (trained on a run without options) would not hold
    if (option.kind() == OptionSpec.Kind.VALUE) {
      String text = attached != null ? attached : takeValue(option);
      if (text == null) {
        return;
      }
      if (result.given(option) && !option.repeatable()) {
        result.fail(new UsageException("option '" + option.name() + "' (" + option.label()
            + ") should be specified only once"));
        return;
      }
      try {
        result.add(option, option.converter().convert(text));
      } catch (IllegalArgumentException e) {
        result.fail(new UsageException("Invalid value for option '" + option.name() + "': " + e.getMessage()));
      }
      return;
    }
    Boolean value = attached == null ? Boolean.TRUE : bool(option, attached);
    if (value == null) {
      return;
    }
    if (option.kind() == OptionSpec.Kind.FLAG && result.given(option)) {
      result.fail(new UsageException("option '" + option.name() + "' should be specified only once"));
      return;
    }
    result.add(option, value);
    if (option.kind() == OptionSpec.Kind.COUNTED && value) {
      result.increment(option);
    }
  }

  /** The next argument as the option's value, or null after reporting that it is missing. */
  private String takeValue(OptionSpec option) {
    if (next < args.length && !isOptionName(args[next])) {
      return args[next++];
    }
    result.fail(new UsageException("Missing required parameter for option '" + option.name() + "' ("
        + option.label() + ")"));
    return null;
  }

  private boolean isOptionName(String arg) {
    if (arg.equals("--")) {
      return true;
    }
    int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
    return spec.option(eq < 0 ? arg : arg.substring(0, eq)) != null;
  }

  private Boolean bool(OptionSpec option, String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      default:
        result.fail(new UsageException(
            "Invalid value for option '" + option.name() + "': '" + text + "' is not a boolean"));
        return null;
    }
  }

  private String optionSuggestion(String typed) {
    List<String> names = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        names.addAll(o.names());
      }
    }
    List<String> close = Suggestions.similar(typed, names);
    return close.isEmpty() ? null : "Possible solutions: " + String.join(", ", close);
  }

  private String commandSuggestion(String typed) {
    List<String> names = new ArrayList<>();
    for (CommandSpec.Subcommand s : spec.subcommands()) {
      names.add(s.name());
    }
    List<String> close = Suggestions.similar(typed, names);
    if (close.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder("Did you mean: ");
    for (int i = 0; i < close.size(); i++) {
      if (i > 0) {
        sb.append(i == close.size() - 1 ? " or " : ", ");
      }
      sb.append(spec.qualifiedName()).append(' ').append(close.get(i));
    }
    return sb.append('?').toString();
  }
}
