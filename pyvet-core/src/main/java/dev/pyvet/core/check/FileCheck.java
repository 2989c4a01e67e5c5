package dev.pyvet.core.check;

import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.discovery.FileToCheck;
import java.util.List;

/** Finds the problems of one file: a {@link FileChecker}, or something in front of one. */
@FunctionalInterface
public interface FileCheck {
  List<Diagnostic> check(FileToCheck file);
}
