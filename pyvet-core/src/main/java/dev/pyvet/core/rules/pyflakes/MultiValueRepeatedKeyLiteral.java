package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F601",
    name = "multi-value-repeated-key-literal",
    family = "pyflakes",
    summary = "A dictionary literal repeats a constant key with different values.")
public final class MultiValueRepeatedKeyLiteral extends StatementRule {}
