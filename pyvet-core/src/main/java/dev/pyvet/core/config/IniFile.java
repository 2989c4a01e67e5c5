package dev.pyvet.core.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An INI file read with the semantics of Python's {@code configparser.RawConfigParser()} in its
 * default (strict) mode, which flake8 uses for setup.cfg, tox.ini and .flake8: {@code key = value}
 * and {@code key: value} (the first {@code =} or {@code :} splits), keys lower-cased and
 * right-stripped, values stripped, lines indented deeper than their key continue its value,
 * blank lines inside a value kept (trailing ones dropped), full-line {@code #} and {@code ;}
 * comments dropped even inside a value, no inline comments, {@code [DEFAULT]} inherited by every
 * section, and duplicate sections or options rejected.
 */
public final class IniFile {

  /** One option's value and the line its key is on. */
  public record Entry(String value, int line) {}

  /** Thrown for the first problem, with configparser's reason and the 1-based line. */
  public static final class ParseException extends Exception {
    private final int line;
    private final String option;

    ParseException(int line, String option, String message) {
      super(message);
      this.line = line;
      this.option = option;
    }

    public int line() {
      return line;
    }

    /** The option concerned, or null. */
    public String option() {
      return option;
    }
  }

  private static final String DEFAULT_SECTION = "DEFAULT";

  private final Map<String, Map<String, Entry>> sections;
  private final Map<String, Entry> defaults;

  private IniFile(Map<String, Map<String, Entry>> sections, Map<String, Entry> defaults) {
    this.sections = sections;
    this.defaults = defaults;
  }

  /** Section names in file order, without {@code DEFAULT}. */
  public List<String> sectionNames() {
    return List.copyOf(sections.keySet());
  }

  /** The {@code [DEFAULT]} section's own options. */
  public Map<String, Entry> defaults() {
    return Collections.unmodifiableMap(defaults);
  }

  public boolean hasSection(String name) {
    return sections.containsKey(name);
  }

  /** The section's options with {@code [DEFAULT]}'s inherited, or null when it is absent. */
  public Map<String, Entry> section(String name) {
    Map<String, Entry> own = sections.get(name);
    if (own == null) {
      return null;
    }
    Map<String, Entry> merged = new LinkedHashMap<>(defaults);
    merged.putAll(own);
    return Collections.unmodifiableMap(merged);
  }

  public static IniFile parse(String text) throws ParseException {
    Map<String, Map<String, List<String>>> raw = new LinkedHashMap<>();
    Map<String, List<String>> rawDefaults = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    java.util.Set<String> added = new java.util.HashSet<>();
    Map<String, List<String>> current = null;
    String sectionName = null;
    String option = null;
    int indentLevel = 0;
    int lineNumber = 0;
    ParseException firstError = null;
    for (String line : splitLines(text)) {
      lineNumber++;
      String stripped = pyStrip(line);
      boolean comment = stripped.startsWith("#") || stripped.startsWith(";");
      String clean = comment ? "" : stripped;
      if (clean.isEmpty()) {
        // configparser keeps a blank line inside a value (joined as "\n"), not a comment line
        if (!comment && current != null && option != null && current.get(option) != null) {
          current.get(option).add("");
        }
        continue;
      }
      int indent = firstNonSpace(line);
      if (current != null && option != null && indent > indentLevel) {
        current.get(option).add(clean);
        continue;
      }
      indentLevel = indent;
      if (clean.charAt(0) == '[' && clean.lastIndexOf(']') > 1) {
        String name = clean.substring(1, clean.lastIndexOf(']'));
        if (raw.containsKey(name)) {
          if (added.contains(name)) {
            throw new ParseException(lineNumber, null, "section '" + name + "' already exists");
          }
          current = raw.get(name);
        } else if (name.equals(DEFAULT_SECTION)) {
          current = rawDefaults;
        } else {
          current = new LinkedHashMap<>();
          raw.put(name, current);
        }
        added.add(name);
        sectionName = name;
        option = null;
        continue;
      }
      if (current == null) {
        throw new ParseException(lineNumber, null, "no section header before this line: " + line.strip());
      }
      int delimiter = firstDelimiter(clean);
      String key = delimiter < 0 ? "" : pyRstrip(clean.substring(0, delimiter));
      if (key.isEmpty() && firstError == null) {
        // configparser records the error and goes on, reporting every bad line at the end
        firstError = new ParseException(lineNumber, null,
            "not a 'key = value' or 'key: value' line: " + line.strip());
      }
      if (delimiter < 0) {
        continue;
      }
      option = key.toLowerCase(Locale.ROOT);
      String qualified = sectionName + '\0' + option;
      if (!added.add(qualified)) {
        throw new ParseException(lineNumber, option,
            "option '" + option + "' in section '" + sectionName + "' already exists");
      }
      List<String> value = new ArrayList<>();
      value.add(pyStrip(clean.substring(delimiter + 1)));
      current.put(option, value);
      lines.put(qualified, lineNumber);
      if (key.isEmpty()) {
        option = null; // an empty name takes no continuation lines
      }
    }
    if (firstError != null) {
      throw firstError;
    }
    Map<String, Map<String, Entry>> sections = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, List<String>>> s : raw.entrySet()) {
      sections.put(s.getKey(), join(s.getKey(), s.getValue(), lines));
    }
    return new IniFile(sections, join(DEFAULT_SECTION, rawDefaults, lines));
  }

  private static Map<String, Entry> join(
      String section, Map<String, List<String>> options, Map<String, Integer> lines) {
    Map<String, Entry> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> o : options.entrySet()) {
      String joined = pyRstrip(String.join("\n", o.getValue()));
      out.put(o.getKey(), new Entry(joined, lines.get(section + '\0' + o.getKey())));
    }
    return out;
  }

  private static int firstDelimiter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '=' || c == ':') {
        return i;
      }
    }
    return -1;
  }

  /** Python's universal newlines: {@code \n}, {@code \r\n} and {@code \r} end a line. */
  static List<String> splitLines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** Python's {@code str.isspace} for one char (Unicode whitespace and the separators 0x1c-0x1f). */
  static boolean isPySpace(char c) {
    if (c < 0x80) {
      return c == ' ' || c >= 0x09 && c <= 0x0d || c >= 0x1c && c <= 0x1f;
    }
    return c == 0x85 || c == 0xa0 || c == 0x1680 || c >= 0x2000 && c <= 0x200a || c == 0x2028
        || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
  }

  private static int firstNonSpace(String s) {
    int i = 0;
    while (i < s.length() && isPySpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  static String pyStrip(String s) {
    int start = firstNonSpace(s);
    return start == s.length() ? "" : pyRstrip(s.substring(start));
  }

  static String pyRstrip(String s) {
    int end = s.length();
    while (end > 0 && isPySpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }
}
