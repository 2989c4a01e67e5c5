package dev.pyvet.core.discovery;

import dev.pyvet.syntax.ast.PyRepr;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Describes an I/O failure the way flake8 does for E902, e.g. {@code FileNotFoundError: [Errno 2]
 * No such file or directory: 'x.py'}, so that output reads the same as with Python tools.
 */
public final class IoErrors {
  private IoErrors() {}

  public static String describe(IOException e, String displayPath) {
    String quoted = PyRepr.str(displayPath);
    if (e instanceof NoSuchFileException) {
      return "FileNotFoundError: [Errno 2] No such file or directory: " + quoted;
    }
    if (e instanceof AccessDeniedException) {
      return "PermissionError: [Errno 13] Permission denied: " + quoted;
    }
    if (e instanceof NotDirectoryException) {
      return "NotADirectoryError: [Errno 20] Not a directory: " + quoted;
    }
    if (e instanceof FileSystemLoopException) {
      return "OSError: [Errno 40] Too many levels of symbolic links: " + quoted;
    }
    String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      reason = e.getClass().getSimpleName();
    }
    if (reason.equals("Is a directory")) {
      return "IsADirectoryError: [Errno 21] Is a directory: " + quoted;
    }
    return "OSError: " + reason + ": " + quoted;
  }
}
