package dev.pyvet.cli.output;

import dev.pyvet.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML in the shape ruff writes: {@code <testsuites>} for the run, a {@code <testsuite>}
 * per file with findings (named by its path) and a {@code <testcase>} per finding
 * ({@code name="dev.pyvet.CODE"}, {@code classname} the path without its extension,
 * {@code line}, {@code column}) holding one {@code <failure>}. A clean run is one passing test
 * case, so that CI services show the check ran. Written with the JDK's StAX writer, which
 * escapes text and attributes.
 */
public final class JunitReporter implements Reporter {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();

  @Override
  public void write(List<Diagnostic> diagnostics, Writer out) throws IOException {
    try {
      XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      newline(x, 0);
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "pyvet");
      x.writeAttribute("tests", Integer.toString(Math.max(1, diagnostics.size())));
      x.writeAttribute("failures", Integer.toString(diagnostics.size()));
      x.writeAttribute("errors", "0");
      if (diagnostics.isEmpty()) {
        newline(x, 1);
        x.writeStartElement("testsuite");
        x.writeAttribute("name", "pyvet");
        suiteCounts(x, 1, 0);
        newline(x, 2);
        x.writeEmptyElement("testcase");
        x.writeAttribute("name", "No errors found");
        newline(x, 1);
        x.writeEndElement();
      }
      int i = 0;
      while (i < diagnostics.size()) {
        String path = diagnostics.get(i).path();
        int end = i;
        while (end < diagnostics.size() && diagnostics.get(end).path().equals(path)) {
          end++;
        }
        newline(x, 1);
        x.writeStartElement("testsuite");
        x.writeAttribute("name", xmlSafe(path));
        suiteCounts(x, end - i, end - i);
        for (; i < end; i++) {
          Diagnostic d = diagnostics.get(i);
          newline(x, 2);
          x.writeStartElement("testcase");
          x.writeAttribute("name", "dev.pyvet." + d.code());
          x.writeAttribute("classname", xmlSafe(withoutExtension(path)));
          x.writeAttribute("line", Integer.toString(d.row()));
          x.writeAttribute("column", Integer.toString(d.col()));
          newline(x, 3);
          x.writeStartElement("failure");
          x.writeAttribute("message", xmlSafe(d.message()));
          x.writeCharacters(xmlSafe("line " + d.row() + ", col " + d.col() + ", " + d.code() + ' ' + d.message()));
          x.writeEndElement();
          newline(x, 2);
          x.writeEndElement();
        }
        newline(x, 1);
        x.writeEndElement();
      }
      newline(x, 0);
      x.writeEndElement();
      x.writeEndDocument();
      x.writeCharacters("\n");
      x.flush();
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  private static void suiteCounts(XMLStreamWriter x, int tests, int failures) throws XMLStreamException {
    x.writeAttribute("tests", Integer.toString(tests));
    x.writeAttribute("disabled", "0");
    x.writeAttribute("errors", "0");
    x.writeAttribute("failures", Integer.toString(failures));
    x.writeAttribute("package", "dev.pyvet");
  }

  private static void newline(XMLStreamWriter x, int depth) throws XMLStreamException {
    x.writeCharacters("\n" + "  ".repeat(depth));
  }

  /**
   * {@code s} with the characters XML 1.0 cannot hold at all (control characters other than tab,
   * LF and CR, lone surrogates, U+FFFE and U+FFFF), which StAX would write as they are, replaced
   * by U+FFFD.
   */
  static String xmlSafe(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        if (sb != null) {
          sb.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      ok = c >= 0x20 ? !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF
          : c == '\t' || c == '\n' || c == '\r';
      if (!ok && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null) {
        sb.append(ok ? c : '\uFFFD');
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static String withoutExtension(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    int dot = path.lastIndexOf('.');
    return dot > slash + 1 ? path.substring(0, dot) : path;
  }
}
