package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F602",
    name = "multi-value-repeated-key-variable",
    family = "pyflakes",
    summary = "A dictionary literal repeats a variable key with different values.")
public final class MultiValueRepeatedKeyVariable extends StatementRule {}
