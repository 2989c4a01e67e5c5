package dev.pyvet.core.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Finds and reads the configuration file.
 *
 * <p>Lookup: starting from a directory (the one checked path, or its file's directory; the
 * working directory when there are no paths or several), each directory up to the file-system
 * root is tried in turn; the first that has one of these wins, in this order: a
 * {@code pyproject.toml} with a {@code [tool.pyvet]} table, then (flake8's files, in flake8's
 * order) {@code setup.cfg}, {@code tox.ini}, {@code .flake8} with a {@code [flake8]} section. As
 * flake8 does, the walk does not climb into the user's home directory from below it.
 */
public final class ConfigLoader {
  private ConfigLoader() {}

  static final List<String> FLAKE8_FILES = List.of("setup.cfg", "tox.ini", ".flake8");

  /** The settings of the file found from {@code start}, or {@link Settings#EMPTY}. */
  public static Settings discover(Path start) {
    Path home = homeDirectory();
    Path dir = start.toAbsolutePath().normalize();
    while (dir != null) {
      Settings found = readDirectory(dir);
      if (found != null) {
        return found;
      }
      Path parent = dir.getParent();
      if (parent != null && parent.equals(home)) {
        break;
      }
      dir = parent;
    }
    return Settings.EMPTY;
  }

  /** Where lookup starts for these command-line paths, relative to {@code workingDirectory}. */
  public static Path lookupStart(Path workingDirectory, List<String> paths) {
    if (paths.size() != 1) {
      return workingDirectory;
    }
    Path p = workingDirectory.resolve(paths.get(0)).toAbsolutePath().normalize();
    if (Files.isDirectory(p)) {
      return p;
    }
    Path parent = p.getParent();
    return parent != null && Files.isDirectory(parent) ? parent : workingDirectory;
  }

  /**
   * Reads a file named with {@code --config}: a {@code .toml} file's {@code [tool.pyvet]} table,
   * any other file's {@code [flake8]} section (none there: no settings).
   */
  public static Settings load(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(absolute)) {
      throw new ConfigException(file, 0, null, "no such configuration file");
    }
    Settings s = absolute.getFileName().toString().endsWith(".toml")
        ? readToml(file, absolute)
        : readIni(file, absolute);
    return s != null ? s : new Settings(file, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null);
  }

  private static Settings readDirectory(Path dir) {
    Path pyproject = dir.resolve("pyproject.toml");
    if (Files.isRegularFile(pyproject)) {
      Settings s = readToml(pyproject, pyproject);
      if (s != null) {
        return s;
      }
    }
    for (String name : FLAKE8_FILES) {
      Path ini = dir.resolve(name);
      if (Files.isRegularFile(ini)) {
        Settings s = readIni(ini, ini);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  /** The {@code [tool.pyvet]} settings, or null when the file has no such table. */
  static Settings readToml(Path shown, Path file) {
    String text = read(shown, file);
    if (!text.contains("pyvet")) {
      // No [tool.pyvet] can be in it (short of a key spelled with escapes): skip the TOML
      // parser, whose first use costs ~150 ms of class loading on a cold JVM, for the many
      // projects whose pyproject.toml is not about pyvet.
      return null;
    }
    TomlParseResult toml = Toml.parse(text);
    if (toml.hasErrors()) {
      TomlParseError e = toml.errors().get(0);
      throw new ConfigException(shown, e.position().line(), null, "not valid TOML: " + e.getMessage());
    }
    if (!(toml.get(List.of("tool")) instanceof TomlTable tool)) {
      return null;
    }
    Object pyvet = tool.get(List.of("pyvet"));
    if (pyvet == null) {
      return null;
    }
    if (!(pyvet instanceof TomlTable table)) {
      throw new ConfigException(shown, tool.inputPositionOf(List.of("pyvet")).line(), "tool.pyvet",
          "must be a table");
    }
    Map<String, SettingsReader.RawValue> values = new LinkedHashMap<>();
    for (String key : table.keySet()) {
      var position = table.inputPositionOf(List.of(key));
      values.put(key, new SettingsReader.RawValue(plain(table.get(List.of(key))),
          position == null ? 0 : position.line()));
    }
    return SettingsReader.read(shown, values, baseDirectory(file), false);
  }

  /** The {@code [flake8]} settings, or null when the file has no such section. */
  static Settings readIni(Path shown, Path file) {
    IniFile ini;
    try {
      ini = IniFile.parse(read(shown, file));
    } catch (IniFile.ParseException e) {
      throw new ConfigException(shown, e.line(), e.option(), "not a valid INI file: " + e.getMessage());
    }
    Map<String, IniFile.Entry> section = ini.section("flake8");
    if (section == null) {
      return null;
    }
    Map<String, SettingsReader.RawValue> values = new LinkedHashMap<>();
    Map<String, IniFile.Entry> defaults = ini.defaults();
    for (Map.Entry<String, IniFile.Entry> e : section.entrySet()) {
      if (defaults.get(e.getKey()) == e.getValue()
          && !Settings.KEYS.contains(e.getKey().replace('_', '-'))) {
        // inherited from [DEFAULT], which serves every tool: only our keys are ours to check
        continue;
      }
      values.put(e.getKey(), new SettingsReader.RawValue(e.getValue().value(), e.getValue().line()));
    }
    return SettingsReader.read(shown, values, baseDirectory(file), true);
  }

  private static Path baseDirectory(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent != null ? parent : file.toAbsolutePath().getRoot();
  }

  private static String read(Path shown, Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(shown, 0, null, "no such configuration file");
    } catch (IOException e) {
      throw new ConfigException(shown, 0, null, "cannot be read: " + e.getMessage());
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ConfigException(shown, 0, null, "not valid UTF-8");
    }
  }

  /** TOML values as plain Java: tables as maps, arrays as lists. */
  private static Object plain(Object value) {
    if (value instanceof TomlTable t) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (String k : t.keySet()) {
        out.put(k, plain(t.get(List.of(k))));
      }
      return out;
    }
    if (value instanceof TomlArray a) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        out.add(plain(a.get(i)));
      }
      return out;
    }
    return value;
  }

  private static Path homeDirectory() {
    String home = System.getProperty("user.home");
    return home == null || home.isEmpty() ? null : Path.of(home).toAbsolutePath().normalize();
  }
}
