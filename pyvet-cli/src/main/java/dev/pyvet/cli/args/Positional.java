package dev.pyvet.cli.args;

/**
 * The positional arguments of a command: how many it takes and their help.
 *
 * @param label their name in help and errors ({@code PATH}, {@code FILE})
 * @param min how many are required
 * @param max how many are allowed at most ({@link Integer#MAX_VALUE}: no limit)
 * @param help their description
 */
public record Positional(String label, int min, int max, String help) {
  public Positional {
    if (min < 0 || max < Math.max(min, 1)) {
      throw new IllegalArgumentException("bad arity " + min + ".." + max);
    }
  }

  public static Positional exactlyOne(String label, String help) {
    return new Positional(label, 1, 1, help);
  }

  public static Positional optional(String label, String help) {
    return new Positional(label, 0, 1, help);
  }

  public static Positional oneOrMore(String label, String help) {
    return new Positional(label, 1, Integer.MAX_VALUE, help);
  }

  public static Positional any(String label, String help) {
    return new Positional(label, 0, Integer.MAX_VALUE, help);
  }

  /** How help shows them: {@code FILE}, {@code FILE...}, {@code [PATH...]}, {@code [COMMAND]}. */
  public String display() {
    String one = label + (max > 1 ? "..." : "");
    return min == 0 ? "[" + one + "]" : one;
  }
}
