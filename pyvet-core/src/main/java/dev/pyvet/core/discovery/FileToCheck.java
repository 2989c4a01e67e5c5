package dev.pyvet.core.discovery;

import java.nio.file.Path;

/**
 * A file that discovery selected.
 *
 * @param displayPath the path as findings print it: as the user gave it, or joined onto the
 *     directory argument it was found under (like flake8: {@code ./a/b.py} when walking {@code .})
 * @param path where to read it, absolute
 */
public record FileToCheck(String displayPath, Path path) {}
