package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F505",
    name = "percent-format-missing-argument",
    family = "pyflakes",
    summary = "A `%` format names placeholders the literal dict given to it lacks.")
public final class PercentFormatMissingArgument extends StringFormatRule.Percent {}
