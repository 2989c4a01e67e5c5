package dev.pyvet.core.rule;

/**
 * One rule: one class, one code. Implementations also implement exactly one of the kinds
 * ({@link PhysicalLineRule}, {@link LogicalLineRule}, {@link TokenRule}, {@link AstRule},
 * {@link ScopeEndRule}) and
 * carry a {@link RuleInfo}. Rules are stateless and shared by the threads that check files.
 */
public interface Rule {
  /** The metadata from the class's {@link RuleInfo}. */
  default RuleMeta meta() {
    return RuleMeta.of(getClass());
  }

  /** This rule set up for a check's options (most rules ignore them and return themselves). */
  default Rule withOptions(RuleOptions options) {
    return this;
  }
}
