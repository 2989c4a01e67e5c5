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
    all.add(new PercentFormatInvalidFormat());
    all.add(new PercentFormatExpectedMapping());
    all.add(new PercentFormatExpectedSequence());
    all.add(new PercentFormatExtraNamedArguments());
    all.add(new PercentFormatMissingArgument());
    all.add(new PercentFormatMixedPositionalAndNamed());
    all.add(new PercentFormatPositionalCountMismatch());
    all.add(new PercentFormatStarRequiresSequence());
    all.add(new PercentFormatUnsupportedFormatCharacter());
    all.add(new StringDotFormatInvalidFormat());
    all.add(new StringDotFormatExtraNamedArguments());
    all.add(new StringDotFormatExtraPositionalArguments());
    all.add(new StringDotFormatMissingArgument());
    all.add(new StringDotFormatMixingAutomatic());
    all.add(new FStringMissingPlaceholders());
    all.add(new TStringMissingPlaceholders());

    // Statements and expressions
    all.add(new MultiValueRepeatedKeyLiteral());
    all.add(new MultiValueRepeatedKeyVariable());
    all.add(new ExpressionsInStarAssignment());
    all.add(new MultipleStarredExpressions());
    all.add(new AssertTuple());
    all.add(new IsLiteral());
    all.add(new InvalidPrintSyntax());
    all.add(new IfTuple());
    all.add(new BreakOutsideLoop());
    all.add(new ContinueOutsideLoop());
    all.add(new YieldOutsideFunction());
    all.add(new ReturnOutsideFunction());
    all.add(new DefaultExceptNotLast());
    all.add(new RaiseNotImplemented());

    return all;
  }
}
