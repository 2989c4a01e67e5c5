package dev.pyvet.core.rules.naming;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.Rule;
import dev.pyvet.core.rule.RuleMeta;
import dev.pyvet.core.rule.RuleOptions;
import dev.pyvet.syntax.ast.Ast;
import java.util.List;
import java.util.Set;

/**
 * An N rule: reports its code's share of the file's pep8-naming findings, which
 * {@link NamingChecker} computes once per file for all of them.
 */
abstract sealed class NamingRule implements AstRule
    permits InvalidClassName, InvalidFunctionName, InvalidArgumentName,
        InvalidFirstArgumentNameForClassMethod, InvalidFirstArgumentNameForMethod,
        NonLowercaseVariableInFunction, DunderFunctionName, ConstantImportedAsNonConstant,
        LowercaseImportedAsNonLowercase, CamelcaseImportedAsLowercase,
        CamelcaseImportedAsConstant, MixedCaseVariableInClassScope,
        MixedCaseVariableInGlobalScope, CamelcaseImportedAsAcronym, ErrorSuffixOnExceptionName,
        InvalidTypeVariableName {

  private final NamingSettings settings;
  private final String code;

  NamingRule(NamingSettings settings) {
    this.settings = settings;
    this.code = RuleMeta.of(getClass()).code();
  }

  /** This rule with other settings. */
  abstract NamingRule with(NamingSettings settings);

  @Override
  public final Rule withOptions(RuleOptions options) {
    NamingSettings s = NamingSettings.of(options);
    return s.equals(settings) ? this : with(s);
  }

  @Override
  public final Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Module.class);
  }

  @Override
  public final void visit(Ast.Node node, ParsedFile file, Findings out) {
    List<NamingChecker.Finding> mine = NamingChecker.findings(file, settings).get(code);
    if (mine != null) {
      for (NamingChecker.Finding f : mine) {
        out.report(f.row(), f.column(), f.code(), f.message());
      }
    }
  }
}
