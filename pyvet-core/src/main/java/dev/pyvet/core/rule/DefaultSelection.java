package dev.pyvet.core.rule;

import java.util.List;

/** The codes that are off unless selected: flake8's default ignore list. */
public final class DefaultSelection {
  private DefaultSelection() {}

  /**
   * pycodestyle's DEFAULT_IGNORE, which flake8 ships as its default {@code --ignore}, and the
   * codes plugins add to it (pep8-naming's N818, through flake8's extend_default_ignore). Like
   * the rest of the list they apply only when {@code --ignore} is not given.
   */
  public static final List<String> DEFAULT_IGNORE =
      List.of("E121", "E123", "E126", "E226", "E24", "E704", "W503", "W504", "N818");
}
