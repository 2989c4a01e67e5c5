package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/** The pep8-naming family (N codes). */
public final class NamingRules {
  private NamingRules() {}

  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    all.add(new InvalidClassName());
    all.add(new InvalidFunctionName());
    all.add(new InvalidArgumentName());
    all.add(new InvalidFirstArgumentNameForClassMethod());
    all.add(new InvalidFirstArgumentNameForMethod());
    all.add(new NonLowercaseVariableInFunction());
    all.add(new DunderFunctionName());
    all.add(new InvalidTypeVariableName());
    all.add(new ConstantImportedAsNonConstant());
    all.add(new LowercaseImportedAsNonLowercase());
    all.add(new CamelcaseImportedAsLowercase());
    all.add(new CamelcaseImportedAsConstant());
    all.add(new MixedCaseVariableInClassScope());
    all.add(new MixedCaseVariableInGlobalScope());
    all.add(new CamelcaseImportedAsAcronym());
    all.add(new ErrorSuffixOnExceptionName());
    return all;
  }
}
