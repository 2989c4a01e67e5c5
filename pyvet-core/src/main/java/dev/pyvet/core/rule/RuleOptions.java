package dev.pyvet.core.rule;

import dev.pyvet.core.logical.PycodestyleOptions;
import java.util.List;

/**
 * The options rules read, one set per check (flake8 hands all its plugins one set too).
 *
 * @param pycodestyle the options of the pycodestyle family
 * @param maxComplexity mccabe's C901 threshold, or -1 for none (flake8's default: C901 off)
 * @param builtins names to treat as builtins besides Python's own (pyflakes' {@code builtins})
 * @param ignoreNames names or fnmatch patterns pep8-naming leaves alone ({@code ignore-names})
 * @param classmethodDecorators decorators that make a method a class method for pep8-naming
 * @param staticmethodDecorators decorators that make a method a static method for pep8-naming
 * @param doctests whether pyflakes' checks also run on the examples in docstrings (flake8's
 *     {@code --doctests}; off by default)
 */
public record RuleOptions(
    PycodestyleOptions pycodestyle,
    int maxComplexity,
    List<String> builtins,
    List<String> ignoreNames,
    List<String> classmethodDecorators,
    List<String> staticmethodDecorators,
    boolean doctests) {

  /** pep8-naming's default {@code ignore-names}: unittest's and Django's camelCase hooks. */
  public static final List<String> DEFAULT_IGNORE_NAMES = List.of(
      "setUp", "tearDown", "setUpClass", "tearDownClass", "setUpModule", "tearDownModule",
      "asyncSetUp", "asyncTearDown", "setUpTestData", "failureException", "longMessage",
      "maxDiff");

  public static final RuleOptions DEFAULTS = new RuleOptions(PycodestyleOptions.DEFAULTS, -1,
      List.of(), DEFAULT_IGNORE_NAMES, List.of("classmethod"), List.of("staticmethod"), false);

  public RuleOptions {
    builtins = List.copyOf(builtins);
    ignoreNames = List.copyOf(ignoreNames);
    classmethodDecorators = List.copyOf(classmethodDecorators);
    staticmethodDecorators = List.copyOf(staticmethodDecorators);
  }

  public RuleOptions withPycodestyle(PycodestyleOptions o) {
    return new RuleOptions(o, maxComplexity, builtins, ignoreNames, classmethodDecorators,
        staticmethodDecorators, doctests);
  }

  public RuleOptions withMaxComplexity(int n) {
    return new RuleOptions(pycodestyle, n, builtins, ignoreNames, classmethodDecorators,
        staticmethodDecorators, doctests);
  }

  public RuleOptions withBuiltins(List<String> names) {
    return new RuleOptions(pycodestyle, maxComplexity, names, ignoreNames, classmethodDecorators,
        staticmethodDecorators, doctests);
  }

  public RuleOptions withIgnoreNames(List<String> names) {
    return new RuleOptions(pycodestyle, maxComplexity, builtins, names, classmethodDecorators,
        staticmethodDecorators, doctests);
  }

  public RuleOptions withClassmethodDecorators(List<String> names) {
    return new RuleOptions(pycodestyle, maxComplexity, builtins, ignoreNames, names,
        staticmethodDecorators, doctests);
  }

  public RuleOptions withStaticmethodDecorators(List<String> names) {
    return new RuleOptions(pycodestyle, maxComplexity, builtins, ignoreNames,
        classmethodDecorators, names, doctests);
  }

  public RuleOptions withDoctests(boolean on) {
    return new RuleOptions(pycodestyle, maxComplexity, builtins, ignoreNames, classmethodDecorators,
        staticmethodDecorators, on);
  }

  /**
   * Every option, as the generated record {@code toString} would print it (the result cache keys
   * on it). Written out because the generated one is linked on first use at a cost of some 10 ms
   * per run; {@code RuleOptionsTest} checks that every component is here.
   */
  @Override
  public String toString() {
    return "RuleOptions[pycodestyle=" + pycodestyle + ", maxComplexity=" + maxComplexity
        + ", builtins=" + builtins + ", ignoreNames=" + ignoreNames
        + ", classmethodDecorators=" + classmethodDecorators
        + ", staticmethodDecorators=" + staticmethodDecorators + ", doctests=" + doctests + "]";
  }
}
