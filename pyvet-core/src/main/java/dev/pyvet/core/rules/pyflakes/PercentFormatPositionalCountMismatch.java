package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F507",
    name = "percent-format-positional-count-mismatch",
    family = "pyflakes",
    summary = "A `%` format's positional placeholders and its literal tuple or list differ in number.")
public final class PercentFormatPositionalCountMismatch extends StringFormatRule.Percent {}
