package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F504",
    name = "percent-format-extra-named-arguments",
    family = "pyflakes",
    summary = "A literal dict given to a `%` format has keys no placeholder uses.")
public final class PercentFormatExtraNamedArguments extends StringFormatRule.Percent {}
