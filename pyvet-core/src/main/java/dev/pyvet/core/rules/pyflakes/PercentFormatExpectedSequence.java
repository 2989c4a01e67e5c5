package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F503",
    name = "percent-format-expected-sequence",
    family = "pyflakes",
    summary = "A `%` format with several positional placeholders is given a literal dict.")
public final class PercentFormatExpectedSequence extends StringFormatRule.Percent {}
