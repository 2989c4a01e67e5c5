package dev.pyvet.cli.args;

import java.util.List;

/**
 * One option of a command: its names ({@code -q}, {@code --quiet}), what it takes and its help.
 *
 * <p>Three kinds: a flag (present or not; {@code --flag=true} and {@code --flag=false} are accepted
 * too), a counted flag ({@code -q}, {@code -qq}: how many times it was given) and an option with a
 * value ({@code --opt VALUE}, {@code --opt=VALUE}, {@code -oVALUE}, {@code -o=VALUE}). Only counted
 * and repeatable options may be given more than once.
 *
 * @param names every name, with its dashes; the longest is the one error messages use
 * @param kind what the option takes
 * @param label the value's name in help and errors ({@code N}, {@code CODES}); null for flags
 * @param repeatable whether a value option may be given several times (all values are kept)
 * @param commaList whether each value is a comma-separated list (which the command splits), shown
 *     in the help as {@code CODES[,CODES...]}
 * @param converter turns each value's text into the value
 * @param help the description: one or more paragraphs, each wrapped on its own
 * @param hidden left out of the help
 */
public record OptionSpec(
    List<String> names,
    Kind kind,
    String label,
    boolean repeatable,
    boolean commaList,
    ValueConverter<?> converter,
    List<String> help,
    boolean hidden) {

  /** What an option takes. */
  public enum Kind {
    FLAG,
    COUNTED,
    VALUE
  }

  public OptionSpec {
    names = List.copyOf(names);
    help = List.copyOf(help);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("an option needs a name");
    }
    for (String name : names) {
      if (!name.startsWith("-") || name.length() < 2 || name.contains("=")
          || !name.startsWith("--") && name.length() != 2) {
        throw new IllegalArgumentException("not an option name: '" + name + "'");
      }
    }
    if ((kind == Kind.VALUE) != (label != null)) {
      throw new IllegalArgumentException("exactly the options with a value have a label: " + names);
    }
  }

  /** A flag: given or not. */
  public static OptionSpec flag(String... names) {
    return new OptionSpec(List.of(names), Kind.FLAG, null, false, false, null, List.of(), false);
  }

  /** A flag that counts how many times it is given ({@code -q}, {@code -qq}). */
  public static OptionSpec counted(String... names) {
    return new OptionSpec(List.of(names), Kind.COUNTED, null, true, false, null, List.of(), false);
  }

  /** An option with a text value, {@code label} naming it in help and errors. */
  public static OptionSpec value(String label, String... names) {
    return new OptionSpec(List.of(names), Kind.VALUE, label, false, false, ValueConverter.STRING, List.of(), false);
  }

  /** This option, converting its values with {@code converter}. */
  public OptionSpec convertedBy(ValueConverter<?> converter) {
    return new OptionSpec(names, kind, label, repeatable, commaList, converter, help, hidden);
  }

  /** This option, allowed several times. */
  public OptionSpec allowingRepeats() {
    return new OptionSpec(names, kind, label, true, commaList, converter, help, hidden);
  }

  /**
   * This option, taking comma-separated lists and allowed several times (the values add up, as
   * flake8's list options do).
   */
  public OptionSpec commaSeparatedList() {
    return new OptionSpec(names, kind, label, true, true, converter, help, hidden);
  }

  /** This option with its description, one string per paragraph. */
  public OptionSpec help(String... paragraphs) {
    return new OptionSpec(names, kind, label, repeatable, commaList, converter, List.of(paragraphs), hidden);
  }

  /** This option, left out of the help. */
  public OptionSpec hiddenFromHelp() {
    return new OptionSpec(names, kind, label, repeatable, commaList, converter, help, true);
  }

  /** The longest name, which messages use ({@code --jobs} rather than {@code -j}). */
  public String name() {
    String longest = names.get(0);
    for (String n : names) {
      if (n.length() > longest.length()) {
        longest = n;
      }
    }
    return longest;
  }

  public boolean takesValue() {
    return kind == Kind.VALUE;
  }
}
