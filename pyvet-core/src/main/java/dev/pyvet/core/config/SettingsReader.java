package dev.pyvet.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a configuration table (keys to raw values, from an INI section or a TOML table) into
 * {@link Settings}, checking every key and value. INI values are text and read as flake8 reads
 * them (integers as Python's {@code int}, booleans as configparser's {@code getboolean}); TOML
 * values must have the right TOML type, and lists may be arrays or comma/space-separated strings.
 */
public final class SettingsReader {
  private SettingsReader() {}

  /**
   * A raw value: a String (INI, or TOML string), Long, Boolean, Double, List or Map (TOML).
   *
   * @param line 1-based line of the key, 0 when unknown
   */
  public record RawValue(Object value, int line) {}

  /**
   * @param file the file, for messages
   * @param baseDir the directory exclude patterns are relative to (the file's)
   * @param ini whether values are INI text
   */
  public static Settings read(Path file, Map<String, RawValue> table, Path baseDir, boolean ini) {
    Map<String, RawValue> values = new LinkedHashMap<>();
    for (Map.Entry<String, RawValue> e : table.entrySet()) {
      // flake8 accepts max_line_length and max-line-length alike
      String key = e.getKey().replace('_', '-');
      if (!Settings.KEYS.contains(key)) {
        if (ini) {
          // A [flake8] section also holds flake8's other options and its plugins' options
          // (count, show-source, docstring-convention, ...): they are flake8's business, and a
          // flake8 user must be able to switch without editing the file.
          continue;
        }
        throw new ConfigException(file, e.getValue().line(), e.getKey(),
            "unknown key (known: " + String.join(", ", Settings.KEYS) + ")");
      }
      if (values.put(key, e.getValue()) != null) {
        throw new ConfigException(file, e.getValue().line(), e.getKey(),
            "given twice (dashes and underscores are the same)");
      }
    }
    Reader r = new Reader(file, values, ini);
    return new Settings(
        file,
        r.codes("select"),
        r.codes("ignore"),
        r.codes("extend-select"),
        r.codes("extend-ignore"),
        r.perFileIgnores(),
        r.patterns("exclude", baseDir),
        r.patterns("extend-exclude", baseDir),
        r.integer("max-line-length", 1),
        r.integer("max-doc-length", 1),
        r.integer("max-complexity", Integer.MIN_VALUE),
        r.bool("hang-closing"),
        r.integer("indent-size", 1),
        r.string("output-format"),
        r.strings("builtins"),
        r.strings("ignore-names"),
        r.strings("classmethod-decorators"),
        r.strings("staticmethod-decorators"),
        r.bool("doctests"));
  }

