package dev.pyvet.cli.output;

import dev.pyvet.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes a run's findings, already sorted in {@link Diagnostic#ORDER}, in one output format. */
public interface Reporter {
  void write(List<Diagnostic> diagnostics, Writer out) throws IOException;
}
