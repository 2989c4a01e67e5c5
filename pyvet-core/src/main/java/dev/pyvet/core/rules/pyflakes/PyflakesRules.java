package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/** The pyflakes family (F codes, numbered as flake8 maps pyflakes' messages). */
public final class PyflakesRules {
  private PyflakesRules() {}

  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();

    // Names, imports and scopes (from the semantic model)
    all.add(new UnusedImport());
    all.add(new ImportShadowedByLoopVar());
    all.add(new ImportStarUsed());
    all.add(new LateFutureImport());
    all.add(new ImportStarUsage());
    all.add(new ImportStarNotPermitted());
    all.add(new FutureFeatureNotDefined());
    all.add(new DoctestSyntaxError());
    all.add(new ForwardAnnotationSyntaxError());
    all.add(new RedefinedWhileUnused());
    all.add(new UndefinedName());
    all.add(new UndefinedExport());
    all.add(new UndefinedLocal());
    all.add(new UnusedIndirectAssignment());
    all.add(new DuplicateArgument());
    all.add(new UnusedVariable());
    all.add(new UnusedAnnotation());

    // String formatting: % and str.format, f- and t-strings

    // Statements and expressions

    return all;
  }
}
