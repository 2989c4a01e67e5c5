package dev.pyvet.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link IniFile} against python3.13's {@code configparser.RawConfigParser}: the fixture files
 * and a few hundred generated ones must give the same sections, options and values, or fail on
 * the same line.
 */
class IniFileDifferentialTest {
  @TempDir Path tmp;

  private static final String ORACLE =
      """
      import configparser, sys
      def esc(s):
          return s.replace('\\\\', '\\\\\\\\').replace('\\n', '\\\\n').replace('\\t', '\\\\t')
      for path in sys.argv[1:]:
          cfg = configparser.RawConfigParser()
          try:
              cfg.read(path, encoding='utf-8')
              out = ['[DEFAULT]'] + [esc(k) + '=' + esc(v) for k, v in cfg.defaults().items()]
              for s in cfg.sections():
                  out.append('[' + esc(s) + ']')
                  out.extend(esc(k) + '=' + esc(v) for k, v in cfg.items(s))
          except configparser.MissingSectionHeaderError as e:
              out = ['ERROR %d' % e.lineno]
          except configparser.ParsingError as e:
              out = ['ERROR %d' % e.errors[0][0]]
          except (configparser.DuplicateSectionError, configparser.DuplicateOptionError) as e:
              out = ['ERROR %d' % e.lineno]
          print('\\t'.join(out))
      """;

  private static String esc(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
  }

  static String render(String text) {
    IniFile ini;
    try {
      ini = IniFile.parse(text);
    } catch (IniFile.ParseException e) {
      return "ERROR " + e.line();
    }
    List<String> out = new ArrayList<>();
    out.add("[DEFAULT]");
    // the defaults alone: a section that does not exist gives null, so read them via a probe
    for (String name : ini.sectionNames()) {
      assertThat(name).isNotEqualTo("DEFAULT");
    }
    out.addAll(defaults(ini));
    for (String name : ini.sectionNames()) {
      out.add("[" + esc(name) + "]");
      for (Map.Entry<String, IniFile.Entry> e : ini.section(name).entrySet()) {
        out.add(esc(e.getKey()) + "=" + esc(e.getValue().value()));
      }
    }
    return String.join("\t", out);
  }

  private static List<String> defaults(IniFile ini) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, IniFile.Entry> e : ini.defaults().entrySet()) {
      out.add(esc(e.getKey()) + "=" + esc(e.getValue().value()));
    }
    return out;
  }

  private static final String[] FRAGMENTS = {
    "[flake8]", "[DEFAULT]", "[a]", "[ spaced ]", "[a]b", "[]", "[[x]]", "key = v", "Key: v",
    "k=", "k:", "a:b=c", "a=b:c", "=novalue", ":novalue", "noDelim", "  cont", "\tcont tab",
    "      deep", "", "   ", "# comment", "  ; indented comment", "x = 1 ; not comment",
    "x = 2 # not comment", "max_line_length = 10", "  E501,", "\u00a0nbsp = v", "k = v\u00a0",
    "\u3000wide = v", "select = E,W", "SELECT=W", "  [notsection]", "key = multi",
    "  = indented", "#[flake8]", "k = v\f", "\u0085k = v",
  };

  @Test
  void fixturesAndGeneratedFilesMatchConfigparser() throws IOException, URISyntaxException {
    Path python = Python313.find();
    assumeTrue(python != null, "python3.13 not found on PATH or under ~/.pyenv/versions: skipped");
    List<Path> files = new ArrayList<>();
    Path fixtures = Path.of(getClass().getResource("ini").toURI());
    try (Stream<Path> s = Files.list(fixtures)) {
      s.sorted().forEach(files::add);
    }
    Random random = new Random(20261121);
    for (int i = 0; i < 600; i++) {
      StringBuilder sb = new StringBuilder();
      int lines = 1 + random.nextInt(9);
      String newline = random.nextInt(4) == 0 ? "\r\n" : random.nextInt(6) == 0 ? "\r" : "\n";
      for (int j = 0; j < lines; j++) {
        sb.append(j == 0 && random.nextBoolean() ? "[flake8]" : FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        if (j < lines - 1 || random.nextBoolean()) {
          sb.append(newline);
        }
      }
      Path f = tmp.resolve("gen" + i + ".ini");
      Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
      files.add(f);
    }
    List<String> command = new ArrayList<>(List.of(python.toString(), "-c", ORACLE));
    files.forEach(f -> command.add(f.toString()));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<String> expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
        .lines().toList();
    assertThat(expected).hasSize(files.size());
    int errors = 0;
    for (int i = 0; i < files.size(); i++) {
      String text = Files.readString(files.get(i), StandardCharsets.UTF_8);
      String actual = render(text);
      assertThat(actual).as("%s:%n%s", files.get(i).getFileName(), text).isEqualTo(expected.get(i));
      if (actual.startsWith("ERROR")) {
        errors++;
      }
    }
    // the generator must exercise both outcomes, or the comparison proves little
    assertThat(errors).isBetween(50, files.size() - 50);
  }
}
