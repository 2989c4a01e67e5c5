package dev.pyvet.cli.args;

/**
 * Turns an option's text into its value. A bad value is reported by throwing
 * {@link IllegalArgumentException} with a message that names the value, e.g. {@code 'many' is not
 * an int}; the parser puts the option's name in front of it.
 */
@FunctionalInterface
public interface ValueConverter<T> {
  T convert(String text);

  /** The text as it is. */
  ValueConverter<String> STRING = text -> text;

  /** A decimal int, with an optional sign, as {@link Integer#parseInt} reads it. */
  ValueConverter<Integer> INT = text -> {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not an int");
    }
  };
}
