package dev.pyvet.syntax.parser;

import dev.pyvet.syntax.ast.AstDump;
import dev.pyvet.syntax.source.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;

/** Developer tool: prints our dump of a file, or of the source given with -c. */
public final class DumpMain {
  public static void main(String[] args) throws Exception {
    SourceText src = args[0].equals("-c") ? SourceText.of(args[1]) : Sources.decode(Files.readAllBytes(Path.of(args[0])));
    ParseResult r = Parser.parse(src);
    System.out.println(r.ok() ? AstDump.dump(r.module()) : "ERR " + r.error());
  }
}
