package dev.pyvet.cli.args;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One command as the parser and the help see it: its full name ({@code pyvet check}), description,
 * options and positional arguments, and either what it does or its subcommands.
 *
 * <p>Declared in code and built only when its command is invoked (or its help asked for): a group
 * lists its subcommands by name and summary, with a supplier for each one's spec.
 */
public final class CommandSpec {
  /** What a command does with its parsed arguments; returns the exit status. */
  @FunctionalInterface
  public interface Action {
    int run(ParseResult args, PrintWriter out, PrintWriter err) throws Exception;
  }

  /** A subcommand of a group: its name, one-line summary and how to build its spec. */
  public record Subcommand(String name, String summary, Supplier<CommandSpec> spec) {}

  /** {@code -h}/{@code --help}, which every command has. */
  public static final String HELP = "--help";

  /** {@code -V}/{@code --version}, which commands with {@link #withStandardOptions()} have. */
  public static final String VERSION = "--version";

  private final String qualifiedName;
  private final List<String> description = new ArrayList<>();
  private final List<OptionSpec> options = new ArrayList<>();
  private final List<Subcommand> subcommands = new ArrayList<>();
  private final List<String> footer = new ArrayList<>();
  private Positional positional;
  private final Action action;

  private CommandSpec(String qualifiedName, Action action) {
    this.qualifiedName = qualifiedName;
    this.action = action;
  }

  /** A command that runs {@code action}; {@code qualifiedName} is e.g. {@code pyvet check}. */
  public static CommandSpec command(String qualifiedName, Action action) {
    return new CommandSpec(qualifiedName, action);
  }

  /** A command that only holds subcommands. */
  public static CommandSpec group(String qualifiedName) {
    return new CommandSpec(qualifiedName, null);
  }

  /**
   * The description, one string per line as printed: the first is the summary; the lines are not
   * re-wrapped, so that lists and examples keep their layout.
   */
  public CommandSpec description(String... lines) {
    description.addAll(List.of(lines));
    return this;
  }

  /** Adds {@code -h}/{@code --help} and {@code -V}/{@code --version}. */
  public CommandSpec withStandardOptions() {
    option(OptionSpec.flag("-h", HELP).help("Show this help message and exit."));
    return option(OptionSpec.flag("-V", VERSION).help("Print version information and exit."));
  }

  public CommandSpec option(OptionSpec option) {
    for (String name : option.names()) {
      if (option(name) != null) {
        throw new IllegalArgumentException(qualifiedName + ": option " + name + " declared twice");
      }
    }
    options.add(option);
    return this;
  }

  public CommandSpec positional(Positional positional) {
    if (!subcommands.isEmpty()) {
      throw new IllegalStateException("a group's positional argument is its subcommand");
    }
    this.positional = positional;
    return this;
  }

  public CommandSpec subcommand(String name, String summary, Supplier<CommandSpec> spec) {
    if (action != null || positional != null) {
      throw new IllegalStateException(qualifiedName + " is not a group");
    }
    subcommands.add(new Subcommand(name, summary, spec));
    return this;
  }

  /** Lines printed at the end of the help, under their own heading line if they have one. */
  public CommandSpec footer(String... lines) {
    footer.addAll(List.of(lines));
    return this;
  }

  public String qualifiedName() {
    return qualifiedName;
  }

  /** The first word of the qualified name: the program ({@code pyvet}). */
  public String programName() {
    int space = qualifiedName.indexOf(' ');
    return space < 0 ? qualifiedName : qualifiedName.substring(0, space);
  }

  public List<String> description() {
    return description;
  }

  public List<OptionSpec> options() {
    return options;
  }

  /** The option with this exact name, or null. */
  public OptionSpec option(String name) {
    for (OptionSpec o : options) {
      if (o.names().contains(name)) {
        return o;
      }
    }
    return null;
  }

  /** The positional arguments, or null when the command takes none. */
  public Positional positional() {
    return positional;
  }

  public List<Subcommand> subcommands() {
    return subcommands;
  }

  /** The subcommand with this name, or null. */
  public Subcommand subcommand(String name) {
    for (Subcommand s : subcommands) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }

  public boolean isGroup() {
    return action == null;
  }

  /** What the command does; null for a group. */
  public Action action() {
    return action;
  }

  public List<String> footer() {
    return footer;
  }
}
