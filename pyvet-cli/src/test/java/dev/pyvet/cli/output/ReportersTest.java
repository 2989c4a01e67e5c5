package dev.pyvet.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pyvet.core.diagnostic.Diagnostic;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Each reporter on a small set of findings with awkward characters. */
class ReportersTest {
  @TempDir Path dir;

  /** A message with quotes, a backslash, a newline, XML's specials and a CDATA end. */
  static final String NASTY = "say \"hi\" \\ <b> & ]]> 'x'\nnext: a,b %";

  List<Diagnostic> findings;

  @BeforeEach
  void files() throws IOException {
    Files.createDirectories(dir.resolve("pkg"));
    Files.writeString(dir.resolve("pkg/a.py"), "import os\nx = ( 1)\n\tif  y :\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("pkg/é b.py"), "s = 'ünïcode'  \n", StandardCharsets.UTF_8);
    findings = List.of(
        new Diagnostic("pkg/a.py", 2, 5, "E201", "whitespace after '('"),
        new Diagnostic("pkg/a.py", 3, 4, "E999", NASTY),
        new Diagnostic("pkg/missing.py", 0, 1, "E902", "FileNotFoundError: [Errno 2] No such file"),
        new Diagnostic("pkg/é b.py", 1, 14, "W291", "trailing whitespace"));
  }

  private String write(Reporter r, List<Diagnostic> ds) throws IOException {
    StringWriter out = new StringWriter();
    r.write(ds, out);
    return out.toString();
  }

  @Test
  void concise() throws IOException {
    assertThat(write(new ConciseReporter(null), findings.subList(0, 1)))
        .isEqualTo("pkg/a.py:2:5: E201 whitespace after '('\n");
  }

  @Test
  void showSourceDrawsACaretAsFlake8DoesKeepingTabs() throws IOException {
    String out = write(new ConciseReporter(new SourceLines(dir)), findings);
    assertThat(out).startsWith(
        "pkg/a.py:2:5: E201 whitespace after '('\nx = ( 1)\n    ^\n"
            + "pkg/a.py:3:4: E999 say \"hi\" \\ <b> & ]]> 'x'\nnext: a,b %\n\tif  y :\n\t  ^\n"
            // No source for an unreadable file.
            + "pkg/missing.py:0:1: E902 FileNotFoundError: [Errno 2] No such file\n"
            + "pkg/é b.py:1:14: W291 trailing whitespace\ns = 'ünïcode'  \n             ^\n");
  }

  @Test
  void fullShowsTheLineInAGutterWithoutColourUnlessAsked() throws IOException {
    String out = write(new FullReporter(new SourceLines(dir), false), findings.subList(0, 1));
    assertThat(out).isEqualTo("pkg/a.py:2:5: E201 whitespace after '('\n  |\n2 | x = ( 1)\n  |     ^\n");
    String coloured = write(new FullReporter(new SourceLines(dir), true), findings.subList(0, 1));
    assertThat(coloured).contains("\u001b[1;31mE201\u001b[0m").contains("\u001b[1;31m^\u001b[0m");
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(out);
  }

  @Test
  void jsonParsesBackToTheFindings() throws IOException {
    String out = write(JsonReporter.array(), findings);
    List<Map<String, Object>> objects = parseValues(out);
    assertThat(objects).hasSize(1);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> array = (List<Map<String, Object>>) (Object) objects.get(0).get("[]");
    assertThat(array).hasSize(4);
    assertThat(array.get(1))
        .containsEntry("code", "E999")
        .containsEntry("message", NASTY)
        .containsEntry("filename", "pkg/a.py")
        .containsEntry("location", Map.of("row", 3, "column", 4))
        .containsEntry("fix", null)
        .containsEntry("noqa_row", 3)
        .doesNotContainKeys("end_location", "url");
    assertThat(array.get(2)).containsEntry("noqa_row", null);
    assertThat(array.get(3)).containsEntry("filename", "pkg/é b.py");
    assertThat(write(JsonReporter.array(), List.of())).isEqualTo("[]\n");
  }

  @Test
  void jsonLinesIsOneObjectPerLine() throws IOException {
    String out = write(JsonReporter.lines(), findings);
    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(4);
    for (int i = 0; i < lines.size(); i++) {
      List<Map<String, Object>> one = parseValues(lines.get(i));
      assertThat(one).hasSize(1);
      assertThat(one.get(0)).containsEntry("code", findings.get(i).code())
          .containsEntry("message", findings.get(i).message());
    }
    assertThat(out).endsWith("}\n");
    assertThat(write(JsonReporter.lines(), List.of())).isEmpty();
  }

  @Test
  void githubEscapesDataAndProperties() throws IOException {
    assertThat(GithubReporter.escapeData("50% a:b,c\r\nd")).isEqualTo("50%25 a:b,c%0D%0Ad");
    assertThat(GithubReporter.escapeProperty("50% a:b,c\r\nd")).isEqualTo("50%25 a%3Ab%2Cc%0D%0Ad");
    List<String> lines = write(new GithubReporter(), findings).lines().toList();
    assertThat(lines).containsExactly(
        "::error title=pyvet (E201),file=pkg/a.py,line=2,col=5::E201 whitespace after '('",
        "::error title=pyvet (E999),file=pkg/a.py,line=3,col=4::E999 say \"hi\" \\ <b> & ]]> 'x'%0Anext: a,b %25",
        "::error title=pyvet (E902),file=pkg/missing.py::E902 FileNotFoundError: [Errno 2] No such file",
        "::error title=pyvet (W291),file=pkg/é b.py,line=1,col=14::W291 trailing whitespace");
    assertThat(write(new GithubReporter(), List.of(new Diagnostic("a,b:c.py", 1, 1, "E1", "m"))))
        .isEqualTo("::error title=pyvet (E1),file=a%2Cb%3Ac.py,line=1,col=1::E1 m\n");
  }

  @Test
  void junitIsWellFormedWithASuitePerFile() throws Exception {
    List<Diagnostic> ds = new ArrayList<>(findings);
    ds.add(new Diagnostic("pkg/z.py", 1, 1, "E1", "bell \u0007 and \uD800 lone"));
    String out = write(new JunitReporter(), ds);
    assertThat(out).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("5");
    assertThat(root.getAttribute("failures")).isEqualTo("5");
    NodeList suites = root.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(4);
    Element first = (Element) suites.item(0);
    assertThat(first.getAttribute("name")).isEqualTo("pkg/a.py");
    assertThat(first.getAttribute("tests")).isEqualTo("2");
    Element nasty = (Element) first.getElementsByTagName("testcase").item(1);
    assertThat(nasty.getAttribute("name")).isEqualTo("dev.pyvet.E999");
    assertThat(nasty.getAttribute("classname")).isEqualTo("pkg/a");
    assertThat(nasty.getAttribute("line")).isEqualTo("3");
    assertThat(nasty.getAttribute("column")).isEqualTo("4");
    Element failure = (Element) nasty.getElementsByTagName("failure").item(0);
    // Attribute values normalise a newline to a space when parsed unless written as &#10;.
    assertThat(failure.getAttribute("message").replace('\n', ' ')).isEqualTo(NASTY.replace('\n', ' '));
    assertThat(failure.getTextContent()).isEqualTo("line 3, col 4, E999 " + NASTY);
    assertThat(((Element) suites.item(2)).getAttribute("name")).isEqualTo("pkg/é b.py");
    Element bell = (Element) ((Element) suites.item(3)).getElementsByTagName("failure").item(0);
    assertThat(bell.getAttribute("message")).isEqualTo("bell \uFFFD and \uFFFD lone");
  }

  @Test
  void junitOfACleanRunIsOnePassingCase() throws Exception {
    String out = write(new JunitReporter(), List.of());
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
  }

  @Test
  void statisticsAreFlake8s() throws IOException {
    List<Diagnostic> ds = List.of(
        new Diagnostic("a.py", 1, 1, "E501", "line too long (90 > 79 characters)"),
        new Diagnostic("a.py", 2, 1, "E501", "line too long (85 > 79 characters)"),
        new Diagnostic("a.py", 3, 1, "E111", "indentation is not a multiple of 4"),
        new Diagnostic("b.py", 1, 1, "E501", "line too long (99 > 79 characters)"));
    StringWriter out = new StringWriter();
    Statistics.write(ds, out);
    assertThat(out.toString()).isEqualTo(
        "1     E111 indentation is not a multiple of 4\n3     E501 line too long (90 > 79 characters)\n");
  }

  /**
   * Reads every top-level JSON value of {@code json} with jackson-core's parser: objects become
   * maps, an array becomes a map with the single key "[]".
   */
  static List<Map<String, Object>> parseValues(String json) throws IOException {
    List<Map<String, Object>> values = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        Object v = read(p, t);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = v instanceof Map<?, ?> ? (Map<String, Object>) v : Map.of("[]", v);
        values.add(m);
      }
    }
    return values;
  }

  private static Object read(JsonParser p, JsonToken t) throws IOException {
    return switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          m.put(name, read(p, p.nextToken()));
        }
        yield m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
          l.add(read(p, e));
        }
        yield l;
      }
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT -> p.getIntValue();
      case VALUE_NULL -> null;
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      default -> throw new IOException("unexpected " + t);
    };
  }
}
