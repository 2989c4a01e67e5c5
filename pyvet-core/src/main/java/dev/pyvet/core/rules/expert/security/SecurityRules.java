package dev.pyvet.core.rules.expert.security;

import dev.pyvet.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/** The expert-practice rules of group PV8xx: security and dynamic code. */
public final class SecurityRules {
  private SecurityRules() {}

  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    all.add(new EvalExecNonLiteral());
    all.add(new PickleLoadUntrusted());
    all.add(new YamlUnsafeLoad());
    all.add(new SubprocessShellNonLiteral());
    all.add(new TempfileMktemp());
    all.add(new AssertForArgumentValidation());
    all.add(new RandomForSecrets());
    return all;
  }
}
