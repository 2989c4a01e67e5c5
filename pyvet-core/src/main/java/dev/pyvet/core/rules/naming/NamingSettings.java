package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.RuleOptions;
import java.util.HashMap;
import java.util.Map;

/**
 * pep8-naming's options in the form its checks use them: the ignored names and, per decorator
 * name, the method kind it makes (a name in both decorator lists makes a static method, as
 * pep8-naming fills its table class methods first).
 */
record NamingSettings(IgnoredNames ignored, Map<String, MethodKind> decoratorKinds) {

  static final NamingSettings DEFAULTS = of(RuleOptions.DEFAULTS);

  NamingSettings {
    decoratorKinds = Map.copyOf(decoratorKinds);
  }

  static NamingSettings of(RuleOptions options) {
    Map<String, MethodKind> kinds = new HashMap<>();
    for (String d : options.classmethodDecorators()) {
      kinds.put(d, MethodKind.CLASSMETHOD);
    }
    for (String d : options.staticmethodDecorators()) {
      kinds.put(d, MethodKind.STATICMETHOD);
    }
    return new NamingSettings(IgnoredNames.of(options.ignoreNames()), kinds);
  }
}
