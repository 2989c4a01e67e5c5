package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F525",
    name = "string-dot-format-mixing-automatic",
    family = "pyflakes",
    summary = "A `str.format` template mixes automatic (`{}`) and manual (`{0}`) field numbering.")
public final class StringDotFormatMixingAutomatic extends StringFormatRule.DotFormat {}
