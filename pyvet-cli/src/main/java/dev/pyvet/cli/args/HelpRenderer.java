package dev.pyvet.cli.args;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A command's help: the usage line, its description, a table of its positional arguments and
 * options (sorted by name, descriptions wrapped to 80 columns), its subcommands and its footer.
 */
public final class HelpRenderer {
  private HelpRenderer() {}

  private static final int WIDTH = 79;
  /** Names longer than this get their description on the next line, not a wider column. */
  private static final int MAX_NAME_COLUMN = 20;

  public static String render(CommandSpec spec) {
    StringBuilder sb = new StringBuilder();
    sb.append(usage(spec)).append('\n');
    for (String line : spec.description()) {
      sb.append(line).append('\n');
    }
    table(spec, sb);
    if (!spec.subcommands().isEmpty()) {
      sb.append("\nCommands:\n");
      int width = 0;
      for (CommandSpec.Subcommand s : spec.subcommands()) {
        width = Math.max(width, s.name().length());
      }
      for (CommandSpec.Subcommand s : spec.subcommands()) {
        row(sb, "  " + s.name(), 2 + width + 2, List.of(s.summary()));
      }
    }
    if (!spec.footer().isEmpty()) {
      sb.append('\n');
      for (String line : spec.footer()) {
        sb.append(line).append('\n');
      }
    }
    return sb.toString();
  }

  /** {@code Usage: pyvet check [OPTIONS] [PATH...]}. */
  static String usage(CommandSpec spec) {
    StringBuilder sb = new StringBuilder("Usage: ").append(spec.qualifiedName());
    boolean anyOption = false;
    for (OptionSpec o : spec.options()) {
      anyOption |= !o.hidden();
    }
    if (anyOption) {
      sb.append(" [OPTIONS]");
    }
    if (spec.positional() != null) {
      sb.append(' ').append(spec.positional().display());
    }
    if (spec.isGroup()) {
      sb.append(" COMMAND");
    }
    return sb.toString();
  }

  private static void table(CommandSpec spec, StringBuilder sb) {
    List<String> names = new ArrayList<>();
    List<List<String>> helps = new ArrayList<>();
    if (spec.positional() != null) {
      names.add("      " + spec.positional().display());
      helps.add(List.of(spec.positional().help()));
    }
    List<OptionSpec> options = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        options.add(o);
      }
    }
    // by the first name without its dashes, as in most tools' help: -h sorts as "h"
    options.sort(Comparator.comparing(o -> o.names().get(0).replace("-", "").toLowerCase(Locale.ROOT)));
    for (OptionSpec o : options) {
      names.add(optionNames(o));
      helps.add(o.help());
    }
    int nameWidth = 0;
    for (String n : names) {
      if (n.length() - 6 <= MAX_NAME_COLUMN) {
        nameWidth = Math.max(nameWidth, n.length());
      }
    }
    int column = Math.max(nameWidth, 6 + 4) + 3;
    for (int i = 0; i < names.size(); i++) {
      row(sb, names.get(i), column, helps.get(i));
    }
  }

  /** {@code "  -j, --jobs=N"} or {@code "      --select=CODES"}. */
  private static String optionNames(OptionSpec o) {
    String shortName = null;
    String longName = null;
    for (String n : o.names()) {
      if (n.startsWith("--")) {
        longName = longName == null ? n : longName;
      } else {
        shortName = shortName == null ? n : shortName;
      }
    }
    String value = !o.takesValue() ? "" : o.commaList() ? "=" + o.label() + "[," + o.label() + "...]"
        : "=" + o.label();
    if (longName == null) {
      return "  " + shortName + value;
    }
    return (shortName == null ? "      " : "  " + shortName + ", ") + longName + value;
  }

  /**
   * {@code name}, then the paragraphs from {@code column} on (on the next line when the name is
   * too long), each wrapped at word boundaries, its continuation lines two columns further in.
   */
  private static void row(StringBuilder sb, String name, int column, List<String> paragraphs) {
    sb.append(name);
    int at = name.length();
    if (at + 2 > column) {
      sb.append('\n');
      at = 0;
    }
    if (paragraphs.isEmpty()) {
      sb.append('\n');
      return;
    }
    for (String paragraph : paragraphs) {
      List<String> lines = wrap(paragraph, WIDTH - column, WIDTH - column - 2);
      for (int i = 0; i < lines.size(); i++) {
        int indent = column + (i == 0 ? 0 : 2);
        sb.append(" ".repeat(indent - at)).append(lines.get(i)).append('\n');
        at = 0;
      }
    }
  }

  /** Greedy word wrap; a word longer than the line stays whole. */
  static List<String> wrap(String text, int firstWidth, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      int limit = lines.isEmpty() ? firstWidth : width;
      if (!line.isEmpty() && line.length() + 1 + word.length() > limit) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
