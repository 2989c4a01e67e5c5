package dev.pyvet.core.rule;

import java.util.List;

/** The codes that are off unless selected: pycodestyle's and flake8's default ignore list. */
public final class DefaultSelection {
  private DefaultSelection() {}

  /** pycodestyle's DEFAULT_IGNORE, which flake8 ships as its default {@code --ignore}. */
  public static final List<String> DEFAULT_IGNORE =
      List.of("E121", "E123", "E126", "E226", "E24", "E704", "W503", "W504");
}