  /** flake8's comma-separated lists: split at commas and whitespace, empty items dropped. */
  public static List<String> splitList(String value) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= value.length(); i++) {
      if (i == value.length() || value.charAt(i) == ',' || IniFile.isPySpace(value.charAt(i))) {
        if (i > start) {
          out.add(value.substring(start, i));
        }
        start = i + 1;
      }
    }
    return out;
  }

  private record Reader(Path file, Map<String, RawValue> values, boolean ini) {

    private ConfigException error(String key, String reason) {
      return new ConfigException(file, values.get(key).line(), key, reason);
    }

    private List<String> strings(String key) {
      RawValue raw = values.get(key);
      if (raw == null) {
        return null;
      }
      if (raw.value() instanceof String s) {
        return splitList(s);
      }
      if (raw.value() instanceof List<?> list) {
        List<String> out = new ArrayList<>();
        for (Object o : list) {
          if (!(o instanceof String s)) {
            throw error(key, "expected a string or an array of strings, found an array holding "
                + typeName(o));
          }
          out.addAll(splitList(s));
        }
        return out;
      }
      throw error(key, "expected a string or an array of strings, found " + typeName(raw.value()));
    }

    List<String> codes(String key) {
      List<String> entries = strings(key);
      if (entries == null) {
        return null;
      }
      try {
        return CodeResolver.resolve(entries);
      } catch (CodeResolver.UnknownCodeException e) {
        throw error(key, e.getMessage());
      }
    }

    PathPatterns patterns(String key, Path baseDir) {
      List<String> entries = strings(key);
      return entries == null ? null : PathPatterns.of(entries, baseDir);
    }

    List<PerFileIgnore> perFileIgnores() {
      String key = "per-file-ignores";
      RawValue raw = values.get(key);
      if (raw == null) {
        return null;
      }
      List<PerFileIgnore> out = new ArrayList<>();
      try {
        if (raw.value() instanceof String s) {
          out.addAll(PerFileIgnore.parse(s));
        } else if (raw.value() instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
          out.addAll(PerFileIgnore.parse(String.join("\n", list.stream().map(String.class::cast).toList())));
        } else if (raw.value() instanceof Map<?, ?> map) {
          // TOML's natural spelling: { "tests/*" = ["E501"], "setup.py" = "E1 W2" }
          for (Map.Entry<?, ?> e : map.entrySet()) {
            List<String> codes = new ArrayList<>();
            if (e.getValue() instanceof String s) {
              codes.addAll(splitList(s));
            } else if (e.getValue() instanceof List<?> l && l.stream().allMatch(String.class::isInstance)) {
              l.forEach(o -> codes.addAll(splitList((String) o)));
            } else {
              throw error(key, "the codes for '" + e.getKey() + "' must be a string or an array of strings");
            }
            out.add(new PerFileIgnore((String) e.getKey(), codes));
          }
        } else {
          throw error(key, "expected a string, an array of strings or a table, found "
              + typeName(raw.value()));
        }
      } catch (PerFileIgnore.SyntaxException e) {
        throw error(key, e.getMessage());
      }
      List<PerFileIgnore> resolved = new ArrayList<>();
      for (PerFileIgnore p : out) {
        try {
          resolved.add(new PerFileIgnore(p.pattern(), CodeResolver.resolve(p.codes())));
        } catch (CodeResolver.UnknownCodeException e) {
          throw error(key, "for '" + p.pattern() + "': " + e.getMessage());
        }
      }
      return resolved;
    }

    Integer integer(String key, int min) {
      RawValue raw = values.get(key);
      if (raw == null) {
        return null;
      }
      long value;
      if (raw.value() instanceof Long l) {
        value = l;
      } else if (ini && raw.value() instanceof String s) {
        Long parsed = parsePythonInt(s);
        if (parsed == null) {
          throw error(key, "expected an integer, found '" + s + "'");
        }
        value = parsed;
      } else {
        throw error(key, "expected an integer, found " + describe(raw.value()));
      }
      if (value < min || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
        throw error(key, min == 1 ? "must be at least 1, not " + value : "out of range: " + value);
      }
      return (int) value;
    }

    Boolean bool(String key) {
      RawValue raw = values.get(key);
      if (raw == null) {
        return null;
      }
      if (raw.value() instanceof Boolean b) {
        return b;
      }
      if (ini && raw.value() instanceof String s) {
        switch (s.toLowerCase(Locale.ROOT)) {
          case "1", "yes", "true", "on":
            return true;
          case "0", "no", "false", "off":
            return false;
          default:
            throw error(key, "expected a boolean (true/false, yes/no, on/off, 1/0), found '" + s + "'");
        }
      }
      throw error(key, "expected a boolean, found " + describe(raw.value()));
    }

    String string(String key) {
      RawValue raw = values.get(key);
      if (raw == null) {
        return null;
      }
      if (raw.value() instanceof String s && !s.isBlank()) {
        return s.strip();
      }
      throw error(key, "expected a non-empty string, found " + describe(raw.value()));
    }
  }

  /** Python's {@code int(text)}: surrounding whitespace, a sign, digits with single underscores between. */
  static Long parsePythonInt(String text) {
    String s = IniFile.pyStrip(text);
    int i = 0;
    boolean negative = false;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    if (i == s.length() || !isDigit(s.charAt(i))) {
      return null;
    }
    StringBuilder digits = new StringBuilder();
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        digits.append(c);
      } else if (c == '_' && i + 1 < s.length() && isDigit(s.charAt(i + 1))) {
        continue;
      } else {
        return null;
      }
    }
    try {
      long v = Long.parseLong(digits.toString());
      return negative ? -v : v;
    } catch (NumberFormatException e) {
      return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String describe(Object value) {
    return value instanceof String s ? "the string \"" + s + "\"" : typeName(value);
  }

  private static String typeName(Object value) {
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Long) {
      return "an integer";
    }
    if (value instanceof Double) {
      return "a float";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof Map) {
      return "a table";
    }
    return "a date or time";
  }
}
