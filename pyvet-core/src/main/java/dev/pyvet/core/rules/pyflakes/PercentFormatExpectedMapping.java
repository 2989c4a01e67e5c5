package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F502",
    name = "percent-format-expected-mapping",
    family = "pyflakes",
    summary = "A `%` format with named placeholders (or none) is given a literal tuple or list.")
public final class PercentFormatExpectedMapping extends StringFormatRule.Percent {}
