package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F704",
    name = "yield-outside-function",
    family = "pyflakes",
    summary = "A yield, yield from or await is outside a function.")
public final class YieldOutsideFunction extends StatementRule {}
