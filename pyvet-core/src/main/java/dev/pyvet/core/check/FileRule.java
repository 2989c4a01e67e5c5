package dev.pyvet.core.check;

import dev.pyvet.core.diagnostic.Diagnostic;
import java.util.function.Consumer;

/**
 * A check that runs on each file that parsed. Rules must be thread-safe: files are checked in
 * parallel. Findings outside the user's selection are dropped by the pipeline.
 */
public interface FileRule {
  void check(ParsedFile file, Consumer<Diagnostic> report);
}
