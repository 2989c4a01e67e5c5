package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F501",
    name = "percent-format-invalid-format",
    family = "pyflakes",
    summary = "A `%` format string ends in the middle of a conversion specifier.")
public final class PercentFormatInvalidFormat extends StringFormatRule.Percent {}
