package dev.pyvet.syntax.parser;

import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.source.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;

/** Developer tool: reads a JSON list of snippets, prints one result line per snippet. */
public final class ErrorsMain {
  public static void main(String[] args) throws Exception {
    String json = Files.readString(Path.of(args[0]));
    int i = 0;
    StringBuilder out = new StringBuilder();
    // minimal JSON string-list reader
    while ((i = json.indexOf('"', i)) >= 0) {
      StringBuilder sb = new StringBuilder();
      i++;
      while (json.charAt(i) != '"') {
        char c = json.charAt(i++);
        if (c == '\\') {
          char e = json.charAt(i++);
          switch (e) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case 'u' -> {
              sb.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
              i += 4;
            }
            default -> sb.append(e);
          }
        } else {
          sb.append(c);
        }
      }
      i++;
      String result;
      try {
        ParseResult r = Parser.parse(SourceText.of(sb.toString()), Integer.getInteger("pyvet.minor", Parser.LATEST_MINOR));
        PySyntaxError e = r.error();
        result = e == null ? "OK" : e.kind() + ": " + e.message() + " @" + e.line() + ":" + e.column();
      } catch (Throwable t) {
        result = "THROW " + t;
      }
      out.append(result).append('\n');
    }
    System.out.print(out);
  }
}
