package dev.pyvet.core.rules.expert;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.semantic.SemanticModel;
import java.util.List;

/**
 * The semantic model the expert-practice rules read: built once per file and shared with the
 * pyflakes rules when those run with default options. The rules only ask what names refer to
 * (imports, aliases, shadowing), which extra builtins and doctests do not change.
 */
public final class ExpertModel {
  private ExpertModel() {}

  public static SemanticModel of(ParsedFile file) {
    return SemanticModel.of(file, List.of(), false);
  }
}
