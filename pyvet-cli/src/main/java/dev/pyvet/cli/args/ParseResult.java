package dev.pyvet.cli.args;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ArgParser} read for one command: the options given with their converted values, the
 * positional arguments, the subcommand chosen (for a group) and the first usage error, if any.
 *
 * <p>Options are looked up by any of their names; asking for a name the command does not declare
 * is a programming error and throws, so a misspelt name cannot silently read as "not given".
 */
public final class ParseResult {
  private final CommandSpec spec;
  private final Map<OptionSpec, List<Object>> values = new IdentityHashMap<>();
  private final Map<OptionSpec, Integer> counts = new IdentityHashMap<>();
  private final List<String> positionals = new ArrayList<>();
  private CommandSpec.Subcommand subcommand;
  private int subcommandIndex = -1;
  private UsageException error;

  ParseResult(CommandSpec spec) {
    this.spec = spec;
  }

  public CommandSpec spec() {
    return spec;
  }

  /** Whether the option was given (a flag given as {@code --flag=false} counts as given). */
  public boolean has(String name) {
    return values.containsKey(declared(name));
  }

  /** A flag's value: false when it was not given. */
  public boolean flag(String name) {
    List<Object> v = values.get(declared(name));
    return v != null && (Boolean) v.get(v.size() - 1);
  }

  /** A flag's value, or null when it was not given (for settings that a file may also set). */
  public Boolean flagOrNull(String name) {
    return has(name) ? flag(name) : null;
  }

  /** How many times a counted flag was given. */
  public int count(String name) {
    return counts.getOrDefault(declared(name), 0);
  }

  /** The (last) value of an option, or null when it was not given. */
  public <T> T value(String name, Class<T> type) {
    List<Object> v = values.get(declared(name));
    return v == null ? null : type.cast(v.get(v.size() - 1));
  }

  public String string(String name) {
    return value(name, String.class);
  }

  public Integer integer(String name) {
    return value(name, Integer.class);
  }

  /** Every value of a repeatable text option in the order given, or null when it was not given. */
  public List<String> strings(String name) {
    List<Object> v = values.get(declared(name));
    if (v == null) {
      return null;
    }
    List<String> out = new ArrayList<>(v.size());
    for (Object o : v) {
      out.add((String) o);
    }
    return out;
  }

  public List<String> positionals() {
    return positionals;
  }

  public boolean helpRequested() {
    return spec.option(CommandSpec.HELP) != null && flag(CommandSpec.HELP);
  }

  public boolean versionRequested() {
    return spec.option(CommandSpec.VERSION) != null && flag(CommandSpec.VERSION);
  }

  /** For a group: the subcommand named, or null. */
  public CommandSpec.Subcommand subcommand() {
    return subcommand;
  }

  /** For a group: the index in the arguments of the subcommand's name, or -1. */
  public int subcommandIndex() {
    return subcommandIndex;
  }

  /** The first usage error met, or null. */
  public UsageException error() {
    return error;
  }

  private OptionSpec declared(String name) {
    OptionSpec o = spec.option(name);
    if (o == null) {
      throw new IllegalArgumentException(spec.qualifiedName() + " has no option " + name);
    }
    return o;
  }

  // --- filled in by ArgParser

  boolean given(OptionSpec option) {
    return values.containsKey(option);
  }

  void add(OptionSpec option, Object value) {
    values.computeIfAbsent(option, o -> new ArrayList<>(1)).add(value);
  }

  void increment(OptionSpec option) {
    counts.merge(option, 1, Integer::sum);
  }

  void addPositional(String arg) {
    positionals.add(arg);
  }

  void chooseSubcommand(CommandSpec.Subcommand chosen, int index) {
    subcommand = chosen;
    subcommandIndex = index;
  }

  /** Keeps the first error: later ones are often consequences of it. */
  void fail(UsageException e) {
    if (error == null) {
      error = e;
    }
  }
}
